// The action list of a report as CSV for a spreadsheet (Excel with Dutch settings opens it as is).
#pragma once

#include <string>

#include "core/report/report.h"

namespace dlg {

/// `report.actionList` as CSV: UTF-8 with BOM, `;` between fields, CRLF after every row, a field
/// quoted when it holds `;`, `"`, a line break or starts/ends with a space. A field starting with
/// `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a spreadsheet shows it instead of running
/// it as a formula (CSV injection).
std::string writeActionCsv(const Report& report);

/// One field as written by writeActionCsv.
std::string csvField(const std::string& value);

} // namespace dlg
