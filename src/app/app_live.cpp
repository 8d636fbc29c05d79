// App's part of the running evening: run operations (appended to session.run and saved at once),
// presenting and blank projector, the wall clock, and the autosave debounce.
#include <algorithm>
#include <string>

#include "app/app.h"
#include "app/views/live_views.h"
#include "core/model/session_file.h"
#include "core/timeline/timeline_ops.h"

namespace dlg {

namespace {

// `log` is the session's run log, or the rehearsal's.
RunChange runOperation(LiveOp op, RunLog& log, const Plan& plan, const UiAction& action,
                       const RunClock& clock) {
    const std::int64_t now = clock.now;
    switch (op) {
    case LiveOp::Start:
        return startEvening(log, plan, now);
    case LiveOp::Next:
        return nextPhase(log, plan, now);
    case LiveOp::Previous:
        return previousPhase(log, plan, now);
    case LiveOp::TogglePause: {
        const RunState run = deriveRunState(plan, log, clock);
        return run.status == RunStatus::Paused ? resumeClock(log, plan, now) : pauseClock(log, plan, now);
    }
    case LiveOp::AddMinute:
        return adjustCurrentPhase(log, plan, 60, now);
    case LiveOp::RemoveMinute:
        return adjustCurrentPhase(log, plan, -60, now);
    case LiveOp::AddFiveMinutes:
        return adjustCurrentPhase(log, plan, 300, now);
    case LiveOp::RemoveFiveMinutes:
        return adjustCurrentPhase(log, plan, -300, now);
    case LiveOp::Finish:
        return finishEvening(log, plan, now);
    case LiveOp::ApplySqueeze: {
        const RunState run = deriveRunState(plan, log, clock);
        return applySqueeze(log, plan, run.squeeze, now);
    }
    case LiveOp::JumpTo:
        return jumpToPhase(log, plan, action.key, now);
    default:
        return {};
    }
}

} // namespace

void App::handleLive(const UiAction& action) {
    if (handleLiveControl(action)) return;
    LiveUi& live = state_.ui.live;
    const Texts t(state_.catalogue);
    const auto op = static_cast<LiveOp>(action.number);
    switch (op) {
    case LiveOp::ToggleBlank:
        live.projectorBlank = !live.projectorBlank;
        toastFor(action, {});
        return;
    case LiveOp::StartPresenting:
        live.presenting = true;
        state_.settings.presenting = true;
        return;
    case LiveOp::StopPresenting:
        live.presenting = false;
        state_.settings.presenting = false;
        return;
    case LiveOp::ToggleSeatingView:
        live.seatingByName = !live.seatingByName;
        return;
    case LiveOp::ShowRoomMessage:
        live.roomMessage = action.text;
        return;
    case LiveOp::ChooseMonitor:
        live.projectorMonitor = std::atoi(action.text.c_str());
        state_.settings.projectorMonitor = live.projectorMonitor;
        return;
    case LiveOp::NextTable:
    case LiveOp::PreviousTable: {
        const int tables = static_cast<int>(state_.doc.session.tables.size());
        const int step = op == LiveOp::NextTable ? 1 : -1;
        live.presentingTable = std::clamp(live.presentingTable + step, 0, std::max(tables - 1, 0));
        toastFor(action, {});
        return;
    }
    default:
        break;
    }
    Document& doc = state_.doc;
    Problems problems;
    const auto plan = planForSession(doc.session, problems);
    if (!plan) {
        state_.ui.status = t("live.noPlan");
        return;
    }
    if (live.rehearsal) {
        // Rehearsing: the same operations on the rehearsal's own log and clock; nothing is saved.
        RunClock clock = live.rehearsal->clockAt(live.clock);
        const RunChange change = runOperation(op, live.rehearsal->log, *plan, action, clock);
        state_.ui.status = change.applied() ? t("rehearsal.notSaved") : t(catalogueKey(change.refusal));
        toastFor(action, change);
        return;
    }
    // `next` on the last phase ends the evening: that asks first, like the button.
    if (op == LiveOp::Next) {
        const RunState run = deriveRunState(*plan, doc.session.run, live.clock);
        if (run.live() && *run.current + 1 >= plan->phases.size()) {
            live.confirming = LiveOp::AskFinish;
            return;
        }
    }
    if (op == LiveOp::Finish) {
        const RunChange change = finishUndoable(*plan);
        if (change.applied()) saveRunStep();
        else state_.ui.status = t(catalogueKey(change.refusal));
        return;
    }
    const RunChange change = runOperation(op, doc.session.run, *plan, action, live.clock);
    toastFor(action, change);
    if (!change.applied()) {
        state_.ui.status = t(catalogueKey(change.refusal));
        return;
    }
    // A run step is a fact of the evening, not an edit: it is written at once and not undoable
    // (ending the evening and clearing the log are the exceptions, in app_live_controls.cpp).
    if (!doc.path.empty() && !doc.readOnly) {
        if (saveTo(doc.path)) state_.ui.status = t("live.savedNotUndoable");
    } else {
        state_.ui.status = t("live.notSavedNotUndoable");
    }
}

void App::noteChanges(const FrameOutput& output) {
    bool changed = !output.edits.empty();
    for (const UiAction& action : output.actions)
        changed = changed || action.kind == ActionKind::Undo || action.kind == ActionKind::Redo;
    if (changed) state_.ui.live.editSeen = true;
}

bool App::setClock(RunClock clock) {
    LiveUi& live = state_.ui.live;
    const bool changed = clock.now != live.clock.now || clock.utcOffsetSeconds != live.clock.utcOffsetSeconds;
    live.clock = clock;
    if (live.toast && clock.now >= live.toast->until) {
        live.toast.reset();
        return true;
    }
    return changed && runIsLive();
}

bool App::setMonitorCount(int count) {
    LiveUi& live = state_.ui.live;
    const bool changed = count != live.monitorCount;
    live.monitorCount = count;
    return changed;
}

bool eveningIsLive(const RunLog& log) {
    // Cheap check for the main loop: started, and the last word was not "stop".
    bool started = false;
    for (const RunEvent& event : log.events)
        started = started || event.kind == run_event::kStart;
    return started && log.events.back().kind != run_event::kStop;
}

void App::announceResume() {
    const Session& session = state_.doc.session;
    if (!eveningIsLive(session.run)) return;
    Problems problems;
    const auto plan = planForSession(session, problems);
    if (!plan) return;
    const RunState run = deriveRunState(*plan, session.run, state_.ui.live.clock);
    if (!run.current) return;
    // Said after a crash or a restart mid-evening, so the facilitator sees the program picked up
    // where the room is rather than wondering whether it started over.
    const Texts t(state_.catalogue);
    state_.ui.status = t.fill(run.status == RunStatus::Paused ? "resume.paused" : "resume.running",
                              {{"{phase}", std::to_string(*run.current + 1)},
                               {"{count}", std::to_string(plan->phases.size())}});
}

bool App::resumeRunningEvening() {
    if (!eveningIsLive(state_.doc.session.run)) return false;
    LiveUi& live = state_.ui.live;
    state_.ui.screen = Screen::Live;
    live.presenting = live.presenting || state_.settings.presenting;
    if (live.projectorMonitor < 0) live.projectorMonitor = state_.settings.projectorMonitor;
    return true;
}

bool App::runIsLive() const {
    // A rehearsal's clock and a toast's end need a frame each second too.
    return eveningIsLive(state_.doc.session.run) || state_.ui.live.rehearsal || state_.ui.live.toast;
}

bool App::tick(double seconds) {
    LiveUi& live = state_.ui.live;
    Document& doc = state_.doc;
    const bool canSave = !doc.path.empty() && !doc.readOnly && doc.history.isDirty();
    if (!canSave) {
        live.autosaveDue.reset();
        live.editSeen = false;
        return false;
    }
    if (live.editSeen || !live.autosaveDue) {
        live.autosaveDue = seconds + kAutosaveDelaySeconds;
        live.editSeen = false;
        return false;
    }
    if (seconds < *live.autosaveDue) return false;
    live.autosaveDue.reset();
    const bool saved = saveTo(doc.path);
    if (saved) state_.ui.status = Texts(state_.catalogue)("status.autosaved");
    return saved;
}

std::optional<double> App::autosaveDueIn(double seconds) const {
    const LiveUi& live = state_.ui.live;
    if (live.editSeen) return 0.0;
    if (!live.autosaveDue) return std::nullopt;
    return *live.autosaveDue > seconds ? *live.autosaveDue - seconds : 0.0;
}

} // namespace dlg
