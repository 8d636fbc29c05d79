// The live run clock, derived: everything a presenter or projector view needs for one frame,
// computed from (plan, run log, now). Nothing is stored besides the log, so after a crash or a
// restart the same log and a later `now` give the same phase and remaining time.
//
// Rules the derivation follows:
// - Time in a phase counts only while the clock runs; pauses belong to no phase. A pause that
//   spans a phase change stays a pause: the new phase starts counting at `resume`.
// - A phase visited more than once (the facilitator went back) keeps one account: its running
//   time is the sum over all visits, its actual start the first visit's start and its actual end
//   the last visit's end. Its remaining time continues where it left off.
// - `adjust` events change the duration of one phase (the current one when the event names no
//   phase); squeeze proposals are applied as adjust events on later phases.
// - The plan is anchored on the clock at the occurrence of the planned start time (local) nearest
//   to the start event, or to `now` before the start, so a stale meta.date does not matter once
//   the evening runs. An occurrence whose whole planned evening is already past gives way to the
//   next day's, and before the start a meta.date still to come is used: before the planned day
//   and time nothing is late. A daylight-saving change during the evening is not modelled.
// - Events are taken in log order; a timestamp earlier than its predecessor (the computer's clock
//   was set back) is read as the predecessor's time, and `now` never goes before the last event.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/model/model.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_squeeze.h"

namespace dlg {

/// The `kind` words of RunEvent, as written in the session file.
namespace run_event {
inline constexpr const char* kStart = "start";   ///< the evening starts at `phaseId`
inline constexpr const char* kGoto = "goto";     ///< `phaseId` becomes current (next, previous, jump)
inline constexpr const char* kPause = "pause";   ///< the clock stops
inline constexpr const char* kResume = "resume"; ///< the clock runs again
inline constexpr const char* kAdjust = "adjust"; ///< `seconds` added to `phaseId` (empty: current)
inline constexpr const char* kStop = "stop";     ///< the evening is over
} // namespace run_event

/// The injected clock.
struct RunClock {
    std::int64_t now = 0;     ///< UTC seconds since the epoch
    int utcOffsetSeconds = 0; ///< local time minus UTC, in seconds (3600 in CET, 7200 in CEST)
};

enum class RunStatus { NotStarted, Running, Paused, Finished };

/// Planned versus actual for one phase. Instants are UTC seconds since the epoch.
struct PhaseRun {
    std::int64_t durationSeconds = 0; ///< planned minutes * 60 plus adjustments, never below 0
    std::int64_t adjustedSeconds = 0; ///< sum of the adjust events for this phase (+ longer, - shorter)
    std::optional<std::int64_t> actualStart;    ///< when it first became current
    std::optional<std::int64_t> actualEnd;      ///< when it last stopped being current; empty while current
    std::int64_t actualSeconds = 0;             ///< running time over all visits, pauses excluded
    int visits = 0;                             ///< how often it became current
    std::optional<std::int64_t> projectedStart; ///< expected start: current and later phases, before the end
    std::optional<std::int64_t> projectedEnd;   ///< expected end, same phases
};

struct RunState {
    RunStatus status = RunStatus::NotStarted;
    std::optional<std::size_t> current; ///< index of the current phase while running or paused
    std::int64_t now = 0;               ///< the instant used: the clock, never before the last event

    std::int64_t plannedStart = 0;           ///< the plan's start on the clock
    std::int64_t plannedEnd = 0;             ///< the plan's end on the clock
    std::optional<std::int64_t> latestEnd;   ///< meta.latestEnd on the clock, if set
    std::optional<std::int64_t> startedAt;   ///< the start event
    std::optional<std::int64_t> finishedAt;  ///< the stop event
    std::optional<std::int64_t> pausedSince; ///< start of the ongoing pause
    std::int64_t pausedSeconds = 0;          ///< all pauses so far, the ongoing one included

    std::int64_t elapsedSeconds = 0;   ///< current phase: running time over all visits
    std::int64_t durationSeconds = 0;  ///< current phase: planned plus adjustments
    std::int64_t remainingSeconds = 0; ///< duration - elapsed; negative while the phase runs over

    /// How far the evening is behind (+) or ahead (-) of the plan: the expected end of the
    /// current phase (now + its remaining time, at least now) minus its planned end. Before the
    /// start: how late the start already is. After the end: actual end minus planned end.
    std::int64_t driftSeconds = 0;
    std::int64_t projectedEnd = 0; ///< expected end of the evening (the actual end once finished)
    std::int64_t targetEnd = 0;    ///< the end to hold: latestEnd when set, else plannedEnd
    std::int64_t lateSeconds = 0;  ///< projectedEnd - targetEnd; <= 0 means on time

    /// Cuts on flexible phases after the current one (all flexible phases before the start) that
    /// bring projectedEnd back to targetEnd. The current phase is left to the facilitator's own
    /// +/- buttons: shortening it silently could turn it into an overrun at once.
    SqueezeProposal squeeze;

    std::vector<PhaseRun> phases; ///< one per plan phase, same order
    int ignoredEvents = 0;        ///< log events skipped: unknown kind or phase, or impossible now

    bool overrun() const { return remainingSeconds < 0; }
    bool started() const { return status != RunStatus::NotStarted; }
    bool live() const { return status == RunStatus::Running || status == RunStatus::Paused; }
};

/// Replays `log` against `plan` up to `clock.now`.
RunState deriveRunState(const Plan& plan, const RunLog& log, const RunClock& clock);

/// The instant of `minuteOfDay` (local, 0-1439) nearest to `reference`: at most 12 hours away.
std::int64_t nearestLocalTime(int minuteOfDay, std::int64_t reference, int utcOffsetSeconds);

} // namespace dlg
