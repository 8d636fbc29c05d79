// The 11-proef of the Dutch citizen service number (BSN). Import refuses rows that carry one and
// the privacy guard finds one in a report's text: the evening never needs it and storing or
// publishing it without a legal basis is not allowed (AVG, Wabb).
#pragma once

#include <string_view>
#include <vector>

#include "core/privacy/privacy_guard_text.h"

namespace dlg {

/// True when `digits` is exactly nine ASCII digits, not all zero, whose weighted sum
/// d1*9 + d2*8 + ... + d8*2 - d9*1 is divisible by 11.
bool passesBsnElfproef(std::string_view digits);

/// Every number in `text` that passes the BSN 11-proef: a run of exactly nine digits, possibly
/// written in groups separated by single dots, spaces or hyphens ("1234.56.782", "123 456 782"),
/// and not part of a longer run of digits; a grouped number that is no BSN is searched for one
/// written plainly inside it ("2 123456782").
std::vector<TextSpan> findBsnNumbers(std::string_view text);

/// True when findBsnNumbers finds one.
bool containsBsnLikeNumber(std::string_view text);

} // namespace dlg
