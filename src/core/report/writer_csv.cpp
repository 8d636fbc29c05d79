#include "core/report/writer_csv.h"

namespace dlg {

std::string csvField(const std::string& value) {
    std::string field = value;
    if (!field.empty()) {
        const char first = field.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
            field.insert(field.begin(), '\'');
    }
    const bool needsQuotes = field.find_first_of(";\"\r\n") != std::string::npos ||
                             (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!needsQuotes) return field;
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string writeActionCsv(const Report& report) {
    std::string out = "\xEF\xBB\xBF"; // BOM: spreadsheets then read the file as UTF-8
    auto writeRow = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) out += ';';
            out += csvField(cells[i]);
        }
        out += "\r\n";
    };
    writeRow(report.actionList.header);
    for (const auto& row : report.actionList.rows)
        writeRow(row);
    return out;
}

} // namespace dlg
