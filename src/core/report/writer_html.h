// The report as Html.
#pragma once

#include <string>

#include "core/report/report.h"

namespace dlg {

/// One self-contained HTML5 file: inline CSS with @page A4, no scripts, no external resources, simple markup
/// (headings, paragraphs, lists, tables) so it survives being pasted into an e-mail. Every text is escaped; a
/// line break in a text becomes <br>.
std::string writeHtml(const Report& report);

} // namespace dlg
