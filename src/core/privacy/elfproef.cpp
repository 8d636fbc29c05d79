#include "core/privacy/elfproef.h"

#include <string>

namespace dlg {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isGroupSeparator(char c) {
    return c == '.' || c == ' ' || c == '-';
}

} // namespace

bool passesBsnElfproef(std::string_view digits) {
    if (digits.size() != 9) return false;
    int sum = 0;
    bool allZero = true;
    for (std::size_t i = 0; i < 9; ++i) {
        if (!isDigit(digits[i])) return false;
        int digit = digits[i] - '0';
        allZero = allZero && digit == 0;
        sum += (i == 8) ? -digit : digit * static_cast<int>(9 - i);
    }
    return !allZero && sum % 11 == 0;
}

std::vector<TextSpan> findBsnNumbers(std::string_view text) {
    std::vector<TextSpan> found;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        // Collect one number: digits, optionally in groups joined by one separator each.
        std::string digits;
        std::size_t j = i;
        while (j < text.size()) {
            if (isDigit(text[j])) {
                digits += text[j++];
            } else if (isGroupSeparator(text[j]) && j + 1 < text.size() && isDigit(text[j + 1])) {
                ++j;
            } else {
                break;
            }
        }
        if (passesBsnElfproef(digits)) {
            found.push_back({i, j - i});
        } else {
            // A grouped number that is not a BSN may still contain one as its own plain digit run
            // ("2 123456782"), so look at the plain runs inside it too.
            for (std::size_t k = i; k < j;) {
                std::size_t end = k;
                while (end < j && isDigit(text[end]))
                    ++end;
                if (end > k && passesBsnElfproef(text.substr(k, end - k))) found.push_back({k, end - k});
                k = end + 1;
            }
        }
        i = j;
    }
    return found;
}

bool containsBsnLikeNumber(std::string_view text) {
    return !findBsnNumbers(text).empty();
}

} // namespace dlg
