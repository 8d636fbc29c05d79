#include "core/model/grade.h"

#include <algorithm>
#include <cctype>

namespace dlg {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool startsWithWord(std::string_view text, std::string_view word) {
    if (text.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
    return true;
}

} // namespace

std::string canonicalGrade(std::string_view grade) {
    // Longest words first, so "groepen" is not read as "groep" + "en". The same words the
    // participant import drops (people/participant_import_values.cpp).
    static constexpr std::string_view kWords[] = {"groepen", "groep", "leerjaren", "leerjaar",
                                                  "klassen", "klas",  "grades",    "grade",
                                                  "groups",  "group", "year",      "gr"};
    std::string_view text = trim(grade);
    for (std::string_view word : kWords) {
        if (!startsWithWord(text, word)) continue;
        std::string_view rest = text.substr(word.size());
        while (!rest.empty() && (isSpace(rest.front()) || rest.front() == '.' || rest.front() == ':'))
            rest.remove_prefix(1);
        // Only a word in front of a number: "groene" or "klaslokaal" stay as they are.
        if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest.front()))) text = rest;
        break;
    }
    std::string out(trim(text));
    // "3a" and "3A" are one class: letters after the number in capitals.
    if (!out.empty() && std::isdigit(static_cast<unsigned char>(out.front())))
        std::transform(out.begin(), out.end(), out.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

std::vector<std::string> canonicalGrades(const std::vector<std::string>& grades) {
    std::vector<std::string> out;
    for (const std::string& grade : grades) {
        std::string canonical = canonicalGrade(grade);
        if (!canonical.empty() && std::find(out.begin(), out.end(), canonical) == out.end())
            out.push_back(std::move(canonical));
    }
    return out;
}

} // namespace dlg
