#include "core/privacy/guard_finders.h"

#include <array>
#include <string>

namespace dlg {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isWordByte(char c) {
    return isDigit(c) || isAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80;
}
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Whether `word` is written at `at` in `text`, ignoring case.
bool hasWordAt(std::string_view text, std::size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (lower(text[at + k]) != word[k]) return false;
    return true;
}

/// "[at]", "( dot )", "{punt}": a word in brackets standing for "@" or "."; returns its length
/// and sets `symbol`, or 0.
std::size_t bracketedToken(std::string_view text, std::size_t at, char* symbol) {
    static constexpr std::array<std::pair<std::string_view, char>, 6> kWords = {
        {{"apenstaartje", '@'}, {"at", '@'}, {"@", '@'}, {"dot", '.'}, {"punt", '.'}, {".", '.'}}};
    const char open = text[at];
    const char close = open == '[' ? ']' : open == '(' ? ')' : open == '{' ? '}' : 0;
    if (!close) return 0;
    std::size_t i = at + 1;
    while (i < text.size() && text[i] == ' ')
        ++i;
    for (const auto& [word, meaning] : kWords) {
        if (!hasWordAt(text, i, word)) continue;
        std::size_t end = i + word.size();
        while (end < text.size() && text[end] == ' ')
            ++end;
        if (end < text.size() && text[end] == close) {
            *symbol = meaning;
            return end + 1 - at;
        }
    }
    return 0;
}

/// " at " / " dot " / " punt " as a whole word, with one space on either side; returns its length.
std::size_t spokenToken(std::string_view text, std::size_t at, std::string_view word) {
    if (text[at] != ' ' || !hasWordAt(text, at + 1, word)) return 0;
    const std::size_t end = at + 1 + word.size();
    return end < text.size() && text[end] == ' ' ? end + 1 - at : 0;
}

/// The text with every written-out "@" and "." turned into the character, the spaces around them
/// dropped; `origin[i]`..`originEnd[i]` are the bytes of `text` that view byte i stands for.
struct EmailView {
    std::string text;
    std::vector<std::size_t> origin;
    std::vector<std::size_t> originEnd;
    void push(char c, std::size_t from, std::size_t to) {
        text += c;
        origin.push_back(from);
        originEnd.push_back(to);
    }
    void dropTrailingSpaces() {
        while (!text.empty() && text.back() == ' ') {
            text.pop_back();
            origin.pop_back();
            originEnd.pop_back();
        }
    }
};

/// " at " is only read as "@" when a spoken " dot " follows in the domain ("naam at school dot
/// nl"); "we zijn at home" stays a sentence. Returns the end of that domain, or 0.
std::size_t spokenDomainEnd(std::string_view text, std::size_t from) {
    std::size_t i = from;
    bool spokenDot = false;
    while (true) {
        const std::size_t label = i;
        while (i < text.size() && (isDigit(text[i]) || isAsciiLetter(text[i]) || text[i] == '-'))
            ++i;
        if (i == label) return 0;
        std::size_t dot = 0;
        if (i < text.size() && text[i] == '.' && i + 1 < text.size() && isAsciiLetter(text[i + 1])) dot = 1;
        if (!dot && i < text.size()) dot = spokenToken(text, i, "dot");
        if (!dot && i < text.size()) dot = spokenToken(text, i, "punt");
        if (!dot) return spokenDot ? i : 0;
        spokenDot = spokenDot || dot > 1;
        i += dot;
    }
}

EmailView emailView(std::string_view text) {
    EmailView view;
    std::size_t spokenUntil = 0; // inside a domain introduced by a spoken " at "
    for (std::size_t i = 0; i < text.size();) {
        char symbol = 0;
        std::size_t length = bracketedToken(text, i, &symbol);
        if (!length && text[i] == '@') {
            symbol = '@';
            length = 1;
        }
        if (!length && i < spokenUntil) {
            length = spokenToken(text, i, "dot");
            if (!length) length = spokenToken(text, i, "punt");
            symbol = '.';
        }
        if (!length && i > 0 && isWordByte(text[i - 1]) && (length = spokenToken(text, i, "at")) != 0) {
            spokenUntil = spokenDomainEnd(text, i + length);
            if (spokenUntil == 0) length = 0;
            symbol = '@';
        }
        if (!length) {
            view.push(text[i], i, i + 1);
            ++i;
            continue;
        }
        view.dropTrailingSpaces();
        std::size_t end = i + length;
        while (end < text.size() && text[end] == ' ')
            ++end;
        view.push(symbol, i, end);
        i = end;
    }
    return view;
}

/// Capitals only: "tussen 2026 en 2027" must not read as postcode "2026 en" with number 2027.
bool isPostcodeLetters(char a, char b) {
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return false;
    // SA, SD and SS are never issued.
    return !(a == 'S' && (b == 'A' || b == 'D' || b == 'S'));
}

/// Length of a house number at `at`: digits, an optional letter or "-2" / " bis" style addition.
std::size_t houseNumberAt(std::string_view text, std::size_t at) {
    std::size_t i = at;
    while (i < text.size() && isDigit(text[i]) && i - at < 5)
        ++i;
    if (i == at || text[at] == '0') return 0;
    if (i < text.size() && isAsciiLetter(text[i]) && (i + 1 >= text.size() || !isWordByte(text[i + 1])))
        ++i;
    else if (i + 1 < text.size() && text[i] == '-' && isDigit(text[i + 1]))
        for (++i; i < text.size() && isDigit(text[i]);)
            ++i;
    if (i < text.size() && isWordByte(text[i])) return 0;
    return i - at;
}

} // namespace

std::vector<TextSpan> findWrittenEmailAddresses(std::string_view text) {
    const EmailView view = emailView(text);
    std::vector<TextSpan> found;
    for (const TextSpan& span : findEmailAddresses(view.text)) {
        const std::size_t begin = view.origin[span.offset];
        found.push_back({begin, view.originEnd[span.offset + span.length - 1] - begin});
    }
    return found;
}

std::string canonicalEmail(std::string_view written) {
    std::string canonical;
    for (char c : emailView(written).text)
        if (c != ' ') canonical += lower(c);
    return canonical;
}

std::string canonicalPhone(std::string_view written) {
    std::string digits;
    for (char c : written)
        if (isDigit(c)) digits += c;
    // From abroad the trunk 0 is not dialled, though "+31 (0)20" writes it anyway.
    auto national = [](const std::string& rest) { return rest.rfind('0', 0) == 0 ? rest : "0" + rest; };
    const bool plus = written.find('+') != std::string_view::npos;
    if (plus && digits.rfind("31", 0) == 0) return national(digits.substr(2));
    if (digits.rfind("0031", 0) == 0) return national(digits.substr(4));
    return digits;
}

std::vector<TextSpan> findDutchAddresses(std::string_view text) {
    std::vector<TextSpan> found;
    for (std::size_t i = 0; i + 6 <= text.size(); ++i) {
        if (i > 0 && isWordByte(text[i - 1])) continue;
        if (text[i] < '1' || text[i] > '9' || !isDigit(text[i + 1]) || !isDigit(text[i + 2]) ||
            !isDigit(text[i + 3]))
            continue;
        std::size_t letters = i + 4;
        if (letters < text.size() && text[letters] == ' ') ++letters;
        if (letters + 2 > text.size() || !isPostcodeLetters(text[letters], text[letters + 1])) continue;
        const std::size_t postcodeEnd = letters + 2;
        if (postcodeEnd < text.size() && isWordByte(text[postcodeEnd])) continue;

        // "1234AB 12" or "1234 AB, 12a": the number after the postcode.
        std::size_t after = postcodeEnd;
        if (after < text.size() && text[after] == ',') ++after;
        if (after < text.size() && text[after] == ' ') ++after;
        const std::size_t numberAfter = after > postcodeEnd ? houseNumberAt(text, after) : 0;
        // "Kerkstraat 12, 1234 AB": street and number before it.
        std::size_t before = i;
        if (before > 0 && text[before - 1] == ' ') --before;
        if (before > 0 && text[before - 1] == ',') --before;
        std::size_t numberStart = before;
        while (numberStart > 0 && (isWordByte(text[numberStart - 1]) || text[numberStart - 1] == '-'))
            --numberStart;
        const bool numberBefore =
            numberStart < before && before < i && houseNumberAt(text, numberStart) == before - numberStart;
        std::size_t start = i, end = postcodeEnd;
        if (numberBefore) {
            start = numberStart;
            // The street's last word, when there is one.
            if (start >= 2 && text[start - 1] == ' ' && isWordByte(text[start - 2])) {
                start -= 1;
                while (start > 0 && isWordByte(text[start - 1]))
                    --start;
            }
        }
        if (numberAfter) end = after + numberAfter;
        if (!numberBefore && !numberAfter) continue;
        found.push_back({start, end - start});
        i = end - 1;
    }
    return found;
}

} // namespace dlg
