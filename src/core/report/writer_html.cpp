#include "core/report/writer_html.h"

#include "core/report/table_layout.h"

namespace dlg {
namespace {

// Styles in <head> for browsers and print; the few that matter for reading (table borders, the
// notice) are repeated inline, because e-mail programs drop <style> when a page is pasted.
constexpr const char* kStyle = R"(@page { size: A4; margin: 20mm 18mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: #111;
       max-width: 44em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 0.2em; }
h2 { font-size: 14pt; margin: 1.3em 0 0.4em; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin: 1em 0 0.3em; }
h2, h3, p.caption { break-after: avoid; page-break-after: avoid; }
li, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
p.subtitle { color: #444; margin-top: 0; }
p.caption { font-weight: bold; margin: 0.8em 0 0.2em; }
blockquote { margin: 0.5em 0 0.5em 1em; padding-left: 0.8em; border-left: 3px solid #999; font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th { background: #eee; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
)";
constexpr const char* kCellStyle = "border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top";
constexpr const char* kNoticeStyle = "border:2px solid #a00;padding:0.5em;font-weight:bold";

/// Text as HTML character data: markup characters escaped, line breaks as <br>, other control
/// characters dropped (they are not allowed in HTML).
void appendEscaped(std::string& out, const std::string& text) {
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case '\n':
            out += "<br>";
            break;
        case '\t':
            out += ' ';
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
        }
    }
}

void appendElement(std::string& out, const char* tag, const std::string& text, const char* attributes = "") {
    out += '<';
    out += tag;
    out += attributes;
    out += '>';
    appendEscaped(out, text);
    out += "</";
    out += tag;
    out += ">\n";
}

void appendTable(std::string& out, const ReportTable& table) {
    const std::string cell = std::string(" style=\"") + kCellStyle + "\"";
    out += "<table style=\"border-collapse:collapse;width:100%\">\n<thead><tr>";
    for (const std::string& heading : table.header) {
        out += "<th" + cell + ">";
        appendEscaped(out, heading);
        out += "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    // A status word stays on one line and a date stays together (table_layout.h); a name may wrap
    // between its words, as in the PDF and DOCX.
    const std::string wholeCell = std::string(" style=\"") + kCellStyle + ";white-space:nowrap\"";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i) {
            const bool whole =
                table.kind(i) != ColumnContent::Text && cellForLayout(row[i], table.kind(i)) != row[i];
            out += "<td" + (whole ? wholeCell : cell) + ">";
            appendEscaped(out, keepDatesTogether(row[i]));
            out += "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

void appendBlock(std::string& out, const ReportBlock& block) {
    if (!block.caption.empty()) {
        // <strong> rather than only the class: it stays bold when e-mail drops the styles.
        out += "<p class=\"caption\"><strong>";
        appendEscaped(out, block.caption);
        out += "</strong></p>\n";
    }
    switch (block.kind) {
    case BlockKind::Paragraph:
        for (const std::string& item : block.items)
            appendElement(out, "p", item);
        break;
    case BlockKind::Notice: {
        const std::string attributes = std::string(" class=\"notice\" style=\"") + kNoticeStyle + "\"";
        for (const std::string& item : block.items)
            appendElement(out, "p", item, attributes.c_str());
        break;
    }
    case BlockKind::Quote:
        for (const std::string& item : block.items)
            appendElement(out, "blockquote", item);
        break;
    case BlockKind::Bullets:
        out += "<ul>\n";
        for (const std::string& item : block.items)
            appendElement(out, "li", item);
        out += "</ul>\n";
        break;
    case BlockKind::Table:
        appendTable(out, block.table);
        break;
    }
}

} // namespace

std::string writeHtml(const Report& report) {
    std::string out;
    out.reserve(16 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"";
    appendEscaped(out, report.language);
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    appendElement(out, "title", report.title);
    out += "<style>\n";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n";
    appendElement(out, "h1", report.title);
    if (!report.subtitle.empty()) appendElement(out, "p", report.subtitle, " class=\"subtitle\"");
    for (const ReportSection& section : report.sections) {
        if (!section.heading.empty()) appendElement(out, section.level <= 2 ? "h2" : "h3", section.heading);
        for (const ReportBlock& block : section.blocks)
            appendBlock(out, block);
    }
    out += "</body>\n</html>\n";
    return out;
}

} // namespace dlg
