// Text matching for the privacy guard: folding for name matching, and finders for e-mail addresses
// and Dutch phone numbers. Plain functions on UTF-8 text, no knowledge of sessions or reports.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dlg {

/// Text prepared for case- and accent-insensitive matching.
struct FoldedText {
    /// Lower case ASCII with diacritics removed (é -> e, ş -> s, ĳ -> ij, ß -> ss); every run of white
    /// space (including no-break space) is one space; other characters are kept as they are.
    std::string text;
    /// origin[i] is the byte offset in the original text of the character folded byte i came from;
    /// origin[text.size()] is the original length, so a match [b, e) maps to [origin[b], origin[e]).
    std::vector<std::size_t> origin;
};

FoldedText foldForMatching(std::string_view text);

/// True for a byte that is part of a word in folded text: a-z, 0-9, or any byte of a non-ASCII
/// character (letters of other scripts stay unfolded and count as word characters).
bool isFoldedWordByte(unsigned char byte);

/// A found piece of text: byte offset and length in the text that was searched.
struct TextSpan {
    std::size_t offset = 0;
    std::size_t length = 0;
};

/// Text prepared for finding contact details and numbers: letters composed (NFC), invisible
/// characters removed, fullwidth forms as ASCII ("＠" -> "@"), every space character a space and
/// every dash a hyphen; case and accents kept. `from[i]`..`to[i]` are the bytes of the original
/// character that byte i came from.
struct MappedText {
    std::string text;
    std::vector<std::size_t> from;
    std::vector<std::size_t> to;
    /// The original bytes of `span` (a span of `text`).
    TextSpan original(TextSpan span) const;
};

MappedText plainForDetection(std::string_view text);

/// Every e-mail address pattern (local@domain.tld), known or not.
std::vector<TextSpan> findEmailAddresses(std::string_view text);

/// Every phone number in a Dutch format (06-12345678, 0612345678, 06 1234 5678, 020-1234567,
/// 0475 123456, 06 - 123 456 78, +31 6 1234 5678, +31 (0)20 123 4567, 0031 6 12345678) and any other
/// international number written with a leading + (8 to 15 digits).
std::vector<TextSpan> findPhoneNumbers(std::string_view text);

} // namespace dlg
