#include "core/timeline/timeline_state.h"

#include <algorithm>
#include <cstdlib>

#include "core/model/validate.h"

namespace dlg {
namespace {

constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;

// The replay of the log: which phase is current, since when the clock runs, per-phase accounts.
class Replay {
  public:
    Replay(const Plan& plan, RunState& state) : plan_(plan), state_(state) {
        state_.phases.resize(plan.phases.size());
        for (std::size_t i = 0; i < plan.phases.size(); ++i)
            state_.phases[i].durationSeconds = std::int64_t{plan.phases[i].minutes} * 60;
    }

    void apply(const RunEvent& event, std::int64_t at) {
        if (!handle(event, at)) ++state_.ignoredEvents;
    }

    // Counts the still-open stretch up to `now`.
    void finish(std::int64_t now) {
        if (state_.status == RunStatus::Running)
            state_.phases[*state_.current].actualSeconds += now - runningSince_;
        if (state_.pausedSince) state_.pausedSeconds += now - *state_.pausedSince;
    }

  private:
    bool handle(const RunEvent& event, std::int64_t at) {
        const std::string& kind = event.kind;
        if (kind == run_event::kStart) {
            if (state_.started()) return false;
            const auto index =
                event.phaseId.empty() ? std::optional<std::size_t>(0) : plan_.indexOf(event.phaseId);
            if (!index || *index >= plan_.phases.size()) return false;
            state_.status = RunStatus::Running;
            state_.startedAt = at;
            enter(*index, at);
            return true;
        }
        if (kind == run_event::kAdjust) {
            std::optional<std::size_t> index = state_.live() ? state_.current : std::nullopt;
            if (!event.phaseId.empty()) index = plan_.indexOf(event.phaseId);
            if (!index) return false;
            PhaseRun& phase = state_.phases[*index];
            phase.adjustedSeconds += event.seconds;
            phase.durationSeconds = std::max<std::int64_t>(
                0, std::int64_t{plan_.phases[*index].minutes} * 60 + phase.adjustedSeconds);
            return true;
        }
        if (!state_.live()) return false;
        if (kind == run_event::kGoto) {
            const auto index = plan_.indexOf(event.phaseId);
            if (!index) return false;
            leave(at);
            enter(*index, at);
            return true;
        }
        if (kind == run_event::kPause) {
            if (state_.status == RunStatus::Paused) return false;
            state_.phases[*state_.current].actualSeconds += at - runningSince_;
            state_.status = RunStatus::Paused;
            state_.pausedSince = at;
            return true;
        }
        if (kind == run_event::kResume) {
            if (state_.status != RunStatus::Paused) return false;
            state_.pausedSeconds += at - *state_.pausedSince;
            state_.pausedSince.reset();
            state_.status = RunStatus::Running;
            runningSince_ = at;
            return true;
        }
        if (kind == run_event::kStop) {
            leave(at);
            if (state_.pausedSince) state_.pausedSeconds += at - *state_.pausedSince;
            state_.pausedSince.reset();
            state_.status = RunStatus::Finished;
            state_.finishedAt = at;
            state_.current.reset();
            return true;
        }
        return false;
    }

    // The current phase stops being current at `at`; a pause carries over to the next phase.
    void leave(std::int64_t at) {
        PhaseRun& phase = state_.phases[*state_.current];
        if (state_.status == RunStatus::Running) phase.actualSeconds += at - runningSince_;
        phase.actualEnd = at;
    }

    void enter(std::size_t index, std::int64_t at) {
        PhaseRun& phase = state_.phases[index];
        if (!phase.actualStart) phase.actualStart = at;
        phase.actualEnd.reset();
        ++phase.visits;
        state_.current = index;
        runningSince_ = at;
    }

    const Plan& plan_;
    RunState& state_;
    std::int64_t runningSince_ = 0; ///< start of the current running stretch
};

std::int64_t remainingOf(const PhaseRun& phase) {
    return std::max<std::int64_t>(0, phase.durationSeconds - phase.actualSeconds);
}

// Expected start and end of phases `from`.. when phase `from` starts (or continues) at `at`.
std::int64_t projectFrom(std::vector<PhaseRun>& phases, std::size_t from, std::int64_t at) {
    for (std::size_t i = from; i < phases.size(); ++i) {
        phases[i].projectedStart = at;
        at += remainingOf(phases[i]);
        phases[i].projectedEnd = at;
    }
    return at;
}

// Where the plan sits on the clock: the occurrence of the start time nearest to the start event
// (before the start: to now), with two exceptions that keep a not-yet evening from looking late:
// - once that occurrence's whole planned evening lies in the past, the next day's is meant (trying
//   the evening at 07:04 for a 19:30 plan is 12 hours early, not 11.5 hours after last night's);
// - before the start, while the session's date is still to come, the plan sits on that date.
std::int64_t anchorPlan(const Plan& plan, const RunState& state, const RunClock& clock) {
    const std::int64_t reference = state.startedAt.value_or(state.now);
    const int minute = plan.startMinute % kMinutesPerDay;
    std::int64_t start = nearestLocalTime(minute, reference, clock.utcOffsetSeconds);
    if (reference - start > std::int64_t{plan.totalMinutes} * 60) start += kSecondsPerDay;
    if (!state.started() && plan.dayNumber) {
        const std::int64_t onDate =
            *plan.dayNumber * kSecondsPerDay + std::int64_t{minute} * 60 - clock.utcOffsetSeconds;
        start = std::max(start, onDate);
    }
    return start;
}

} // namespace

std::int64_t nearestLocalTime(int minuteOfDay, std::int64_t reference, int utcOffsetSeconds) {
    const std::int64_t local = reference + utcOffsetSeconds;
    std::int64_t secondOfDay = local % kSecondsPerDay;
    if (secondOfDay < 0) secondOfDay += kSecondsPerDay;
    std::int64_t delta = std::int64_t{minuteOfDay} * 60 - secondOfDay;
    if (delta > kSecondsPerDay / 2) delta -= kSecondsPerDay;
    if (delta <= -kSecondsPerDay / 2) delta += kSecondsPerDay;
    return reference + delta;
}

RunState deriveRunState(const Plan& plan, const RunLog& log, const RunClock& clock) {
    RunState state;
    Replay replay(plan, state);
    // A file with a timestamp outside any evening opens read-only (validate refuses it) but is
    // still shown: skip such events here, so no time sum can overflow and nothing shows nonsense.
    const auto firstValid = std::find_if(log.events.begin(), log.events.end(),
                                         [](const RunEvent& event) { return plausibleRunInstant(event.at); });
    std::int64_t last = firstValid == log.events.end() ? clock.now : firstValid->at;
    const std::int64_t first = last;
    for (const RunEvent& event : log.events) {
        if (!plausibleRunInstant(event.at) || event.at - first > kMaxRunSpanSeconds ||
            std::abs(std::int64_t{event.seconds}) > kMaxAdjustSeconds)
            continue;
        last = std::max(last, event.at);
        replay.apply(event, last);
    }
    state.now = std::max(clock.now, last);
    replay.finish(state.now);

    state.plannedStart = anchorPlan(plan, state, clock);
    state.plannedEnd = state.plannedStart + std::int64_t{plan.totalMinutes} * 60;
    if (plan.latestEndMinute)
        state.latestEnd = state.plannedStart + std::int64_t{*plan.latestEndMinute - plan.startMinute} * 60;
    state.targetEnd = state.latestEnd.value_or(state.plannedEnd);

    std::size_t firstFuture = 0; // phases from here on are candidates for the squeeze
    if (state.status == RunStatus::NotStarted) {
        const std::int64_t expectedStart = std::max(state.now, state.plannedStart);
        state.driftSeconds = expectedStart - state.plannedStart;
        state.projectedEnd = projectFrom(state.phases, 0, expectedStart);
    } else if (state.status == RunStatus::Finished) {
        state.driftSeconds = *state.finishedAt - state.plannedEnd;
        state.projectedEnd = *state.finishedAt;
        firstFuture = plan.phases.size();
    } else {
        const std::size_t current = *state.current;
        const PhaseRun& phase = state.phases[current];
        state.elapsedSeconds = phase.actualSeconds;
        state.durationSeconds = phase.durationSeconds;
        state.remainingSeconds = phase.durationSeconds - phase.actualSeconds;
        state.projectedEnd = projectFrom(state.phases, current, state.now);
        state.phases[current].projectedStart = phase.actualStart;
        const std::int64_t plannedPhaseEnd =
            state.plannedStart + std::int64_t{plan.phases[current].endMinute - plan.startMinute} * 60;
        state.driftSeconds = *state.phases[current].projectedEnd - plannedPhaseEnd;
        firstFuture = current + 1;
    }
    state.lateSeconds = state.projectedEnd - state.targetEnd;

    if (state.status != RunStatus::Finished) {
        std::vector<SqueezeCandidate> candidates;
        for (std::size_t i = firstFuture; i < plan.phases.size(); ++i) {
            if (!plan.phases[i].flexible) continue;
            candidates.push_back({i, plan.phases[i].id, plan.phases[i].title, state.phases[i].durationSeconds,
                                  plan.phases[i].minimumMinutes});
        }
        state.squeeze = proposeSqueeze(candidates, state.lateSeconds);
    }
    return state;
}

} // namespace dlg
