// Unicode pieces the privacy guard needs before it matches anything: decoding UTF-8, composing a
// letter typed as base + combining accent (a Mac writes "s" + U+0327 where Windows writes "ş") and
// recognising characters that are invisible in a text (soft hyphen, zero-width space).
//
// Hand-written rather than ICU: the guard must map every match back to the bytes the user typed
// (to show and correct them), which a whole-string normaliser does not give, and the letters
// parents' names use are the Latin ones of U+00C0..U+017F.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dlg {

/// One decoded character: `length` bytes at the position it was read from. An invalid byte
/// decodes as itself with `valid` false and length 1.
struct DecodedChar {
    char32_t codePoint = 0;
    std::size_t length = 1;
    bool valid = true;
};

DecodedChar decodeUtf8At(std::string_view text, std::size_t at);
void appendUtf8(std::string& out, char32_t codePoint);

/// True for U+0300..U+036F (combining diacritical marks).
bool isCombiningMark(char32_t codePoint);

/// The precomposed letter of U+00C0..U+017F for `base` followed by `mark` ("s" + U+0327 -> U+015F),
/// or 0 when there is none. Generated from the Unicode canonical decompositions.
char32_t composeLatin(char32_t base, char32_t mark);

/// Characters that show nothing but split a word for a program: soft hyphen, zero-width space,
/// joiners, word joiner, invisible operators, byte order mark, Mongolian vowel separator.
bool isInvisible(char32_t codePoint);

/// `text` in Unicode NFC for the Latin letters of U+00C0..U+017F (base + marks composed as far
/// as a precomposed letter exists), with invisible characters removed. Other text is unchanged.
std::string composeLatinAndStripInvisible(std::string_view text);

} // namespace dlg
