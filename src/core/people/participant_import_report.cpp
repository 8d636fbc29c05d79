#include "core/people/participant_import_report.h"

#include <sstream>

namespace dlg {
namespace {

const char* kindName(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::Mapped:
        return "mapped";
    case ColumnKind::Ignored:
        return "ignored";
    case ColumnKind::Privacy:
        return "privacy";
    }
    return "?";
}

std::string delimiterName(char delimiter) {
    if (delimiter == '\t') return "tab";
    return std::string("'") + delimiter + "'";
}

std::string where(const ImportIssue& issue) {
    std::string text = issue.line > 0 ? "line " + std::to_string(issue.line) : "file";
    if (!issue.column.empty()) text += ", column '" + issue.column + "'";
    return text;
}

void writeIssues(std::ostringstream& out, const char* title, const std::vector<ImportIssue>& issues) {
    if (issues.empty()) return;
    out << title << ":\n";
    for (const ImportIssue& issue : issues)
        out << "  " << where(issue) << ": " << issue.message << "\n";
}

void writeColumns(std::ostringstream& out, const char* title, const ImportReport& report, ColumnKind kind) {
    std::string list;
    for (const ColumnMapping& column : report.columns) {
        if (column.kind != kind) continue;
        list += "  '" + column.header + "' ";
        list += kind == ColumnKind::Mapped ? std::string("-> ") + toString(column.field)
                                           : "(" + column.reason + ")";
        list += "\n";
    }
    if (!list.empty()) out << title << ":\n" << list;
}

Json rowsToJson(const std::vector<ImportedRow>& rows) {
    Json list = Json::array();
    for (const ImportedRow& row : rows)
        list.push_back({{"line", row.line}, {"id", row.id}});
    return list;
}

Json issuesToJson(const std::vector<ImportIssue>& issues) {
    Json list = Json::array();
    for (const ImportIssue& issue : issues)
        list.push_back({{"line", issue.line}, {"column", issue.column}, {"message", issue.message}});
    return list;
}

} // namespace

std::string formatImportReport(const ImportReport& report, bool dryRun) {
    std::ostringstream out;
    if (!report.ok()) {
        out << "import failed: " << report.error << "\n";
        return out.str();
    }
    out << report.fileName << ": " << report.encoding << ", separator " << delimiterName(report.delimiter)
        << ", header on line " << report.headerLine << ", " << report.dataRows << " rows\n"
        << "  added:     " << report.added.size() << "\n"
        << "  updated:   " << report.updated.size() << "\n"
        << "  unchanged: " << report.unchanged.size() << "\n"
        << "  skipped:   " << report.skipped.size() << "\n";
    writeIssues(out, "Skipped rows", report.skipped);
    writeIssues(out, "Warnings", report.warnings);
    writeColumns(out, "Columns read", report, ColumnKind::Mapped);
    writeColumns(out, "Columns ignored", report, ColumnKind::Ignored);
    writeColumns(out, "Columns dropped for privacy (never read, never stored)", report, ColumnKind::Privacy);
    if (dryRun) out << "Dry run: the session file was not changed.\n";
    return out.str();
}

Json importReportToJson(const ImportReport& report) {
    Json columns = Json::array();
    for (const ColumnMapping& column : report.columns) {
        Json entry = {{"column", column.column}, {"header", column.header}, {"kind", kindName(column.kind)}};
        if (column.kind == ColumnKind::Mapped)
            entry["field"] = toString(column.field);
        else
            entry["reason"] = column.reason;
        columns.push_back(std::move(entry));
    }
    return {{"file", report.fileName},
            {"ok", report.ok()},
            {"error", report.error},
            {"encoding", report.encoding},
            {"delimiter", std::string(1, report.delimiter)},
            {"headerLine", report.headerLine},
            {"dataRows", report.dataRows},
            {"added", rowsToJson(report.added)},
            {"updated", rowsToJson(report.updated)},
            {"unchanged", rowsToJson(report.unchanged)},
            {"skipped", issuesToJson(report.skipped)},
            {"warnings", issuesToJson(report.warnings)},
            {"columns", std::move(columns)}};
}

} // namespace dlg
