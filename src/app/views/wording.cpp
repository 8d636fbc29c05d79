#include "app/views/wording.h"

#include <cctype>

#include <imgui.h>

namespace dlg {

std::string countNoun(const Texts& t, int n, const char* oneKey, const char* manyKey) {
    return std::to_string(n) + " " + t(n == 1 ? oneKey : manyKey);
}

std::string gradeText(const std::string& word, const std::string& grade) {
    // Schools write "5", "groep 5" or "Groep 5"; only the bare number needs the word in front.
    std::string lower;
    for (char c : grade.substr(0, word.size()))
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string wordLower;
    for (char c : word)
        wordLower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!word.empty() && lower == wordLower) return grade;
    return word + " " + grade;
}

std::string ellipsize(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    static const std::string kEllipsis = "\u2026";
    std::string cut = text;
    while (!cut.empty()) {
        // Drop one code point: continuation bytes (10xxxxxx) and then their lead byte.
        std::size_t end = cut.size() - 1;
        while (end > 0 && (static_cast<unsigned char>(cut[end]) & 0xC0) == 0x80)
            --end;
        cut.resize(end);
        while (!cut.empty() && cut.back() == ' ')
            cut.pop_back();
        if (ImGui::CalcTextSize((cut + kEllipsis).c_str()).x <= width) break;
    }
    return cut + kEllipsis;
}

std::string plannedActualMinutes(std::int64_t plannedSeconds, std::int64_t actualSeconds) {
    auto minutes = [](std::int64_t seconds) {
        if (seconds > 0 && seconds < 30) return std::string("<1 min");
        return std::to_string((seconds + 30) / 60) + " min";
    };
    return minutes(plannedSeconds) + " / " + minutes(actualSeconds);
}

std::string seatingSummary(const Texts& t, const AssignResult& result) {
    int wishesMissed = 0, withoutStaff = 0, withoutSupport = 0;
    for (const TableReport& table : result.tables) {
        wishesMissed += table.otherChoice;
        withoutStaff += table.size > 0 && table.staff == 0 ? 1 : 0;
        withoutSupport += table.unsupported;
    }
    const bool broken = !result.hardViolations.empty();
    const bool clean = wishesMissed == 0 && withoutStaff == 0 && withoutSupport == 0;
    std::string text = std::string(t("seating.balance")) + " " +
                       t(broken  ? "seating.broken"
                         : clean ? "seating.good"
                                 : "seating.fair");
    const std::string dot = " \u00B7 ";
    if (wishesMissed > 0) text += dot + countNoun(t, wishesMissed, "seating.wishOne", "seating.wishMany");
    if (withoutStaff > 0) text += dot + countNoun(t, withoutStaff, "seating.tableOne", "seating.tableMany");
    if (withoutSupport > 0)
        text += dot + countNoun(t, withoutSupport, "seating.supportOne", "seating.supportMany");
    if (clean && !broken) text += dot + t("seating.allWishes");
    return text;
}

std::string offerSummary(const Texts& t, const AssignResult& better) {
    return std::string(t("indeling.offerFound")) + " " + seatingSummary(t, better);
}

} // namespace dlg
