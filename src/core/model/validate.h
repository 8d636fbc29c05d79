// Invariants of a session, checked in one place. Returns every problem, never stops at the first.
#pragma once

#include "core/model/model.h"
#include "core/model/problems.h"

namespace dlg {

/// Longest text accepted in a one-line field (names, titles) and in a free-text field (notes).
inline constexpr std::size_t kMaxLineBytes = 500;
inline constexpr std::size_t kMaxTextBytes = 64 * 1024;

/// Semantic checks: duplicate ids, references to unknown ids, negative durations, enum-like text
/// fields, dates and times, invalid UTF-8, text over the limits above.
Problems validate(const Session& session);

} // namespace dlg
