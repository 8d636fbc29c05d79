#include "core/timeline/timeline.h"

#include <algorithm>

namespace dlg {

std::optional<std::size_t> Plan::indexOf(std::string_view id) const {
    for (std::size_t i = 0; i < phases.size(); ++i)
        if (phases[i].id == id) return i;
    return std::nullopt;
}

std::optional<int> parseClockTime(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (std::size_t i : {0u, 1u, 3u, 4u})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (hours > 23 || minutes > 59) return std::nullopt;
    return hours * 60 + minutes;
}

Plan makePlan(const std::vector<Phase>& phases, int startMinute, std::optional<int> latestEndMinute) {
    Plan plan;
    plan.startMinute = startMinute;
    int clock = startMinute;
    for (const Phase& phase : phases) {
        PlannedPhase placed;
        placed.id = phase.id;
        placed.title = phase.title;
        placed.minutes = std::max(0, phase.plannedMinutes);
        placed.startMinute = clock;
        clock += placed.minutes;
        placed.endMinute = clock;
        placed.flexible = phase.flexible;
        placed.minimumMinutes = std::clamp(phase.minimumMinutes, 0, placed.minutes);
        plan.totalMinutes += placed.minutes;
        plan.phases.push_back(std::move(placed));
    }
    plan.endMinute = clock;

    if (latestEndMinute) {
        int latest = *latestEndMinute;
        // Within 12 hours before the start it is a mistake to warn about, not the next day.
        if (latest - startMinute <= -kMinutesPerDay / 2) latest += kMinutesPerDay;
        plan.latestEndMinute = latest;
        plan.minutesPastLatestEnd = std::max(0, plan.endMinute - latest);
        std::vector<SqueezeCandidate> candidates;
        for (std::size_t i = 0; i < plan.phases.size(); ++i) {
            const PlannedPhase& phase = plan.phases[i];
            if (!phase.flexible) continue;
            candidates.push_back(
                {i, phase.id, phase.title, std::int64_t{phase.minutes} * 60, phase.minimumMinutes});
        }
        plan.squeeze = proposeSqueeze(candidates, std::int64_t{plan.minutesPastLatestEnd} * 60);
    }
    return plan;
}

std::optional<Plan> planForSession(const Session& session, Problems& problems,
                                   std::optional<int> startOverride) {
    std::optional<int> start = startOverride;
    if (!start) {
        start = parseClockTime(session.meta.start);
        if (!start) {
            problems.push_back({"meta.start", "start time '" + session.meta.start +
                                                  "' is not a clock time HH:MM (for example 19:30)"});
            return std::nullopt;
        }
    }
    std::optional<int> latestEnd;
    if (!session.meta.latestEnd.empty()) {
        latestEnd = parseClockTime(session.meta.latestEnd);
        if (!latestEnd)
            problems.push_back(
                {"meta.latestEnd", "latest end '" + session.meta.latestEnd +
                                       "' is not a clock time HH:MM (for example 22:00); ignored"});
    }
    Plan plan = makePlan(session.phases, *start, latestEnd);
    plan.dayNumber = parseDayNumber(session.meta.date);
    return plan;
}

std::optional<std::int64_t> parseDayNumber(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1) return std::nullopt;
    static constexpr int kDaysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDaysIn[month - 1] || (month == 2 && day == 29 && !leap)) return std::nullopt;
    // Howard Hinnant's days_from_civil.
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return std::int64_t{era} * 146097 + dayOfEra - 719468;
}

} // namespace dlg
