#include "core/timeline/timeline_format.h"

#include <cstdio>

namespace dlg {
namespace {

constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;

// Floor division, so instants before the epoch or negative minutes still give 00-23 hours.
std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

std::string formatMinutesSeconds(std::int64_t seconds) {
    const std::int64_t magnitude = seconds < 0 ? -seconds : seconds;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", static_cast<long long>(magnitude / 60),
                  static_cast<long long>(magnitude % 60));
    return buffer;
}

std::string formatDuration(std::int64_t seconds) {
    const std::int64_t magnitude = seconds < 0 ? -seconds : seconds;
    if (magnitude < 3600) return formatMinutesSeconds(magnitude);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", static_cast<long long>(magnitude / 3600),
                  static_cast<long long>(magnitude / 60 % 60), static_cast<long long>(magnitude % 60));
    return buffer;
}

std::string formatRemaining(std::int64_t remainingSeconds) {
    if (remainingSeconds < 0) return "+" + formatMinutesSeconds(remainingSeconds);
    return formatMinutesSeconds(remainingSeconds);
}

std::string formatSigned(std::int64_t seconds) {
    if (seconds == 0) return formatMinutesSeconds(0);
    return (seconds > 0 ? "+" : "-") + formatMinutesSeconds(seconds);
}

int dayOfMinute(int minuteOfEvening) {
    return static_cast<int>(floorDiv(minuteOfEvening, 24 * 60));
}

std::string formatClockTime(int minuteOfEvening, bool markNextDay) {
    const std::int64_t ofDay = minuteOfEvening - std::int64_t{dayOfMinute(minuteOfEvening)} * 24 * 60;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", static_cast<long long>(ofDay / 60),
                  static_cast<long long>(ofDay % 60));
    std::string text = buffer;
    const int day = dayOfMinute(minuteOfEvening);
    if (markNextDay && day > 0) text += "+" + std::to_string(day) + "d";
    return text;
}

std::string formatClockTimeAt(std::int64_t epochSeconds, int utcOffsetSeconds) {
    const std::int64_t local = epochSeconds + utcOffsetSeconds;
    const std::int64_t secondOfDay = local - floorDiv(local, kSecondsPerDay) * kSecondsPerDay;
    return formatClockTime(static_cast<int>(secondOfDay / 60));
}

} // namespace dlg
