#include "core/report/writer_docx.h"

#include <algorithm>
#include <vector>

#include "core/report/table_layout.h"
#include "core/report/writer_docx_parts.h"
#include "core/report/zip_writer.h"

namespace dlg {
namespace {

using docx::appendXmlEscaped;

/// Width of the text area in twentieths of a point: A4 (11906) minus two margins of 18 mm (1021).
constexpr int kTextWidth = 11906 - 2 * 1021;
/// Table cells are 9 pt with 1 mm margins left and right, so five columns of A4 hold a long word
/// each. An average character of 9 pt text, taken wide (DejaVu Sans, LibreOffice's stand-in for
/// Calibri, is about 5.3 pt; Calibri 4.4 pt), and the two cell margins (2 x 57 twips) plus a
/// little slack, in characters.
constexpr double kTwipsPerCharacter = 110;
constexpr double kCellCharacters = 1.3;
constexpr double kMinimumCharacters = 4;

/// Runs for `text`: a line break becomes <w:br/>, a tab <w:tab/>. `runProperties` is the inner
/// XML of <w:rPr> (may be empty).
void appendRuns(std::string& out, const std::string& text, const char* runProperties = "") {
    out += "<w:r>";
    if (*runProperties) out += std::string("<w:rPr>") + runProperties + "</w:rPr>";
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find_first_of("\n\t", start);
        const std::string piece =
            text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!piece.empty()) {
            out += "<w:t xml:space=\"preserve\">";
            appendXmlEscaped(out, piece);
            out += "</w:t>";
        }
        if (end == std::string::npos) break;
        out += text[end] == '\n' ? "<w:br/>" : "<w:tab/>";
        start = end + 1;
    }
    out += "</w:r>";
}

/// One paragraph in style `style` ("" for Normal); `extraProperties` goes into <w:pPr>.
void appendParagraph(std::string& out, const std::string& text, const char* style,
                     const char* extraProperties = "", const char* runProperties = "") {
    out += "<w:p>";
    if (*style || *extraProperties) {
        out += "<w:pPr>";
        if (*style) out += std::string("<w:pStyle w:val=\"") + style + "\"/>";
        out += extraProperties;
        out += "</w:pPr>";
    }
    appendRuns(out, text, runProperties);
    out += "</w:p>";
}

void appendCell(std::string& out, const std::string& text, int width, bool header) {
    out += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
    if (header) out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEEEEE\"/>";
    out += "</w:tcPr>";
    appendParagraph(out, text, "", "<w:spacing w:after=\"0\"/>",
                    header ? "<w:b/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
                           : "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
    out += "</w:tc>";
}

/// Code points of `text` (its width in average characters).
double characters(const std::string& text) {
    double count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

/// Code points of the longest piece of `text` that may not be broken: a word, or a run joined by
/// no-break spaces (a date, a name kept whole).
double longestPiece(const std::string& text) {
    double longest = 0, current = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '-') {
            longest = std::max(longest, current + (c == '-' ? 1 : 0));
            current = 0;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++current;
        }
    }
    return std::max(longest, current);
}

/// Column widths in twips by content (table_layout.h), from character counts: Word and
/// LibreOffice then keep these widths, and auto-fit may still adjust them to the fonts they have.
std::vector<int> columnWidths(const ReportTable& table, const std::vector<std::vector<std::string>>& cells) {
    const std::size_t columns = table.header.size();
    std::vector<double> minimum(columns, kMinimumCharacters), natural(columns, kMinimumCharacters);
    for (const auto& row : cells) {
        for (std::size_t i = 0; i < columns; ++i) {
            double longestLine = 0;
            std::size_t from = 0;
            while (true) {
                const std::size_t end = row[i].find('\n', from);
                longestLine = std::max(longestLine, characters(row[i].substr(from, end - from)));
                if (end == std::string::npos) break;
                from = end + 1;
            }
            natural[i] = std::max(natural[i], longestLine + kCellCharacters);
            minimum[i] = std::max(minimum[i], longestPiece(row[i]) + kCellCharacters);
        }
    }
    std::vector<bool> servedFirst;
    for (std::size_t i = 0; i < columns; ++i)
        servedFirst.push_back(table.kind(i) != ColumnContent::Text);
    std::vector<int> widths;
    for (double fitted : fitColumns(minimum, natural, servedFirst, kTextWidth / kTwipsPerCharacter))
        widths.push_back(static_cast<int>(fitted * kTwipsPerCharacter));
    return widths;
}

void appendTable(std::string& out, const ReportTable& table) {
    if (table.header.empty()) return;
    std::vector<std::vector<std::string>> cells;
    cells.push_back({});
    for (const std::string& heading : table.header)
        cells.back().push_back(keepDatesTogether(heading));
    for (const auto& row : table.rows) {
        cells.emplace_back();
        for (std::size_t i = 0; i < table.header.size(); ++i)
            cells.back().push_back(cellForLayout(i < row.size() ? row[i] : std::string(), table.kind(i)));
    }
    const std::vector<int> widths = columnWidths(table, cells);
    out +=
        "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextWidth) +
        "\" w:type=\"dxa\"/><w:tblBorders>"
        "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        "</w:tblBorders><w:tblLayout w:type=\"autofit\"/>"
        "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
        "<w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
        "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (int width : widths)
        out += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
    out += "</w:tblGrid>";
    // The header row repeats on every page; no row is split over two pages.
    for (std::size_t r = 0; r < cells.size(); ++r) {
        out += r == 0 ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                      : "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for (std::size_t i = 0; i < cells[r].size(); ++i)
            appendCell(out, cells[r][i], widths[i], r == 0);
        out += "</w:tr>";
    }
    out += "</w:tbl>";
    // Word needs a paragraph between two tables, and it keeps the next caption off the border.
    appendParagraph(out, "", "", "<w:spacing w:after=\"0\"/>");
}

void appendBlock(std::string& out, const ReportBlock& block) {
    if (!block.caption.empty()) appendParagraph(out, block.caption, "BlockCaption");
    switch (block.kind) {
    case BlockKind::Paragraph:
        for (const std::string& item : block.items)
            appendParagraph(out, item, "");
        break;
    case BlockKind::Notice:
        for (const std::string& item : block.items)
            appendParagraph(out, item, "Notice");
        break;
    case BlockKind::Quote:
        for (const std::string& item : block.items)
            appendParagraph(out, item, "Quote");
        break;
    case BlockKind::Bullets:
        for (const std::string& item : block.items)
            appendParagraph(out, item, "ListParagraph",
                            "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
        break;
    case BlockKind::Table:
        appendTable(out, block.table);
        break;
    }
}

std::string documentXml(const Report& report) {
    std::string out;
    out.reserve(64 * 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>";
    appendParagraph(out, report.title, "Title");
    if (!report.subtitle.empty()) appendParagraph(out, report.subtitle, "Subtitle");
    for (const ReportSection& section : report.sections) {
        if (!section.heading.empty())
            appendParagraph(out, section.heading, section.level <= 2 ? "Heading1" : "Heading2");
        for (const ReportBlock& block : section.blocks)
            appendBlock(out, block);
    }
    // A4 portrait, margins 20 mm top/bottom and 18 mm left/right (as the HTML report).
    out +=
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1021\" w:bottom=\"1134\" "
        "w:left=\"1021\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
    return out;
}

} // namespace

std::string writeDocx(const Report& report) {
    // [Content_Types].xml first: some readers sniff the package from the first entry.
    return writeZip({
        {"[Content_Types].xml", docx::contentTypesXml()},
        {"_rels/.rels", docx::packageRelsXml()},
        {"word/document.xml", documentXml(report)},
        {"word/_rels/document.xml.rels", docx::documentRelsXml()},
        {"word/styles.xml", docx::stylesXml(report)},
        {"word/numbering.xml", docx::numberingXml()},
        {"word/footer1.xml", docx::footerXml(report)},
        {"docProps/core.xml", docx::corePropertiesXml(report)},
    });
}

} // namespace dlg
