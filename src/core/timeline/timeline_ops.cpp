#include "core/timeline/timeline_ops.h"

#include <algorithm>

#include "core/timeline/timeline_state.h"

namespace dlg {
namespace {

RunState stateAt(const Plan& plan, const RunLog& log, std::int64_t now) {
    return deriveRunState(plan, log, RunClock{now, 0});
}

// Stamps never go backwards, so the log replays in the order it was written.
void append(RunLog& log, std::int64_t now, const char* kind, std::string phaseId = {}, int seconds = 0) {
    RunEvent event;
    event.at = log.events.empty() ? now : std::max(now, log.events.back().at);
    event.kind = kind;
    event.phaseId = std::move(phaseId);
    event.seconds = seconds;
    log.events.push_back(std::move(event));
}

// Refusal shared by the operations that need a running or paused evening.
RunRefusal needLive(const RunState& state) {
    if (state.status == RunStatus::NotStarted) return RunRefusal::NotStarted;
    if (state.status == RunStatus::Finished) return RunRefusal::Finished;
    return RunRefusal::None;
}

RunChange refused(RunRefusal refusal) {
    return RunChange{refusal, false};
}

} // namespace

const char* describe(RunRefusal refusal) {
    switch (refusal) {
    case RunRefusal::None:
        return "done";
    case RunRefusal::NoPhases:
        return "the draaiboek has no phases";
    case RunRefusal::AlreadyStarted:
        return "the evening has already started";
    case RunRefusal::NotStarted:
        return "the evening has not started yet";
    case RunRefusal::Finished:
        return "the evening is already over";
    case RunRefusal::AlreadyPaused:
        return "the clock is already paused";
    case RunRefusal::NotPaused:
        return "the clock is not paused";
    case RunRefusal::AtFirstPhase:
        return "this is the first phase";
    case RunRefusal::UnknownPhase:
        return "no phase with that id";
    case RunRefusal::AlreadyCurrent:
        return "that phase is already current";
    case RunRefusal::NothingToAdjust:
        return "nothing to adjust";
    case RunRefusal::NothingToSqueeze:
        return "the proposal changes nothing";
    }
    return "unknown";
}

const char* catalogueKey(RunRefusal refusal) {
    switch (refusal) {
    case RunRefusal::None:
        return "run.refusal.none";
    case RunRefusal::NoPhases:
        return "run.refusal.noPhases";
    case RunRefusal::AlreadyStarted:
        return "run.refusal.alreadyStarted";
    case RunRefusal::NotStarted:
        return "run.refusal.notStarted";
    case RunRefusal::Finished:
        return "run.refusal.finished";
    case RunRefusal::AlreadyPaused:
        return "run.refusal.alreadyPaused";
    case RunRefusal::NotPaused:
        return "run.refusal.notPaused";
    case RunRefusal::AtFirstPhase:
        return "run.refusal.atFirstPhase";
    case RunRefusal::UnknownPhase:
        return "run.refusal.unknownPhase";
    case RunRefusal::AlreadyCurrent:
        return "run.refusal.alreadyCurrent";
    case RunRefusal::NothingToAdjust:
        return "run.refusal.nothingToAdjust";
    case RunRefusal::NothingToSqueeze:
        return "run.refusal.nothingToSqueeze";
    }
    return "run.refusal.none";
}

RunChange startEvening(RunLog& log, const Plan& plan, std::int64_t now) {
    if (plan.phases.empty()) return refused(RunRefusal::NoPhases);
    const RunState state = stateAt(plan, log, now);
    if (state.status == RunStatus::Finished) return refused(RunRefusal::Finished);
    if (state.started()) return refused(RunRefusal::AlreadyStarted);
    append(log, now, run_event::kStart, plan.phases.front().id);
    return {};
}

RunChange nextPhase(RunLog& log, const Plan& plan, std::int64_t now) {
    const RunState state = stateAt(plan, log, now);
    if (RunRefusal refusal = needLive(state); refusal != RunRefusal::None) return refused(refusal);
    const std::size_t next = *state.current + 1;
    if (next >= plan.phases.size()) {
        append(log, now, run_event::kStop);
        return RunChange{RunRefusal::None, true};
    }
    append(log, now, run_event::kGoto, plan.phases[next].id);
    return {};
}

RunChange previousPhase(RunLog& log, const Plan& plan, std::int64_t now) {
    const RunState state = stateAt(plan, log, now);
    if (RunRefusal refusal = needLive(state); refusal != RunRefusal::None) return refused(refusal);
    if (*state.current == 0) return refused(RunRefusal::AtFirstPhase);
    append(log, now, run_event::kGoto, plan.phases[*state.current - 1].id);
    return {};
}

RunChange jumpToPhase(RunLog& log, const Plan& plan, std::string_view phaseId, std::int64_t now) {
    const RunState state = stateAt(plan, log, now);
    if (RunRefusal refusal = needLive(state); refusal != RunRefusal::None) return refused(refusal);
    const auto index = plan.indexOf(phaseId);
    if (!index) return refused(RunRefusal::UnknownPhase);
    if (*index == *state.current) return refused(RunRefusal::AlreadyCurrent);
    append(log, now, run_event::kGoto, std::string(phaseId));
    return {};
}

RunChange pauseClock(RunLog& log, const Plan& plan, std::int64_t now) {
    const RunState state = stateAt(plan, log, now);
    if (RunRefusal refusal = needLive(state); refusal != RunRefusal::None) return refused(refusal);
    if (state.status == RunStatus::Paused) return refused(RunRefusal::AlreadyPaused);
    append(log, now, run_event::kPause);
    return {};
}

RunChange resumeClock(RunLog& log, const Plan& plan, std::int64_t now) {
    const RunState state = stateAt(plan, log, now);
    if (RunRefusal refusal = needLive(state); refusal != RunRefusal::None) return refused(refusal);
    if (state.status != RunStatus::Paused) return refused(RunRefusal::NotPaused);
    append(log, now, run_event::kResume);
    return {};
}

RunChange adjustCurrentPhase(RunLog& log, const Plan& plan, int seconds, std::int64_t now) {
    const RunState state = stateAt(plan, log, now);
    if (RunRefusal refusal = needLive(state); refusal != RunRefusal::None) return refused(refusal);
    // Clamp a cut to the phase's duration so later extensions count from 0, not from below it.
    const std::int64_t clamped = std::max<std::int64_t>(seconds, -state.durationSeconds);
    if (clamped == 0) return refused(RunRefusal::NothingToAdjust);
    append(log, now, run_event::kAdjust, plan.phases[*state.current].id, static_cast<int>(clamped));
    return {};
}

RunChange finishEvening(RunLog& log, const Plan& plan, std::int64_t now) {
    const RunState state = stateAt(plan, log, now);
    if (RunRefusal refusal = needLive(state); refusal != RunRefusal::None) return refused(refusal);
    append(log, now, run_event::kStop);
    return {};
}

RunChange applySqueeze(RunLog& log, const Plan& plan, const SqueezeProposal& proposal, std::int64_t now) {
    const RunState state = stateAt(plan, log, now);
    if (state.status == RunStatus::Finished) return refused(RunRefusal::Finished);
    bool any = false;
    for (const SqueezeChange& change : proposal.changes) {
        if (change.cutMinutes <= 0 || !plan.indexOf(change.phaseId)) continue;
        append(log, now, run_event::kAdjust, change.phaseId, -change.cutMinutes * 60);
        any = true;
    }
    return any ? RunChange{} : refused(RunRefusal::NothingToSqueeze);
}

} // namespace dlg
