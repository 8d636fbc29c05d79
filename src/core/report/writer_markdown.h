// The report as Markdown.
#pragma once

#include <string>

#include "core/report/report.h"

namespace dlg {

/// Markdown (CommonMark). User text is backslash-escaped, so a typed * _ < [ or | is shown as itself, never
/// as markup or HTML.
std::string writeMarkdown(const Report& report);

} // namespace dlg
