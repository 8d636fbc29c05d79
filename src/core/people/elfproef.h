// The 11-proef of the Dutch citizen service number (BSN). Import refuses rows that carry one:
// the evening never needs it and storing it without a legal basis is not allowed (AVG, Wabb).
#pragma once

#include <string_view>

namespace dlg {

/// True when `digits` is exactly nine ASCII digits, not all zero, whose weighted sum
/// d1*9 + d2*8 + ... + d8*2 - d9*1 is divisible by 11.
bool passesBsnElfproef(std::string_view digits);

/// True when `text` contains a number that passes the BSN 11-proef: a run of exactly nine digits,
/// possibly written in groups separated by single dots, spaces or hyphens ("1234.56.782"),
/// and not part of a longer run of digits.
bool containsBsnLikeNumber(std::string_view text);

} // namespace dlg
