// The output formats of a report and the one entry point that picks the writer.
// Each writer is a pure function of `const Report&` (writer_*.h); adding PDF or DOCX means one
// more writer and one more enum value here.
#pragma once

#include <optional>
#include <string>

#include "core/report/report.h"

namespace dlg {

enum class ReportFormat {
    Markdown, ///< md: for websites and wikis
    Html,     ///< html: one self-contained file, prints on A4, pastes into an e-mail
    Text,     ///< txt: plain short lines for a school app message
    Csv,      ///< csv: the action list for a spreadsheet
    Pdf,      ///< pdf: tagged A4 PDF with embedded fonts, for print and the school website
    Docx,     ///< docx: Word document with heading and list styles, for editing
};

/// "md", "html", "txt", "csv", "pdf", "docx" (the words of the command line, also the file extensions).
const char* toString(ReportFormat format);
std::optional<ReportFormat> reportFormatFromString(const std::string& text);

/// The report as the bytes of a file in `format`.
std::string writeReport(const Report& report, ReportFormat format);

} // namespace dlg
