// The Markdown, plain-text and CSV writers.
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/report/report.h"
#include "core/report/report_writers.h"
#include "core/report/writer_csv.h"
#include "core/report/writer_markdown.h"
#include "core/report/writer_text.h"
#include "test_report_fixture.h"

namespace {

using namespace dlg;

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> found;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        found.push_back(line);
    return found;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("Markdown has headings, bullets and a table, and escapes typed markup") {
    Session session = test::reportFixture();
    session.outcomes.summaryPoints.push_back("<script>alert(1)</script> *vet* [link](x) a|b");
    session.outcomes.summaryPoints.push_back("1. geen lijst");
    session.actions[0].title = "Kosten | baten";
    const std::string md = writeMarkdown(buildReport(session, {ReportKind::Feedback, ""}));
    CHECK(md.rfind("# Terugkoppeling: Samen sterker\n\nOBS De Regenboog · 24 november 2026\n", 0) == 0);
    CHECK(contains(md, "\n## Wat we hoorden\n\n- Ouders willen weten wat er in de klas gebeurt.\n"));
    CHECK(
        contains(md, "\n### Huiswerk en leren thuis\n\n**Wat goed gaat**\n\n- De weektaak is duidelijk.\n"));
    CHECK(contains(md, "- \\<script>alert(1)\\</script> \\*vet\\* \\[link\\](x) a\\|b\n"));
    CHECK(contains(md, "- 1\\. geen lijst\n"));
    CHECK(contains(md, "| Actie | Wie | Wanneer | Stand |\n| --- | --- | --- | --- |\n"
                       "| Kosten \\| baten | directie | januari 2027 | gepland |\n"));
    CHECK(md.back() == '\n');
    // A sign at the start of a table cell is no list marker and stays as it is.
    const std::string intern = writeMarkdown(buildReport(session, {ReportKind::Internal, ""}));
    CHECK(contains(intern, "| Inloop | 15 | 10 | -5 |\n| Welkom | 5 | 13 | +8 |\n"));
    CHECK(md[md.size() - 2] != '\n');
}

TEST_CASE("plain text: one line per paragraph or bullet, tables as bullets, no control characters") {
    Session session = test::reportFixture();
    session.outcomes.summaryPoints.push_back("Met\ttab en \x01stuurteken");
    const std::string txt = writeText(buildReport(session, {ReportKind::Feedback, ""}));
    for (const std::string& line : lines(txt)) {
        CAPTURE(line);
        CHECK(line.find('\t') == std::string::npos);
        CHECK((line.empty() || line.back() != ' '));
    }
    CHECK(contains(txt, "\n\u2022 Met tab en stuurteken\n"));
    CHECK(contains(txt, "\n\u2022 Huiswerkklas starten\n  Wie: directie \u00B7 Wanneer: januari 2027 \u00B7 "
                        "Stand: gepland\n"));
    CHECK_FALSE(contains(txt, "<"));
    CHECK_FALSE(contains(txt, "**"));
}

TEST_CASE("CSV: BOM, semicolons, CRLF, quoting and formula injection neutralised") {
    CHECK(csvField("gewoon") == "gewoon");
    CHECK(csvField("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(csvField("+31 6 1234") == "'+31 6 1234");
    CHECK(csvField("-2") == "'-2");
    CHECK(csvField("@cmd") == "'@cmd");
    CHECK(csvField("\tx") == "'\tx");
    CHECK(csvField("\rx") == "\"'\rx\"");
    CHECK(csvField("a;b") == "\"a;b\"");
    CHECK(csvField("zei \"ja\"") == "\"zei \"\"ja\"\"\"");
    CHECK(csvField("regel 1\nregel 2") == "\"regel 1\nregel 2\"");
    CHECK(csvField(" spatie") == "\" spatie\"");
    CHECK(csvField("=1;2") == "\"'=1;2\"");

    Session session = test::reportFixture();
    session.actions[1].title = "=HYPERLINK(\"http://x\";\"klik\")";
    const std::string csv = writeActionCsv(buildReport(session, {ReportKind::Feedback, ""}));
    REQUIRE(csv.size() > 3);
    CHECK(csv.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(contains(csv, "\r\n"));
    CHECK_FALSE(contains(csv, "\n\n"));
    for (std::size_t i = 0; i < csv.size(); ++i)
        if (csv[i] == '\n') CHECK(csv[i - 1] == '\r');
    CHECK(csv.substr(3, csv.find("\r\n") - 3) ==
          "id;Actie;Omschrijving;Wie;Vorm van partnerschap;Wanneer;Stand;Reden vervallen;"
          "Laatste update (datum);Laatste update;Voorstel;Stemmen");
    CHECK(contains(csv, "\r\na-01;Huiswerkklas starten;;directie;didactisch;januari 2027;gepland;;2027-01-15;"
                        "Ruimte en tijden zijn rond.;Huiswerkklas op woensdag;12\r\n"));
    CHECK(contains(csv, "\r\na-02;\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";"));
    // Every action, dropped ones included, is a row.
    CHECK(lines(csv).size() == 5);
}

TEST_CASE("formats by their command-line words and the one entry point") {
    CHECK(reportFormatFromString("md") == ReportFormat::Markdown);
    CHECK(reportFormatFromString("html") == ReportFormat::Html);
    CHECK(reportFormatFromString("txt") == ReportFormat::Text);
    CHECK(reportFormatFromString("csv") == ReportFormat::Csv);
    CHECK(reportFormatFromString("pdf") == ReportFormat::Pdf);
    CHECK(reportFormatFromString("docx") == ReportFormat::Docx);
    CHECK_FALSE(reportFormatFromString("odt"));
    const Report report = buildReport(test::reportFixture(), {ReportKind::Feedback, ""});
    CHECK(writeReport(report, ReportFormat::Markdown) == writeMarkdown(report));
    CHECK(writeReport(report, ReportFormat::Csv) == writeActionCsv(report));
}
