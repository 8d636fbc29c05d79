// Surnames that are also ordinary Dutch words: the privacy guard does not look for these alone
// (without a first name or initial), or every "bakker" and "visser" in a text would be a hit.
#pragma once

#include <string_view>

namespace dlg {

/// True when `folded` (lower case, accents removed, see foldForMatching) is an ordinary word.
bool isOrdinaryDutchWord(std::string_view folded);

} // namespace dlg
