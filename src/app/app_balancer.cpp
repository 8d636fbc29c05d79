// "Grondig indelen": the thorough search runs on a worker thread; its result becomes one undoable
// step, unless what it seated changed meanwhile.
#include "app/app.h"
#include "app/balancer_job.h"
#include "app/balancer_outcome.h"
#include "app/people_logic.h"
#include "core/session_json.h"

namespace dlg {
namespace {

// Everything the seating depends on; a result computed from other inputs is not applied.
Json seatingInputs(const Session& session) {
    Json all = sessionToJson(session);
    Json inputs = Json::object();
    for (const char* key : {"participants", "tables", "themes", "assignment", "assignRules"})
        if (all.contains(key)) inputs[key] = std::move(all[key]);
    return inputs;
}

} // namespace

void App::startThoroughSearch() {
    if (balancer_ && !balancer_->finished()) return; // one at a time; the button is disabled anyway
    balancer_.reset();
    const Session& session = state_.doc.session;
    state_.ui.people.thoroughBusy = true;
    balancer_ = std::make_unique<BalancerJob>(session, thoroughSearch(guiAssignOptions(session)), wake_);
}

bool App::pollBackground() {
    if (!balancer_ || !balancer_->finished()) return false;
    std::unique_ptr<BalancerJob> job = std::move(balancer_);
    job->wait();
    state_.ui.people.thoroughBusy = false;
    const Texts t(state_.catalogue);
    FrameOutput output;
    if (seatingInputs(job->input()) != seatingInputs(state_.doc.session)) {
        output.act(ActionKind::People,
                   std::string(t("indeling.thorough")) + "\n" + t("indeling.thoroughStale"), "notice");
    } else {
        BalancerOutcome outcome = balancerOutcome(state_.doc.session, job->result(), false,
                                                  job->options().seed, t, "undo.indeling.thorough");
        if (outcome.edit) {
            output.edit(std::move(*outcome.edit));
            output.act(ActionKind::People, outcome.status, "status");
        } else {
            output.act(ActionKind::People, outcome.notice, "notice");
        }
    }
    apply(std::move(output));
    return true;
}

void App::waitForBackground() {
    if (balancer_) balancer_->wait();
}

} // namespace dlg
