// Invariants of a session, checked in one place. Returns every problem, never stops at the first.
#pragma once

#include "core/model/model.h"
#include "core/model/problems.h"

namespace dlg {

/// Longest text accepted in a one-line field (names, titles) and in a free-text field (notes).
inline constexpr std::size_t kMaxLineBytes = 500;
inline constexpr std::size_t kMaxTextBytes = 64 * 1024;

/// Most people one evening can hold. A school's largest evening has a few hundred; the limit keeps
/// every step (import, balancer, save, load) far inside what the file and the memory allow, so
/// the program never writes a session it then refuses to read.
inline constexpr std::size_t kMaxParticipants = 5000;

/// Run events are seconds since 1970 (UTC). Anything outside 2000..2100 is not a moment of an
/// evening, and an evening's events lie within two days of its start: outside these bounds a
/// timestamp is refused, so no sum of times can overflow.
inline constexpr std::int64_t kEarliestRunInstant = 946684800; // 2000-01-01
inline constexpr std::int64_t kLatestRunInstant = 4102444800;  // 2100-01-01
inline constexpr std::int64_t kMaxRunSpanSeconds = 2 * 24 * 3600;
/// Largest adjustment of one phase by one event (twelve hours either way).
inline constexpr int kMaxAdjustSeconds = 12 * 3600;

/// True when `at` can be a moment of an evening (kEarliestRunInstant..kLatestRunInstant).
inline bool plausibleRunInstant(std::int64_t at) {
    return at >= kEarliestRunInstant && at <= kLatestRunInstant;
}

/// Semantic checks: duplicate ids, references to unknown ids, negative durations, enum-like text
/// fields, dates and times, invalid UTF-8, text over the limits above.
Problems validate(const Session& session);

} // namespace dlg
