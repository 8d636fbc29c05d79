// The participant import report as text (CLI, GUI dialog) and as JSON (`import --json`).
#pragma once

#include <string>

#include "core/model/model.h"
#include "core/people/participant_import.h"

namespace dlg {

/// A readable summary: counts, every skipped row and warning with its line, and the columns read,
/// ignored and dropped for privacy. `dryRun` adds a note that nothing was saved.
std::string formatImportReport(const ImportReport& report, bool dryRun = false);

/// The same content as JSON: {file, ok, error, encoding, delimiter, headerLine, dataRows,
/// added:[{line,id}], updated, unchanged, skipped:[{line,column,message}], warnings,
/// columns:[{column,header,kind:"mapped|ignored|privacy",field,reason}]}.
Json importReportToJson(const ImportReport& report);

} // namespace dlg
