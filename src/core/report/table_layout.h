// Shared by the writers that lay out tables themselves (PDF, DOCX): column widths by content and
// the no-break spaces that keep a date or a name on one line in every client (Word, LibreOffice,
// a PDF viewer), whatever its own line breaking does.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/report/report.h"

namespace dlg {

/// `text` with the spaces inside each written date ("23 januari 2027", "3 March 2027") and each
/// ISO date's neighbours left alone but the date's own spaces made no-break (U+00A0).
std::string keepDatesTogether(const std::string& text);

/// A cell as a layout writer shows it: dates kept together everywhere; a Short cell (a status
/// word, a number) kept on one line when it is at most `kKeepWholeCodePoints` long. Names wrap
/// only between their words, and only when their column cannot be wide enough (fitColumns).
std::string cellForLayout(const std::string& text, ColumnContent kind);
inline constexpr std::size_t kKeepWholeCodePoints = 32;

/// Widths of columns that must fit `available`, the way browsers size an automatic table: each
/// column gets at least its minimum (its widest unbreakable piece: a word, a date); the room left
/// goes first to the `servedFirst` columns (names, dates, status) until they are on one line,
/// then to the others, in proportion to how much more each would take on one line; room left
/// after that widens the other columns. When even the minimums do not fit, the other columns
/// shrink (names, dates and status words stay whole), or all alike if those alone do not fit.
/// `minimum[i] <= natural[i]`.
std::vector<double> fitColumns(const std::vector<double>& minimum, const std::vector<double>& natural,
                               const std::vector<bool>& servedFirst, double available);

} // namespace dlg
