// "Grondig indelen": the thorough search runs on a worker thread; its result becomes one undoable
// step, unless what it seated changed meanwhile. After a quick Indelen the search goes on the same
// way for a few seconds (anytime); a better seating it finds is offered, and applied as one undoable
// step only when the user accepts it and has not changed the seating since.
#include <optional>
#include <system_error>
#include <utility>

#include "app/app.h"
#include "app/state/balancer_job.h"
#include "app/state/balancer_outcome.h"
#include "app/state/people_logic.h"

namespace dlg {

void App::startThoroughSearch() {
    // The thorough search replaces a background improvement still running (it searches longer).
    if (state_.ui.people.improving) dropBackgroundWork();
    // One at a time (the button is disabled meanwhile), and never while the room is seated.
    if (balancer_ || runIsLive()) return;
    const Texts t(state_.catalogue);
    const Session& session = state_.doc.session;
    try {
        balancer_ = std::make_unique<BalancerJob>(session, thoroughOptions(guiAssignOptions(session)), wake_);
    } catch (const std::system_error& failure) { // no thread to be had
        state_.ui.notice = Notice{t("indeling.thorough"), failure.what(), {}, false};
        return;
    }
    state_.ui.people.thoroughBusy = true;
    state_.ui.people.thoroughPercent = 0;
    state_.ui.status = t("status.thoroughBusy"); // seen on every screen
}

void App::stopThoroughSearch() {
    if (!balancer_) return;
    const bool improving = state_.ui.people.improving;
    dropBackgroundWork();
    state_.ui.status =
        Texts(state_.catalogue)(improving ? "status.improveStopped" : "status.thoroughStopped");
}

void App::startImprovement() {
    // A new quick seating makes an earlier improvement and its offer useless; a thorough search
    // already running searches longer, so it is left alone.
    state_.ui.people.offer.reset();
    if (state_.ui.people.improving) dropBackgroundWork();
    if (balancer_) return;
    const Session& session = state_.doc.session;
    if (session.assignment.seats.empty()) return;
    try {
        balancer_ =
            std::make_unique<BalancerJob>(session, improvementOptions(guiAssignOptions(session)), wake_);
    } catch (const std::system_error&) {
        return; // no thread to be had: the quick seating stays, nothing is offered
    }
    state_.ui.people.improving = true;
    state_.ui.people.thoroughPercent = 0;
}

void App::finishImprovement(const BalancerJob& job, FrameOutput& output) {
    const Texts t(state_.catalogue);
    if (!job.error().empty() || !job.result().feasible) return; // the quick seating stays
    const Session& basis = job.input();
    if (!sameSeatingInputs(basis, state_.doc.session)) {
        // The user changed the seating meanwhile: their change wins, nothing is offered.
        output.act(ActionKind::People, t("status.improveStale"), "status");
        return;
    }
    const double before = evaluateSeating(basis, basis.assignment.seats, job.options()).objective.total;
    if (job.result().objective.total >= before - 1e-6) {
        output.act(ActionKind::People, t("status.improveNone"), "status");
        return;
    }
    state_.ui.people.offer = SeatingOffer{basis, job.result(), before, job.options().seed};
    output.act(ActionKind::People, t("status.improveFound"), "status");
}

void App::takeOffer(bool accept) {
    std::optional<SeatingOffer> offer = std::exchange(state_.ui.people.offer, std::nullopt);
    // Applied only on the evening it was found for: a change since then withdraws it.
    if (!accept || !offer || !sameSeatingInputs(offer->basis, state_.doc.session)) return;
    FrameOutput output;
    balancerOutcome(state_.doc.session, offer->result, false, offer->seed, Texts(state_.catalogue),
                    "undo.indeling.better")
        .addTo(output);
    apply(std::move(output));
}

bool App::pollBackground() {
    if (!balancer_) return false;
    if (!balancer_->finished()) {
        const int percent = static_cast<int>(balancer_->progress() * 100.0f);
        return std::exchange(state_.ui.people.thoroughPercent, percent) != percent;
    }
    const std::unique_ptr<BalancerJob> job = std::move(balancer_);
    job->wait();
    state_.ui.people.thoroughBusy = false;
    if (std::exchange(state_.ui.people.improving, false)) {
        FrameOutput output;
        finishImprovement(*job, output);
        apply(std::move(output));
        return true;
    }
    const Texts t(state_.catalogue);
    const std::string title = t("indeling.thorough");
    const bool stale = !sameSeatingInputs(job->input(), state_.doc.session);
    FrameOutput output;
    if (!job->error().empty()) {
        output.act(ActionKind::People, title + "\n" + job->error(), "notice");
    } else if (stale && state_.ui.notice) { // do not cover a notice the user has not read yet
        output.act(ActionKind::People, title + ": " + t("indeling.thoroughStale"), "status");
    } else if (stale) {
        output.act(ActionKind::People, title + "\n" + t("indeling.thoroughStale"), "notice");
    } else {
        balancerOutcome(state_.doc.session, job->result(), false, job->options().seed, t,
                        "undo.indeling.thorough")
            .addTo(output);
    }
    apply(std::move(output));
    return true;
}

void App::dropBackgroundWork() {
    // Its result belonged to the evening that was open; the job stops the search and waits for it.
    balancer_.reset();
    state_.ui.people.thoroughBusy = false;
    state_.ui.people.improving = false;
    state_.ui.people.offer.reset();
}

void App::waitForBackground() {
    if (balancer_) balancer_->wait();
}

} // namespace dlg
