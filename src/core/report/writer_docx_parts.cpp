#include "core/report/writer_docx_parts.h"

namespace dlg::docx {
namespace {

constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// One paragraph style. `paragraph` and `run` are the inner XML of <w:pPr> and <w:rPr>.
std::string paragraphStyle(const char* id, const char* name, const char* paragraph, const char* run) {
    return std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + id + "\"><w:name w:val=\"" + name +
           "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>" + paragraph +
           "</w:pPr><w:rPr>" + run + "</w:rPr></w:style>";
}

std::string pageField(const char* field) {
    return std::string(
               "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ") +
           field +
           " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

} // namespace

std::string languageTag(const Report& report) {
    return report.language == "en" ? "en-US" : "nl-NL";
}

void appendXmlEscaped(std::string& out, const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '&':
            out += "&amp;";
            continue;
        case '<':
            out += "&lt;";
            continue;
        case '>':
            out += "&gt;"; // also breaks up "]]>", which XML forbids in character data
            continue;
        case '"':
            out += "&quot;";
            continue;
        default:
            break;
        }
        if (c < 0x20 && c != '\t' && c != '\n') continue;
        if (c == 0x7F) continue;
        // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters.
        if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
}

std::string contentTypesXml() {
    return std::string(kXmlDeclaration) +
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/word/document.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/"
           ">"
           "<Override PartName=\"/word/styles.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
           "<Override PartName=\"/word/numbering.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
           "<Override PartName=\"/word/footer1.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
           "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
           "</Types>";
}

std::string packageRelsXml() {
    return std::string(kXmlDeclaration) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
           "Target=\"word/document.xml\"/>"
           "<Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
           "Target=\"docProps/core.xml\"/>"
           "</Relationships>";
}

std::string documentRelsXml() {
    return std::string(kXmlDeclaration) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
           "Target=\"styles.xml\"/>"
           "<Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
           "Target=\"numbering.xml\"/>"
           "<Relationship Id=\"rId3\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
           "Target=\"footer1.xml\"/>"
           "</Relationships>";
}

std::string stylesXml(const Report& report) {
    const std::string lang = languageTag(report);
    std::string out = std::string(kXmlDeclaration) + "<w:styles xmlns:w=\"" + kWordNamespace + "\">";
    // Sizes are in half points, spacing in twentieths of a point.
    out += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" "
           "w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang "
           "w:val=\"" +
           lang +
           "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" "
           "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
           "<w:qFormat/></w:style>";
    out += paragraphStyle("Title", "Title", "<w:spacing w:after=\"60\"/>", "<w:b/><w:sz w:val=\"36\"/>");
    out +=
        paragraphStyle("Subtitle", "Subtitle", "<w:spacing w:after=\"240\"/>", "<w:color w:val=\"444444\"/>");
    out += paragraphStyle(
        "Heading1", "heading 1",
        "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
        "<w:b/><w:sz w:val=\"28\"/>");
    out +=
        paragraphStyle("Heading2", "heading 2",
                       "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>",
                       "<w:b/><w:sz w:val=\"24\"/>");
    out += paragraphStyle("ListParagraph", "List Paragraph",
                          "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>", "");
    out += paragraphStyle(
        "Quote", "Quote",
        "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"999999\"/></w:pBdr>"
        "<w:ind w:left=\"567\"/>",
        "<w:i/>");
    out += paragraphStyle("BlockCaption", "Block caption",
                          "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"40\"/>", "<w:b/>");
    out += paragraphStyle("Notice", "Notice",
                          "<w:pBdr><w:top w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA0000\"/>"
                          "<w:left w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA0000\"/>"
                          "<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA0000\"/>"
                          "<w:right w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA0000\"/></w:pBdr>",
                          "<w:b/>");
    out += paragraphStyle("Footer", "footer", "<w:jc w:val=\"center\"/>", "<w:sz w:val=\"18\"/>");
    out += "</w:styles>";
    return out;
}

std::string numberingXml() {
    return std::string(kXmlDeclaration) + "<w:numbering xmlns:w=\"" + kWordNamespace +
           "\"><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
           "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText "
           "w:val=\"\u2022\"/>"
           "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
           "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

std::string footerXml(const Report& report) {
    const bool english = report.language == "en";
    return std::string(kXmlDeclaration) + "<w:ftr xmlns:w=\"" + kWordNamespace +
           "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" +
           (english ? "Page " : "Pagina ") + "</w:t></w:r>" + pageField("PAGE") +
           "<w:r><w:t xml:space=\"preserve\">" + (english ? " of " : " van ") + "</w:t></w:r>" +
           pageField("NUMPAGES") + "</w:p></w:ftr>";
}

std::string corePropertiesXml(const Report& report) {
    std::string out = std::string(kXmlDeclaration) +
                      "<cp:coreProperties "
                      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                      "<dc:title>";
    appendXmlEscaped(out, report.title);
    out += "</dc:title><dc:subject>";
    appendXmlEscaped(out, report.subtitle);
    out += "</dc:subject><dc:creator>dialoogavond</dc:creator><dc:language>" + languageTag(report) +
           "</dc:language></cp:coreProperties>";
    return out;
}

} // namespace dlg::docx
