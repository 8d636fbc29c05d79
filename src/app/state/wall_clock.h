// The real clock for the run views: UTC seconds plus the local offset, and how long until the
// displayed second changes (the main loop sleeps exactly that long while an evening is live).
#pragma once

#include "core/timeline/timeline_state.h"

namespace dlg {

/// Now, as UTC seconds since the epoch with the local time zone's current offset.
RunClock wallClock();

/// Seconds (0 < s <= 1) until the next whole second of the system clock.
double secondsToNextWallSecond();

} // namespace dlg
