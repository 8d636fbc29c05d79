// "Grondig indelen": the thorough search runs on a worker thread; its result becomes one undoable
// step, unless what it seated changed meanwhile.
#include <system_error>
#include <utility>

#include "app/app.h"
#include "app/state/balancer_job.h"
#include "app/state/balancer_outcome.h"
#include "app/state/people_logic.h"

namespace dlg {

void App::startThoroughSearch() {
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
    dropBackgroundWork();
    state_.ui.status = Texts(state_.catalogue)("status.thoroughStopped");
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
}

void App::waitForBackground() {
    if (balancer_) balancer_->wait();
}

} // namespace dlg
