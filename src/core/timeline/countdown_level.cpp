#include "core/timeline/countdown_level.h"

#include <algorithm>

namespace dlg {

CountdownLevel countdownLevel(std::int64_t remainingSeconds, std::int64_t durationSeconds) {
    if (remainingSeconds < 0) return CountdownLevel::Over;
    if (remainingSeconds <= 30) return CountdownLevel::Danger;
    // A 5-minute phase turns amber at 1:00, not at 2:00 (then it would be amber 40 % of the time).
    const std::int64_t warning = std::min<std::int64_t>(120, std::max<std::int64_t>(durationSeconds / 5, 30));
    return remainingSeconds <= warning ? CountdownLevel::Warning : CountdownLevel::Normal;
}

} // namespace dlg
