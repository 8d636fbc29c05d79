#include <string>

#include <doctest/doctest.h>

#include "core/report/report_writers.h"
#include "core/report/writer_docx.h"
#include "core/report/zip_writer.h"
#include "test_office_support.h"

namespace {

using namespace dlg;
using namespace dlg::test;

/// Runs tests/docx_check.py (python3 zipfile + xml.dom.minidom) on `docx`.
CommandResult checkWithPython(const std::string& docx) {
    TempDir dir("docx");
    writeBytes(dir / "report.docx", docx);
    return runCommand("python3 '" DLG_SOURCE_DIR "/tests/docx_check.py' '" + (dir / "report.docx").string() +
                      "'");
}

} // namespace

TEST_CASE("the zip writer's archive reads back entry by entry") {
    const std::string big(5000, 'a');
    const auto entries = unzipAll(writeZip({{"a.txt", "kort"}, {"map/b.xml", big}, {"leeg", ""}}));
    REQUIRE(entries.size() == 3);
    CHECK(entries.at("a.txt") == "kort");
    CHECK(entries.at("map/b.xml") == big);
    CHECK(entries.at("leeg").empty());
}

TEST_CASE("the DOCX report has the parts, styles and lists Word needs") {
    const Report report = hostileReport();
    const auto parts = unzipAll(writeDocx(report));
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                             "word/numbering.xml", "word/_rels/document.xml.rels", "docProps/core.xml"})
        CHECK_MESSAGE(parts.count(part) == 1, "missing ", part);
    const std::string& document = parts.at("word/document.xml");
    CHECK(contains(document, "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                             "Ideeën van ouders</w:t>"));
    CHECK(contains(document, "<w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">"
                             "Eerste idee: coördinatie</w:t>"));
    CHECK(contains(parts.at("word/styles.xml"), "w:styleId=\"Heading2\""));
    CHECK(contains(parts.at("word/numbering.xml"), "<w:numFmt w:val=\"bullet\"/>"));
    CHECK(contains(parts.at("docProps/core.xml"), "<dc:language>nl-NL</dc:language>"));
    CHECK(contains(parts.at("docProps/core.xml"), "<dc:title>" + report.title + "</dc:title>"));
}

TEST_CASE("typed text in a DOCX is escaped and cleaned, never markup") {
    const std::string document = unzipAll(writeDocx(hostileReport())).at("word/document.xml");
    CHECK(contains(
        document, "Notitie &lt;script&gt;alert(1)&lt;/script&gt; en ]]&gt; &amp; &quot;meer&quot; tot slot"));
    CHECK_FALSE(contains(document, "<script>"));
    CHECK_FALSE(contains(document, "]]>"));
    CHECK_FALSE(contains(document, "\x01"));
}

TEST_CASE("python3 reads the DOCX report: valid zip, every XML part well-formed") {
    const CommandResult result = checkWithPython(writeDocx(hostileReport()));
    CHECK_MESSAGE(result.exitCode == 0, result.output);
}

TEST_CASE("the sample evening exports in every kind and format") {
    const Session session = reportFixture();
    for (ReportKind kind : {ReportKind::Feedback, ReportKind::Progress, ReportKind::Internal}) {
        const Report report = buildReport(session, {kind, ""});
        for (ReportFormat format : {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Text,
                                    ReportFormat::Csv, ReportFormat::Pdf, ReportFormat::Docx}) {
            CAPTURE(toString(kind));
            CAPTURE(toString(format));
            REQUIRE(reportFormatFromString(toString(format)) == format);
            const std::string bytes = writeReport(report, format);
            REQUIRE_FALSE(bytes.empty());
            if (format == ReportFormat::Pdf) {
                CHECK(bytes.rfind("%PDF-", 0) == 0);
                CHECK(bytes.find("%%EOF") != std::string::npos);
            } else if (format == ReportFormat::Docx) {
                const CommandResult result = checkWithPython(bytes);
                CHECK_MESSAGE(result.exitCode == 0, result.output);
            } else if (format != ReportFormat::Csv) {
                CHECK(contains(bytes, report.title.substr(0, 10)));
            }
        }
    }
}
