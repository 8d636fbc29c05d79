#include "core/report/writer_text.h"

#include <vector>

namespace dlg {
namespace {

constexpr const char* kBullet = "\u2022 ";
constexpr const char* kJoin = " \u00B7 ";

/// One line as typed, with tabs as spaces, other control characters dropped and a typed list
/// marker ("- ", "* ", "• ") written as the bullet the rest of the message uses.
std::string cleanLine(const std::string& line) {
    std::string clean;
    for (char c : line) {
        if (c == '\t')
            clean += ' ';
        else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)
            clean += c;
    }
    while (!clean.empty() && clean.back() == ' ')
        clean.pop_back();
    std::size_t start = 0;
    while (start < clean.size() && clean[start] == ' ')
        ++start;
    for (const char* marker : {"- ", "* ", "\u2022 "}) {
        const std::string m(marker);
        if (clean.compare(start, m.size(), m) == 0)
            return clean.substr(0, start) + kBullet + clean.substr(start + m.size());
    }
    return clean;
}

/// `text` as lines: the first starts with `first`, the ones after a typed line break with `rest`.
/// No wrapping: a chat bubble or an e-mail wraps to its own width.
void appendLines(std::string& out, const std::string& text, const std::string& first,
                 const std::string& rest) {
    std::size_t from = 0;
    bool firstLine = true;
    while (true) {
        const std::size_t end = text.find('\n', from);
        const std::string line = cleanLine(text.substr(from, end == std::string::npos ? end : end - from));
        if (!line.empty() || firstLine) out += (firstLine ? first : rest) + line + "\n";
        firstLine = false;
        if (end == std::string::npos) break;
        from = end + 1;
    }
}

void appendBlock(std::string& out, const ReportBlock& block) {
    if (!block.caption.empty()) appendLines(out, block.caption + ":", "", "");
    switch (block.kind) {
    case BlockKind::Paragraph:
    case BlockKind::Notice:
        for (std::size_t i = 0; i < block.items.size(); ++i) {
            if (i > 0) out += "\n";
            appendLines(out, block.items[i], "", "");
        }
        break;
    case BlockKind::Quote:
        for (const std::string& item : block.items)
            appendLines(out, "\u201C" + item + "\u201D", "", "");
        break;
    case BlockKind::Bullets:
        for (const std::string& item : block.items)
            appendLines(out, item, kBullet, "  ");
        break;
    case BlockKind::Table:
        // A table does not fit a chat bubble: one bullet per row, the other columns on one line below.
        for (const auto& row : block.table.rows) {
            // A short first cell (a grade) says what it is: "• Groep: 3", not "• 3".
            const std::string first = row.empty() ? std::string() : row[0];
            const bool labelled = block.table.kind(0) == ColumnContent::Short && !block.table.header.empty();
            appendLines(out, labelled ? block.table.header[0] + ": " + first : first, kBullet, "  ");
            std::string details;
            for (std::size_t i = 1; i < row.size(); ++i) {
                if (row[i].empty()) continue;
                if (!details.empty()) details += kJoin;
                details += (i < block.table.header.size() ? block.table.header[i] + ": " : "") + row[i];
            }
            std::string flat;
            for (char c : details)
                flat += c == '\n' ? ' ' : c;
            if (!flat.empty()) appendLines(out, flat, "  ", "  ");
        }
        break;
    }
    out += "\n";
}

} // namespace

std::string writeText(const Report& report) {
    std::string out;
    out.reserve(8 * 1024);
    appendLines(out, report.title, "", "");
    if (!report.subtitle.empty()) appendLines(out, report.subtitle, "", "");
    out += "\n";
    for (const ReportSection& section : report.sections) {
        if (!section.heading.empty()) appendLines(out, section.heading, "", "");
        for (const ReportBlock& block : section.blocks)
            appendBlock(out, block);
        if (section.blocks.empty()) out += "\n";
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

} // namespace dlg
