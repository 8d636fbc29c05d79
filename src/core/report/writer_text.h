// The report as Text.
#pragma once

#include <string>

#include "core/report/report.h"

namespace dlg {

/// Paste-ready text for Parro, Social Schools or an e-mail: short paragraphs separated by an
/// empty line, bullets as "• " (typed "- " list lines too), tables as one bullet per row with
/// the other columns on one line below, and no fixed line width (the app wraps to its bubble).
/// Control characters are dropped; nothing is escaped.
std::string writeText(const Report& report);

} // namespace dlg
