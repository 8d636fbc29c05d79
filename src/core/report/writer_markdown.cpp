#include "core/report/writer_markdown.h"

#include <optional>

namespace dlg {
namespace {

bool isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// One line of text with every character that could start Markdown or HTML backslash-escaped
/// (CommonMark allows a backslash before any ASCII punctuation), so typed text stays text.
/// `lineStart`: the text begins a line, where `-`, `+`, `#`, `>` and `1.` would start a block.
std::string escapeLine(const std::string& line, bool lineStart = true) {
    std::string out;
    out.reserve(line.size() + 8);
    std::size_t start = 0;
    while (start < line.size() && line[start] == ' ')
        ++start;
    for (std::size_t i = start; i < line.size(); ++i) {
        const char c = line[i];
        const bool atStart = lineStart && i == start;
        const bool lineMarker = atStart && (c == '-' || c == '+' || c == '=' || c == '#' || c == '>');
        // "1. text" or "1) text" at the start would become a numbered list.
        const bool orderedMarker = lineStart && (c == '.' || c == ')') && i > start && [&] {
            for (std::size_t k = start; k < i; ++k)
                if (line[k] < '0' || line[k] > '9') return false;
            return true;
        }();
        const bool entity =
            c == '&' && i + 1 < line.size() && (isAsciiAlnum(line[i + 1]) || line[i + 1] == '#');
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '|':
        case '~':
            out += '\\';
            break;
        default:
            if (lineMarker || orderedMarker || entity) out += '\\';
        }
        if (c == '\t') {
            out += ' ';
        } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
            out += c;
        }
    }
    return out;
}

/// The rest of a line typed as a list item ("- punt", "* punt", "• punt"), or nullopt.
std::optional<std::string> typedListItem(const std::string& line) {
    std::size_t start = 0;
    while (start < line.size() && line[start] == ' ')
        ++start;
    for (const std::string marker : {"- ", "* ", "+ ", "\u2022 "})
        if (line.compare(start, marker.size(), marker) == 0) return line.substr(start + marker.size());
    return std::nullopt;
}

/// Text that may hold line breaks: each line escaped, joined with `joint` (a hard break and the
/// indentation of the block the text is in). A line typed as a list item stays a list item
/// (not "\- punt"); the first line only when `firstMayBeList` (a bullet's own text is already one).
std::string escapeText(const std::string& text, const std::string& joint, bool firstMayBeList = false) {
    std::string out;
    std::size_t from = 0;
    while (true) {
        std::size_t end = text.find('\n', from);
        std::string line = text.substr(from, end == std::string::npos ? std::string::npos : end - from);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (from > 0) out += joint;
        const auto item = (from > 0 || firstMayBeList) ? typedListItem(line) : std::nullopt;
        out += item ? "- " + escapeLine(*item) : escapeLine(line);
        if (end == std::string::npos) break;
        from = end + 1;
    }
    return out;
}

/// A table cell: one line, `|` escaped.
std::string cell(const std::string& text) {
    std::string flat = text;
    for (char& c : flat)
        if (c == '\n' || c == '\r') c = ' ';
    return escapeLine(flat, false);
}

void appendTable(std::string& out, const ReportTable& table) {
    auto row = [&out](const std::vector<std::string>& cells) {
        out += '|';
        for (const std::string& value : cells) {
            out += ' ';
            out += cell(value);
            out += " |";
        }
        out += '\n';
    };
    row(table.header);
    out += '|';
    for (std::size_t i = 0; i < table.header.size(); ++i)
        out += " --- |";
    out += '\n';
    for (const auto& cells : table.rows)
        row(cells);
    out += '\n';
}

void appendBlock(std::string& out, const ReportBlock& block) {
    if (!block.caption.empty()) out += "**" + escapeText(block.caption, " ") + "**\n\n";
    switch (block.kind) {
    case BlockKind::Paragraph:
        for (const std::string& item : block.items)
            out += escapeText(item, "  \n", true) + "\n\n";
        break;
    case BlockKind::Notice:
        for (const std::string& item : block.items)
            out += "> **" + escapeText(item, "**  \n> **") + "**\n\n";
        break;
    case BlockKind::Quote:
        for (const std::string& item : block.items)
            out += "> " + escapeText(item, "  \n> ", true) + "\n\n";
        break;
    case BlockKind::Bullets:
        for (const std::string& item : block.items)
            out += "- " + escapeText(item, "  \n  ") + "\n";
        out += '\n';
        break;
    case BlockKind::Table:
        appendTable(out, block.table);
        break;
    }
}

} // namespace

std::string writeMarkdown(const Report& report) {
    std::string out;
    out.reserve(16 * 1024);
    out += "# " + escapeText(report.title, " ") + "\n\n";
    if (!report.subtitle.empty()) out += escapeText(report.subtitle, " ") + "\n\n";
    for (const ReportSection& section : report.sections) {
        if (!section.heading.empty())
            out +=
                std::string(section.level <= 2 ? "## " : "### ") + escapeText(section.heading, " ") + "\n\n";
        for (const ReportBlock& block : section.blocks)
            appendBlock(out, block);
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

} // namespace dlg
