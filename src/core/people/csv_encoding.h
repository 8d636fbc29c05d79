// Text encodings of CSV exports from school administration systems. Excel on Windows writes
// Windows-1252 ("CSV (gescheiden door lijstscheidingsteken)"), UTF-8 with a BOM ("CSV UTF-8") or
// UTF-16 ("Unicode-tekst"); everything is converted to UTF-8 before parsing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dlg {

enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252 };

/// Human-readable name of an encoding, e.g. "UTF-8 (BOM)" or "Windows-1252".
const char* describe(TextEncoding encoding);

struct DecodedText {
    std::string utf8;      ///< the text as UTF-8, without byte order mark
    TextEncoding encoding; ///< what the bytes were
};

struct DecodeResult {
    std::optional<DecodedText> text; ///< empty when the bytes are not readable text
    std::string error;               ///< why not, naming the line; empty on success
};

/// Detects the encoding: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else is read
/// as Windows-1252. Binary data (NUL bytes, a zip/xlsx signature) and bytes Windows-1252 leaves
/// undefined (0x81 0x8D 0x8F 0x90 0x9D) are errors.
DecodeResult decodeToUtf8(std::string_view bytes);

/// Windows-1252 bytes as UTF-8; std::nullopt when a byte is undefined in Windows-1252, with its
/// offset in `badOffset` (when given).
std::optional<std::string> windows1252ToUtf8(std::string_view bytes, std::size_t* badOffset = nullptr);

} // namespace dlg
