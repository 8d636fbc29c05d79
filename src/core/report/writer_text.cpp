#include "core/report/writer_text.h"

#include <algorithm>
#include <vector>

namespace dlg {
namespace {

/// School apps show about this many characters on a phone before wrapping badly themselves.
constexpr std::size_t kLineWidth = 72;

std::size_t codePoints(const std::string& text) {
    std::size_t count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

/// Words of one line of text, with tabs as spaces and other control characters dropped.
std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> found;
    std::string word;
    for (char c : line) {
        if (c == ' ' || c == '\t') {
            if (!word.empty()) found.push_back(std::move(word));
            word.clear();
        } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
            word += c;
        }
    }
    if (!word.empty()) found.push_back(std::move(word));
    return found;
}

/// `text` wrapped at kLineWidth: the first line starts with `first`, the next ones with `rest`
/// (same width, so bullets hang). A line break in the text starts a new line; a word longer than
/// the line (a web address) is not broken.
void appendWrapped(std::string& out, const std::string& text, const std::string& first,
                   const std::string& rest) {
    std::string line = first;
    std::size_t width = codePoints(first);
    bool lineHasWord = false;
    auto flush = [&] {
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
        line = rest;
        width = codePoints(rest);
        lineHasWord = false;
    };
    std::size_t from = 0;
    while (true) {
        const std::size_t end = text.find('\n', from);
        for (const std::string& word :
             words(text.substr(from, end == std::string::npos ? end : end - from))) {
            const std::size_t length = codePoints(word);
            if (lineHasWord && width + 1 + length > kLineWidth) flush();
            if (lineHasWord) {
                line += ' ';
                ++width;
            }
            line += word;
            width += length;
            lineHasWord = true;
        }
        if (end == std::string::npos) break;
        if (lineHasWord) flush();
        from = end + 1;
    }
    if (lineHasWord || line != rest) flush();
}

void appendUnderlined(std::string& out, const std::string& heading, char mark) {
    appendWrapped(out, heading, "", "");
    out += std::string(std::min(codePoints(heading), kLineWidth), mark) + "\n";
}

void appendBlock(std::string& out, const ReportBlock& block) {
    if (!block.caption.empty()) appendWrapped(out, block.caption + ":", "", "");
    switch (block.kind) {
    case BlockKind::Paragraph:
    case BlockKind::Notice:
        for (const std::string& item : block.items)
            appendWrapped(out, item, "", "");
        break;
    case BlockKind::Quote:
        for (const std::string& item : block.items)
            appendWrapped(out, "\"" + item + "\"", "  ", "  ");
        break;
    case BlockKind::Bullets:
        for (const std::string& item : block.items)
            appendWrapped(out, item, "- ", "  ");
        break;
    case BlockKind::Table:
        // A table does not fit a phone: one bullet per row, the other columns as "Wie: ..." lines.
        for (const auto& row : block.table.rows) {
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (i == 0) {
                    appendWrapped(out, row[0], "- ", "  ");
                } else if (!row[i].empty()) {
                    const std::string label =
                        i < block.table.header.size() ? block.table.header[i] + ": " : "";
                    appendWrapped(out, label + row[i], "  ", "    ");
                }
            }
        }
        break;
    }
    out += "\n";
}

} // namespace

std::string writeText(const Report& report) {
    std::string out;
    out.reserve(8 * 1024);
    appendUnderlined(out, report.title, '=');
    if (!report.subtitle.empty()) appendWrapped(out, report.subtitle, "", "");
    out += "\n";
    for (const ReportSection& section : report.sections) {
        if (!section.heading.empty()) {
            if (section.level <= 2)
                appendUnderlined(out, section.heading, '-');
            else
                appendWrapped(out, "» " + section.heading, "", "  ");
        }
        for (const ReportBlock& block : section.blocks)
            appendBlock(out, block);
        if (section.blocks.empty()) out += "\n";
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

} // namespace dlg
