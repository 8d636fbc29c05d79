// The fixed texts of reports, in plain Dutch (B1: facts and agreements, short sentences) and in
// English. Kept in one table here, not in the writers, so every format says the same thing.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace dlg {

/// The text for `key` in `language` ("en"; anything else is Dutch), with `{0}`, `{1}`, ...
/// replaced by `args`. An unknown key comes back as itself so that a gap is visible.
std::string reportText(std::string_view key, const std::string& language,
                       std::initializer_list<std::string> args = {});

/// "24 november 2026" / "24 November 2026" for YYYY-MM-DD; other text is returned unchanged.
std::string reportDate(const std::string& isoDate, const std::string& language);

/// "1 ouder" / "3 ouders": `key` + ".one" or ".many" with the number filled in.
std::string reportCount(int count, std::string_view key, const std::string& language);

} // namespace dlg
