// How urgent a countdown looks, as Stagetimer and Ontime colour their timers: normal, amber when
// the end is near, red in the last half minute, and red with a plus once the phase runs over. The
// presenter view and the projector use the same thresholds, so both turn amber at the same moment.
#pragma once

#include <cstdint>

namespace dlg {

enum class CountdownLevel { Normal, Warning, Danger, Over };

/// Amber ("warning") from 2 minutes or a fifth of the phase left, whichever comes first for a short
/// phase; red ("danger") from 30 seconds; "over" below zero.
CountdownLevel countdownLevel(std::int64_t remainingSeconds, std::int64_t durationSeconds);

} // namespace dlg
