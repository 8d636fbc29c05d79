// App's part of the facilitator's safety net: start and end ask first, ending and clearing the run
// log are undoable steps, the rehearsal runs on a log and clock of its own, and a presentation key
// pressed off the Live screen says what it did in a toast.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include "app/app.h"
#include "app/views/live_views.h"
#include "core/timeline/timeline_ops.h"

namespace dlg {

namespace {

// The run log's events from `from` on, appended by one operation: the command re-appends exactly
// these on redo and takes them off again on undo.
Command appendedEvents(std::string label, const RunLog& after, std::size_t from) {
    const std::vector<RunEvent> added(after.events.begin() + static_cast<std::ptrdiff_t>(from),
                                      after.events.end());
    Command command;
    command.label = std::move(label);
    command.apply = [added](Session& s) {
        s.run.events.insert(s.run.events.end(), added.begin(), added.end());
    };
    command.revert = [count = added.size()](Session& s) {
        s.run.events.resize(s.run.events.size() >= count ? s.run.events.size() - count : 0);
    };
    return command;
}

Command clearedRun(std::string label, const RunLog& before) {
    Command command;
    command.label = std::move(label);
    command.apply = [](Session& s) { s.run.events.clear(); };
    command.revert = [before](Session& s) { s.run = before; };
    return command;
}

} // namespace

bool App::handleLiveControl(const UiAction& action) {
    LiveUi& live = state_.ui.live;
    const Texts t(state_.catalogue);
    switch (static_cast<LiveOp>(action.number)) {
    case LiveOp::AskStart:
    case LiveOp::AskFinish:
    case LiveOp::AskReset:
        live.confirming = static_cast<LiveOp>(action.number);
        return true;
    case LiveOp::CancelConfirm:
        live.confirming.reset();
        return true;
    case LiveOp::Confirm: {
        const auto question = std::exchange(live.confirming, std::nullopt);
        if (!question) return true;
        if (*question == LiveOp::AskReset) {
            resetRun();
        } else {
            const LiveOp op = *question == LiveOp::AskStart ? LiveOp::Start : LiveOp::Finish;
            handleLive({ActionKind::Live, {}, {}, static_cast<int>(op)});
        }
        return true;
    }
    case LiveOp::StartRehearsal: {
        if (eveningIsLive(state_.doc.session.run)) {
            state_.ui.status = t("rehearsal.refusedLive");
            return true;
        }
        const LiveSnapshot real = liveSnapshot(state_);
        if (!real.plan) return true;
        // The rehearsal clock starts at the planned start, so the rehearsal is on time and shows
        // the evening's own clock times.
        Rehearsal rehearsal;
        rehearsal.clockAtBase = real.run.plannedStart;
        rehearsal.wallAtBase = live.clock.now;
        startEvening(rehearsal.log, *real.plan, rehearsal.clockAtBase);
        live.rehearsal = std::move(rehearsal);
        state_.ui.screen = Screen::Live;
        state_.ui.status = t("rehearsal.started");
        return true;
    }
    case LiveOp::StopRehearsal:
        live.rehearsal.reset();
        live.confirming.reset();
        state_.ui.status = t("rehearsal.stopped");
        return true;
    case LiveOp::RehearsalSpeed:
        if (live.rehearsal) {
            const int speed = std::atoi(action.text.c_str());
            if (speed != 1 && speed != 10 && speed != 60) return true;
            live.rehearsal->clockAtBase = live.rehearsal->clockAt(live.clock).now;
            live.rehearsal->wallAtBase = live.clock.now;
            live.rehearsal->speed = speed;
        }
        return true;
    case LiveOp::DismissToast:
        live.toast.reset();
        return true;
    default:
        return false;
    }
}

RunChange App::finishUndoable(const Plan& plan) {
    Document& doc = state_.doc;
    const Texts t(state_.catalogue);
    RunLog after = doc.session.run;
    const RunChange change = finishEvening(after, plan, state_.ui.live.clock.now);
    if (change.applied())
        doc.history.push(appendedEvents(t("live.undo.finish"), after, doc.session.run.events.size()),
                         doc.session);
    return change;
}

void App::resetRun() {
    Document& doc = state_.doc;
    const Texts t(state_.catalogue);
    if (doc.session.run.events.empty()) return;
    doc.history.push(clearedRun(t("live.undo.reset"), doc.session.run), doc.session);
    saveRunStep();
}

void App::saveRunStep() {
    Document& doc = state_.doc;
    const Texts t(state_.catalogue);
    if (!doc.path.empty() && !doc.readOnly) {
        if (saveTo(doc.path)) state_.ui.status = t("live.saved");
    } else {
        state_.ui.status = t("live.notSaved");
    }
}

void App::toastFor(const UiAction& action, const RunChange& change) {
    LiveUi& live = state_.ui.live;
    // Only keys need it, and only where the presenter view does not show the result.
    if (action.text != kFromKey || state_.ui.screen == Screen::Live || live.presenting) return;
    const Texts t(state_.catalogue);
    std::string text;
    if (!change.applied()) {
        text = t(catalogueKey(change.refusal));
    } else {
        const LiveSnapshot snapshot = liveSnapshot(state_);
        const RunState& run = snapshot.run;
        const auto& phases = state_.doc.session.phases;
        switch (static_cast<LiveOp>(action.number)) {
        case LiveOp::Next:
        case LiveOp::Previous:
            text = std::string(t(static_cast<LiveOp>(action.number) == LiveOp::Next ? "toast.next"
                                                                                    : "toast.previous")) +
                   ": " + (run.current && *run.current < phases.size() ? phases[*run.current].title : "");
            break;
        case LiveOp::TogglePause:
            text = t(run.status == RunStatus::Paused ? "toast.paused" : "toast.resumed");
            break;
        case LiveOp::AddMinute:
            text = t("toast.plusMinute");
            break;
        case LiveOp::RemoveMinute:
            text = t("toast.minusMinute");
            break;
        case LiveOp::ToggleBlank:
            text = t(live.projectorBlank ? "toast.blank" : "toast.unblank");
            break;
        case LiveOp::NextTable:
        case LiveOp::PreviousTable: {
            const auto& tables = state_.doc.session.tables;
            if (tables.empty()) return;
            text = std::string(t("live.presentingTable")) + " " +
                   tables[static_cast<std::size_t>(
                              std::clamp(live.presentingTable, 0, static_cast<int>(tables.size()) - 1))]
                       .name;
            break;
        }
        default:
            return;
        }
    }
    live.toast = Toast{text, live.clock.now + kToastSeconds};
}

} // namespace dlg
