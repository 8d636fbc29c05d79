#include "core/report/table_layout.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string_view>

namespace dlg {
namespace {

constexpr const char* kNoBreakSpace = "\u00A0";

constexpr std::array<std::string_view, 22> kMonths = {
    "januari",   "februari", "maart",    "april",    "mei",     "juni",     "juli",  "augustus",
    "september", "oktober",  "november", "december", "january", "february", "march", "may",
    "june",      "july",     "august",   "october",  "mrt",     "sept"};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isMonth(std::string_view word) {
    std::string lower(word);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return std::find(kMonths.begin(), kMonths.end(), lower) != kMonths.end();
}

std::size_t digitsAt(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    return end - at;
}

std::size_t codePoints(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

std::string keepDatesTogether(const std::string& text) {
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t i = 0;
    while (i < text.size()) {
        // "23 januari 2027": one or two digits, a month, four digits, each joined by one space.
        const bool wordStart = i == 0 || !isDigit(text[i - 1]);
        const std::size_t day = wordStart ? digitsAt(text, i) : 0;
        if (day >= 1 && day <= 2 && i + day < text.size() && text[i + day] == ' ') {
            const std::size_t monthAt = i + day + 1;
            std::size_t monthEnd = monthAt;
            while (monthEnd < text.size() && ((text[monthEnd] >= 'a' && text[monthEnd] <= 'z') ||
                                              (text[monthEnd] >= 'A' && text[monthEnd] <= 'Z')))
                ++monthEnd;
            const bool month =
                monthEnd > monthAt && isMonth(std::string_view(text).substr(monthAt, monthEnd - monthAt));
            if (month && monthEnd + 1 < text.size() && text[monthEnd] == ' ' &&
                digitsAt(text, monthEnd + 1) == 4) {
                out.append(text, i, day);
                out += kNoBreakSpace;
                out.append(text, monthAt, monthEnd - monthAt);
                out += kNoBreakSpace;
                out.append(text, monthEnd + 1, 4);
                i = monthEnd + 5;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::string cellForLayout(const std::string& text, ColumnContent kind) {
    const std::string dated = keepDatesTogether(text);
    if (kind != ColumnContent::Short || codePoints(text) > kKeepWholeCodePoints) return dated;
    std::string whole;
    for (char c : dated) {
        if (c == ' ')
            whole += kNoBreakSpace;
        else
            whole += c;
    }
    return whole;
}

std::vector<double> fitColumns(const std::vector<double>& minimum, const std::vector<double>& natural,
                               const std::vector<bool>& servedFirst, double available) {
    const double minimumSum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    std::vector<double> widths = minimum;
    if (minimum.empty()) return widths;
    if (minimumSum >= available) {
        // Too narrow even for the minimums: the text columns give way (a long word may wrap),
        // so that names, dates and status words stay whole; only if they alone overflow, all do.
        double servedSum = 0;
        for (std::size_t i = 0; i < widths.size(); ++i)
            if (servedFirst[i]) servedSum += minimum[i];
        const bool textGivesWay = servedSum < available && servedSum < minimumSum;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            if (!textGivesWay)
                widths[i] *= available / minimumSum;
            else if (!servedFirst[i])
                widths[i] *= (available - servedSum) / (minimumSum - servedSum);
        }
        return widths;
    }
    double left = available - minimumSum;
    // Two rounds: the columns served first (names, dates, status) towards one line each, then the
    // others, each round in proportion to what the columns still want.
    for (const bool round : {true, false}) {
        double wanting = 0;
        for (std::size_t i = 0; i < widths.size(); ++i)
            if (servedFirst[i] == round) wanting += natural[i] - widths[i];
        if (wanting <= 0) continue;
        const double given = std::min(left, wanting);
        for (std::size_t i = 0; i < widths.size(); ++i)
            if (servedFirst[i] == round) widths[i] += given * (natural[i] - widths[i]) / wanting;
        left -= given;
    }
    // Everything is on one line and room is left: the text columns take it, in proportion.
    double textNatural = 0;
    for (std::size_t i = 0; i < widths.size(); ++i)
        if (!servedFirst[i]) textNatural += widths[i];
    for (std::size_t i = 0; i < widths.size() && left > 0; ++i) {
        if (textNatural > 0 && !servedFirst[i])
            widths[i] += left * widths[i] / textNatural;
        else if (textNatural == 0)
            widths[i] += left / static_cast<double>(widths.size());
    }
    return widths;
}

} // namespace dlg
