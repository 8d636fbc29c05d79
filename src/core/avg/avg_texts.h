// Fixed texts of inzage, wis and opschonen in the session's language ("nl" or "en"): core output
// that the CLI prints and the GUI shows, so both say the same thing.
#pragma once

#include <string>
#include <vector>

namespace dlg::avg {

/// The text for `key` in `language` ("en", else Dutch); `{0}`, `{1}` … are replaced by `args`.
std::string text(const std::string& language, const std::string& key, const std::vector<std::string>& args = {});

/// "1 deelnemer", "3 deelnemers": `word` is participant, otherParticipant, pin, day or week.
std::string counted(const std::string& language, long long n, const std::string& word);

} // namespace dlg::avg
