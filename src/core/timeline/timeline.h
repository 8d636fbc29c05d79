// The evening's plan on the clock: when each phase of the draaiboek starts and ends if everything
// goes as planned. Clock times are minutes after midnight of the evening's date, so a plan that
// runs past midnight simply has values of 1440 and more (shown as "00:15" on the next day).
//
// The live run clock built on this plan is in timeline_state.h (derived state) and
// timeline_ops.h (the operations that append to the run log).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.h"
#include "core/model/problems.h"
#include "core/timeline/timeline_squeeze.h"

namespace dlg {

inline constexpr int kMinutesPerDay = 24 * 60;

/// One phase placed on the clock.
struct PlannedPhase {
    std::string id;
    std::string title;
    int minutes = 0;        ///< planned duration in minutes (negative plannedMinutes count as 0)
    int startMinute = 0;    ///< planned start, minutes after midnight of the evening's date
    int endMinute = 0;      ///< planned end, same unit; >= 1440 means the next day
    bool flexible = false;  ///< may be shortened to hold the end time
    int minimumMinutes = 0; ///< lower bound in minutes when flexible
};

struct Plan {
    std::vector<PlannedPhase> phases;
    int startMinute = 0;  ///< start of the first phase, minutes after midnight
    int endMinute = 0;    ///< end of the last phase, minutes after midnight (may pass 1440)
    int totalMinutes = 0; ///< sum of the planned minutes
    /// meta.latestEnd on the same axis, taken within 12 hours either side of the start: "00:30"
    /// after a "19:30" start is the next day, while "21:45" before a "22:00" start stays on the
    /// same day and makes the whole plan late, which the warning then shows.
    std::optional<int> latestEndMinute;
    int minutesPastLatestEnd = 0; ///< > 0 when the plan ends after latestEnd (a warning)
    /// How flexible phases could be shortened so the plan ends by latestEnd; empty when on time.
    SqueezeProposal squeeze;
    /// meta.date as days since 1970-01-01 (the local calendar day of the evening); empty when the
    /// session has no valid date. Before that day nothing can be late yet.
    std::optional<std::int64_t> dayNumber;

    /// Index of the phase with `id`, if any.
    std::optional<std::size_t> indexOf(std::string_view id) const;
};

/// "HH:MM" with 00-23 and 00-59 -> minutes after midnight; std::nullopt for anything else.
std::optional<int> parseClockTime(std::string_view text);

/// Places `phases` one after another from `startMinute`. `latestEndMinute` (minutes after
/// midnight, 0-1439) is moved to the next day when it lies 12 hours or more before the start.
Plan makePlan(const std::vector<Phase>& phases, int startMinute, std::optional<int> latestEndMinute);

/// "YYYY-MM-DD" -> days since 1970-01-01 (proleptic Gregorian); std::nullopt for anything else.
std::optional<std::int64_t> parseDayNumber(std::string_view text);

/// The plan of a session from meta.start, meta.latestEnd and meta.date. A malformed time becomes a Problem
/// naming the field (`meta.start`, `meta.latestEnd`); a bad start gives std::nullopt, a bad
/// latestEnd is reported and ignored. `startOverride` (HH:MM already parsed) replaces meta.start.
std::optional<Plan> planForSession(const Session& session, Problems& problems,
                                   std::optional<int> startOverride = std::nullopt);

} // namespace dlg
