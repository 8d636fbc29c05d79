#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/report/pdf_language.h"
#include "core/report/report_writers.h"
#include "core/report/writer_pdf.h"
#include "test_office_support.h"

// fontconfig keeps its font cache until the process ends and never frees it (pango holds it for
// the PDF writer); LeakSanitizer in the sanitizer CI build would report that cache as a leak.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}

namespace {

using namespace dlg;
using namespace dlg::test;

/// Writes `pdf` to a file in `dir` and returns the output of `tool FILE` (a poppler-utils program).
CommandResult inspect(const TempDir& dir, const std::string& pdf, const std::string& tool) {
    const auto path = dir / "report.pdf";
    writeBytes(path, pdf);
    CommandResult result = runCommand(tool + " '" + path.string() + "'");
    REQUIRE_MESSAGE(result.exitCode == 0, tool, " failed (is poppler-utils installed?): ", result.output);
    return result;
}

/// The value after "Key:" in pdfinfo's output, trimmed.
std::string infoField(const std::string& info, const std::string& key) {
    std::istringstream lines(info);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind(key + ":", 0) != 0) continue;
        const std::size_t value = line.find_first_not_of(' ', key.size() + 1);
        return value == std::string::npos ? "" : line.substr(value);
    }
    return "";
}

} // namespace

TEST_CASE("the PDF report is tagged A4 with title, language and page numbers") {
    TempDir dir("pdf");
    const Report report = hostileReport();
    const std::string pdf = writePdf(report);
    REQUIRE(pdf.rfind("%PDF-", 0) == 0);

    const std::string info = inspect(dir, pdf, "pdfinfo").output;
    CHECK_MESSAGE(!contains(info, "Syntax Error"), info);
    CHECK(infoField(info, "Tagged") == "yes");
    CHECK(contains(infoField(info, "Page size"), "(A4)"));
    CHECK(infoField(info, "Title") == report.title);
    CHECK(infoField(info, "Author") == "OBS De Regenboog");
    CHECK(contains(pdf, "/Lang (nl-NL)"));

    const int pages = std::stoi(infoField(info, "Pages"));
    inspect(dir, pdf, "pdftotext -enc UTF-8 -layout");
    const std::string extracted = readBytes(dir / "report.txt");
    CHECK(contains(extracted, report.title));
    CHECK(contains(extracted, "Ideeën van ouders"));
    CHECK(contains(extracted, "coördinatie"));
    CHECK(contains(extracted, "Pagina 1 van " + std::to_string(pages)));
    CHECK(contains(extracted, "Pagina " + std::to_string(pages) + " van " + std::to_string(pages)));
    // Typed markup is text on the page, not something that runs; the control character is gone.
    CHECK(contains(extracted, "<script>alert(1)</script> en ]]> & \"meer\" tot slot"));
}

TEST_CASE("the PDF report embeds every font it uses") {
    TempDir dir("pdf-fonts");
    const std::string fonts = inspect(dir, writePdf(hostileReport()), "pdffonts").output;
    std::istringstream lines(fonts);
    std::string line;
    int fontLines = 0;
    bool pastHeader = false;
    while (std::getline(lines, line)) {
        if (line.rfind("----", 0) == 0) {
            pastHeader = true;
            continue;
        }
        if (!pastHeader || line.empty()) continue;
        // Columns from the right: emb sub uni object generation (the type may be two words).
        std::istringstream words(line);
        std::vector<std::string> columns;
        for (std::string word; words >> word;)
            columns.push_back(word);
        REQUIRE(columns.size() >= 6);
        CHECK_MESSAGE(columns[columns.size() - 5] == "yes", "not embedded: ", line);
        CHECK_MESSAGE(contains(line, "DejaVuSans"), line);
        ++fontLines;
    }
    CHECK(fontLines >= 2); // regular and bold at least
}

TEST_CASE("a long PDF report breaks pages, repeats table headers and numbers every page") {
    Report report;
    report.title = "Terugkoppeling lange avond";
    ReportSection section;
    section.heading = "Acties";
    ReportBlock table;
    table.kind = BlockKind::Table;
    table.table.header = {"Actie", "Eigenaar", "Status"};
    for (int i = 0; i < 120; ++i)
        table.table.rows.push_back({"Actie nummer " + std::to_string(i) + " met een wat langere omschrijving",
                                    "directie", "gepland"});
    section.blocks = {table};
    report.sections = {section};
    TempDir dir("pdf-long");
    const std::string pdf = writePdf(report);
    const int pages = std::stoi(infoField(inspect(dir, pdf, "pdfinfo").output, "Pages"));
    CHECK(pages >= 3);
    inspect(dir, pdf, "pdftotext -enc UTF-8");
    const std::string text = readBytes(dir / "report.txt");
    CHECK(contains(text, "Actie nummer 119"));
    CHECK(contains(text, "Pagina " + std::to_string(pages) + " van " + std::to_string(pages)));
    // The header row starts every page: "Eigenaar" once per page.
    std::size_t headers = 0;
    for (std::size_t at = text.find("Eigenaar"); at != std::string::npos; at = text.find("Eigenaar", at + 1))
        ++headers;
    CHECK(headers == static_cast<std::size_t>(pages));
}

TEST_CASE("an English PDF report says Page X of Y and en-US") {
    Report report = buildReport(reportFixture(), {ReportKind::Feedback, ""});
    report.language = "en";
    const std::string pdf = writePdf(report);
    CHECK(contains(pdf, "/Lang (en-US)"));
    TempDir dir("pdf-en");
    inspect(dir, pdf, "pdftotext -enc UTF-8");
    CHECK(contains(readBytes(dir / "report.txt"), "Page 1 of"));
}

TEST_CASE("the document language is added as an incremental update that keeps the original") {
    // A minimal one-page PDF with a classic cross-reference table, as cairo writes it.
    std::string original = "%PDF-1.5\n";
    std::vector<std::size_t> offsets;
    for (const char* object :
         {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"}) {
        offsets.push_back(original.size());
        original += std::to_string(offsets.size()) + " 0 obj\n" + object + "\nendobj\n";
    }
    const std::size_t xref = original.size();
    original += "xref\n0 4\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        const std::string digits = std::to_string(offset);
        original += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
    }
    original += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";

    const auto updated = pdf::withDocumentLanguage(original, "nl-NL");
    REQUIRE(updated.has_value());
    CHECK(updated->rfind(original, 0) == 0); // every original byte stays where it was
    CHECK(contains(updated->substr(original.size()), "/Lang (nl-NL)"));
    TempDir dir("pdf-lang");
    const std::string info = inspect(dir, *updated, "pdfinfo").output;
    CHECK_MESSAGE(!contains(info, "rror"), info);
    CHECK(infoField(info, "Pages") == "1");
    // Not a PDF as cairo writes it: no change is attempted.
    CHECK_FALSE(pdf::withDocumentLanguage("not a pdf", "nl-NL").has_value());
}
