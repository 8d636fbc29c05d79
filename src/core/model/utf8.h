#pragma once

#include <cstddef>
#include <string_view>

namespace dlg {

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
/// On failure `badOffset` (when given) receives the byte offset of the first bad sequence.
bool isValidUtf8(std::string_view text, std::size_t* badOffset = nullptr);

} // namespace dlg
