// The report as Text.
#pragma once

#include <string>

#include "core/report/report.h"

namespace dlg {

/// Plain text for a school app message: lines of at most 72 characters, bullets "- ", tables as one bullet
/// per row. Control characters are dropped.
std::string writeText(const Report& report);

} // namespace dlg
