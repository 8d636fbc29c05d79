#include "app/state/wall_clock.h"

#include <chrono>
#include <ctime>

namespace dlg {

RunClock wallClock() {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&seconds, &local);
    return {static_cast<std::int64_t>(seconds), static_cast<int>(local.tm_gmtoff)};
}

double secondsToNextWallSecond() {
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    const auto whole = std::chrono::floor<std::chrono::seconds>(since);
    return 1.0 - std::chrono::duration<double>(since - whole).count();
}

} // namespace dlg
