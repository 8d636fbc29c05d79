#include "core/report/report_writers.h"

#include <array>

#include "core/report/writer_csv.h"
#include "core/report/writer_docx.h"
#include "core/report/writer_html.h"
#include "core/report/writer_markdown.h"
#include "core/report/writer_pdf.h"
#include "core/report/writer_text.h"

namespace dlg {
namespace {

constexpr std::array kFormatNames{"md", "html", "txt", "csv", "pdf", "docx"};

} // namespace

const char* toString(ReportFormat format) {
    return kFormatNames[static_cast<std::size_t>(format)];
}

std::optional<ReportFormat> reportFormatFromString(const std::string& text) {
    for (std::size_t i = 0; i < kFormatNames.size(); ++i)
        if (text == kFormatNames[i]) return static_cast<ReportFormat>(i);
    return std::nullopt;
}

std::string writeReport(const Report& report, ReportFormat format) {
    switch (format) {
    case ReportFormat::Markdown:
        return writeMarkdown(report);
    case ReportFormat::Html:
        return writeHtml(report);
    case ReportFormat::Text:
        return writeText(report);
    case ReportFormat::Csv:
        return writeActionCsv(report);
    case ReportFormat::Pdf:
        return writePdf(report);
    case ReportFormat::Docx:
        return writeDocx(report);
    }
    return {};
}

} // namespace dlg
