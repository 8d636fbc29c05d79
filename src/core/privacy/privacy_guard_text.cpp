#include "core/privacy/privacy_guard_text.h"

#include <array>

#include "core/privacy/unicode_text.h"

namespace dlg {
namespace {

// Base letters of U+00C0..U+017F (Latin-1 letters and Latin Extended-A), generated from the
// Unicode decompositions; letters without one (ø, ł, ß, ĳ, œ) spelled the way Dutch writes them.
constexpr std::array<const char*, 192> kLatinFold = {
    "a", "a", "a",  "a",  "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  //
    "d", "n", "o",  "o",  "o", "o", "o",  "*", "o", "u", "u", "u", "u", "y", "th", "ss", //
    "a", "a", "a",  "a",  "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  //
    "d", "n", "o",  "o",  "o", "o", "o",  "/", "o", "u", "u", "u", "u", "y", "th", "y",  //
    "a", "a", "a",  "a",  "a", "a", "c",  "c", "c", "c", "c", "c", "c", "c", "d",  "d",  //
    "d", "d", "e",  "e",  "e", "e", "e",  "e", "e", "e", "e", "e", "g", "g", "g",  "g",  //
    "g", "g", "g",  "g",  "h", "h", "h",  "h", "i", "i", "i", "i", "i", "i", "i",  "i",  //
    "i", "i", "ij", "ij", "j", "j", "k",  "k", "k", "l", "l", "l", "l", "l", "l",  "l",  //
    "l", "l", "l",  "n",  "n", "n", "n",  "n", "n", "n", "n", "n", "o", "o", "o",  "o",  //
    "o", "o", "oe", "oe", "r", "r", "r",  "r", "r", "r", "s", "s", "s", "s", "s",  "s",  //
    "s", "s", "t",  "t",  "t", "t", "t",  "t", "u", "u", "u", "u", "u", "u", "u",  "u",  //
    "u", "u", "u",  "u",  "w", "w", "y",  "y", "y", "z", "z", "z", "z", "z", "z",  "s",  //
};

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isEmailLocalByte(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool isEmailDomainByte(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

/// End of a valid domain starting at `from`, or `from` when there is none. Trailing dots and
/// hyphens belong to the sentence, not to the address.
std::size_t domainEnd(std::string_view text, std::size_t from) {
    std::size_t end = from;
    while (end < text.size() && isEmailDomainByte(text[end]))
        ++end;
    while (end > from && (text[end - 1] == '.' || text[end - 1] == '-'))
        --end;
    std::string_view domain = text.substr(from, end - from);
    const std::size_t lastDot = domain.rfind('.');
    if (lastDot == std::string_view::npos || lastDot == 0 || domain.find("..") != std::string_view::npos)
        return from;
    std::string_view topLevel = domain.substr(lastDot + 1);
    if (topLevel.size() < 2) return from;
    for (char c : topLevel)
        if (!isAsciiAlpha(c)) return from;
    return end;
}

/// A digit run with single separators, as written in a phone number.
struct DigitRun {
    std::string digits;
    std::vector<std::size_t> groupLengths;
    std::size_t end = 0; ///< one past the last digit
};

DigitRun readDigitRun(std::string_view text, std::size_t pos) {
    DigitRun run;
    std::size_t group = 0;
    auto closeGroup = [&] {
        if (group > 0) run.groupLengths.push_back(group);
        group = 0;
    };
    while (pos < text.size() && run.digits.size() <= 15) {
        const char c = text[pos];
        if (isDigit(c)) {
            run.digits += c;
            ++group;
            run.end = ++pos;
        } else if (text.substr(pos, 3) == "(0)" && run.digits == "31") {
            // "+31 (0)6": the trunk zero in brackets is not dialled from abroad.
            closeGroup();
            pos += 3;
            if (pos < text.size() && text[pos] == ' ') ++pos;
        } else if (c == ')' && text.substr(pos + 1, 1) == " " && pos + 2 < text.size() &&
                   isDigit(text[pos + 2])) {
            // "(020) 123 4567": the area code in brackets.
            closeGroup();
            pos += 2;
        } else if (c == ' ' && pos + 3 < text.size() && (text[pos + 1] == '-' || text[pos + 1] == '/') &&
                   text[pos + 2] == ' ' && isDigit(text[pos + 3])) {
            // "06 - 123 456 78": a separator with a space on either side.
            closeGroup();
            pos += 3;
        } else if ((c == ' ' || c == '-' || c == '.' || c == '/') && pos + 1 < text.size() &&
                   (isDigit(text[pos + 1]) || text[pos + 1] == '(')) {
            closeGroup();
            ++pos;
        } else {
            break;
        }
    }
    closeGroup();
    return run;
}

/// A Dutch number without country code: ten digits, a leading 0 and then an area or mobile code.
bool isDutchNationalNumber(const std::string& digits) {
    return digits.size() == 10 && digits[0] == '0' && digits[1] != '0';
}

/// The national form of a number dialled with country code 31: the trunk 0 and what follows it.
bool isDutchNumberAfterCountryCode(const std::string& digits, std::size_t codeLength) {
    std::string national = "0";
    national.append(digits, codeLength, std::string::npos);
    return isDutchNationalNumber(national);
}

bool isPhoneNumber(const DigitRun& run, bool plus) {
    const std::string& d = run.digits;
    if (plus) {
        if (d.rfind("31", 0) == 0) return isDutchNumberAfterCountryCode(d, 2);
        return d.size() >= 8 && d.size() <= 15;
    }
    if (d.rfind("0031", 0) == 0) return isDutchNumberAfterCountryCode(d, 4);
    // The first group is the area or mobile code (06, 020, 0475) or the whole number, which keeps
    // lists like "groep 0 1 2 3 4 5 6 7 8 9" out.
    const std::size_t first = run.groupLengths.empty() ? 0 : run.groupLengths.front();
    const bool plausibleGrouping = run.groupLengths.size() == 1 || (first >= 2 && first <= 4);
    return plausibleGrouping && isDutchNationalNumber(d);
}

} // namespace

bool isFoldedWordByte(unsigned char byte) {
    return (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || byte >= 0x80;
}

FoldedText foldForMatching(std::string_view text) {
    FoldedText folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(text.size() + 1);
    auto push = [&](char c, std::size_t from) {
        folded.text += c;
        folded.origin.push_back(from);
    };
    for (std::size_t i = 0; i < text.size();) {
        const DecodedChar d = decodeUtf8At(text, i);
        std::size_t next = i + d.length;
        char32_t c = d.codePoint;
        if (d.valid && !isInvisible(c) && !isCombiningMark(c)) {
            // NFC first (a Mac's "s" + U+0327 is "ş"), so the letter folds like the one typed on Windows.
            while (next < text.size()) {
                const DecodedChar mark = decodeUtf8At(text, next);
                if (mark.valid && isInvisible(mark.codePoint)) {
                    next += mark.length;
                    continue;
                }
                const char32_t composed = mark.valid ? composeLatin(c, mark.codePoint) : 0;
                if (!composed) break;
                c = composed;
                next += mark.length;
            }
        }
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0; // fullwidth forms ("＠", "Ａ") as ASCII
        if (!d.valid) {
            push(text[i], i);
        } else if (isInvisible(c) || isCombiningMark(c)) {
            // Shows nothing, or an accent that composed with nothing: neither splits nor changes a word.
        } else if (isSpace(c)) {
            if (!folded.text.empty() && folded.text.back() != ' ') push(' ', i);
        } else if (c < 0x80) {
            const char ascii = static_cast<char>(c);
            push(ascii >= 'A' && ascii <= 'Z' ? static_cast<char>(ascii - 'A' + 'a') : ascii, i);
        } else if (c >= 0xC0 && c < 0x180) {
            for (const char* p = kLatinFold[c - 0xC0]; *p; ++p)
                push(*p, i);
        } else if (c == 0x2018 || c == 0x2019) {
            push('\'', i);
        } else if (c >= 0x2010 && c <= 0x2015) {
            push('-', i);
        } else {
            for (std::size_t k = 0; k < d.length; ++k)
                push(text[i + k], i);
        }
        i = next;
    }
    folded.origin.push_back(text.size());
    return folded;
}

TextSpan MappedText::original(TextSpan span) const {
    if (span.length == 0) return {from.empty() || span.offset >= from.size() ? 0 : from[span.offset], 0};
    const std::size_t begin = from[span.offset];
    return {begin, to[span.offset + span.length - 1] - begin};
}

MappedText plainForDetection(std::string_view text) {
    MappedText plain;
    plain.text.reserve(text.size());
    auto push = [&](const std::string& bytes, std::size_t begin, std::size_t end) {
        for (char byte : bytes) {
            plain.text += byte;
            plain.from.push_back(begin);
            plain.to.push_back(end);
        }
    };
    for (std::size_t i = 0; i < text.size();) {
        const DecodedChar d = decodeUtf8At(text, i);
        std::size_t next = i + d.length;
        if (!d.valid) {
            push(std::string(1, text[i]), i, next);
            i = next;
            continue;
        }
        char32_t c = d.codePoint;
        while (next < text.size()) {
            const DecodedChar mark = decodeUtf8At(text, next);
            const char32_t composed = mark.valid ? composeLatin(c, mark.codePoint) : 0;
            if (!composed) break;
            c = composed;
            next += mark.length;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
        if (c == 0xFE6B) c = '@'; // small commercial at
        if (isSpace(c)) c = ' ';
        if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) c = '-';
        if (!isInvisible(c)) {
            std::string bytes;
            appendUtf8(bytes, c);
            push(bytes, i, next);
        }
        i = next;
    }
    return plain;
}

std::vector<TextSpan> findEmailAddresses(std::string_view text) {
    std::vector<TextSpan> found;
    std::size_t searchFrom = 0;
    while (true) {
        const std::size_t at = text.find('@', searchFrom);
        if (at == std::string_view::npos) break;
        std::size_t start = at;
        while (start > searchFrom && isEmailLocalByte(text[start - 1]))
            --start;
        while (start < at && text[start] == '.')
            ++start;
        const std::size_t end = domainEnd(text, at + 1);
        if (start < at && end > at + 1) {
            found.push_back({start, end - start});
            searchFrom = end;
        } else {
            searchFrom = at + 1;
        }
    }
    return found;
}

std::vector<TextSpan> findPhoneNumbers(std::string_view text) {
    std::vector<TextSpan> found;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        const bool plus = c == '+' && pos + 1 < text.size() && isDigit(text[pos + 1]);
        const bool bracket = c == '(' && pos + 1 < text.size() && text[pos + 1] == '0';
        const bool boundaryBefore = pos == 0 || (!isAsciiAlnum(text[pos - 1]) && text[pos - 1] != '+');
        if (!(plus || bracket || isDigit(c)) || !boundaryBefore) {
            ++pos;
            continue;
        }
        const DigitRun run = readDigitRun(text, plus || bracket ? pos + 1 : pos);
        const bool boundaryAfter = run.end >= text.size() || !isAsciiAlnum(text[run.end]);
        if (boundaryAfter && run.digits.size() <= 15 && isPhoneNumber(run, plus)) {
            found.push_back({pos, run.end - pos});
            pos = run.end;
        } else {
            ++pos; // a longer digit run may still hold a number after one of its separators
        }
    }
    return found;
}

} // namespace dlg
