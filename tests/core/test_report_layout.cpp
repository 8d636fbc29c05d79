// Layout of the reports in real clients (issue 19): places named as a person would, table
// headings and leaders, planned dates, the paste-ready text export, typed bullets in Markdown,
// column widths by content in DOCX and PDF, and dates and names never broken in the PDF.
#include <doctest/doctest.h>

#include <regex>

#include "core/report/report_places.h"
#include "core/report/report_writers.h"
#include "core/report/table_layout.h"
#include "core/report/writer_docx.h"
#include "core/report/writer_markdown.h"
#include "core/report/writer_pdf.h"
#include "core/report/writer_text.h"
#include "test_layout_support.h"
#include "test_office_support.h"

namespace {

using namespace dlg;
using namespace dlg::test;

const ReportBlock* firstTable(const Report& report, const std::string& heading) {
    for (const ReportSection& section : report.sections)
        if (section.heading == heading)
            for (const ReportBlock& block : section.blocks)
                if (block.kind == BlockKind::Table) return &block;
    return nullptr;
}

std::vector<std::string> headings(const Report& report) {
    std::vector<std::string> found;
    for (const ReportSection& section : report.sections)
        found.push_back(section.heading);
    return found;
}

} // namespace

TEST_CASE("privacy finds are placed as a person would say it, in the session's language") {
    Session session = reportFixture();
    session.tables[0].name = "Tafel 1";
    const PrivacyHit hit{"outcomes.tables[0].goesWell[0]", PersonalDataKind::ParentName, "Jan de Vries", 0};
    CHECK(describeHit(session, hit, "nl") ==
          "Tafel 1 · Wat gaat goed · punt 1: naam van een ouder \"Jan de Vries\"");
    CHECK(describeHit(session, hit, "en") ==
          "Tafel 1 · What goes well · point 1: name of a parent \"Jan de Vries\"");
    CHECK(placeOf(session, "outcomes.tables[1].ideas[2]", "nl") == "Tafel Blauw · Ideeën · punt 3");
    CHECK(placeOf(session, "outcomes.tables[1].proposals[0].text", "nl") == "Tafel Blauw · Voorstel 1");
    CHECK(placeOf(session, "outcomes.summaryPoints[1]", "nl") == "Samenvatting · punt 2");
    CHECK(placeOf(session, "outcomes.keepInTouch", "en") == "How we keep in touch");
    CHECK(placeOf(session, "actions[2].owner", "nl") == "Actiepunt 3 · wie");
    CHECK(placeOf(session, "actions[0].updates[1].text", "nl") == "Actiepunt 1 · voortgang 2");
    CHECK(placeOf(session, "meta.title", "nl") == "Titel van de avond");
    CHECK(placeOf(session, "something[0].else", "nl") == "something[0].else");
    CHECK(tableTitle("Table 3", 0, "nl") == "Table 3");
    CHECK(tableTitle("tafel 3", 0, "en") == "tafel 3");
    CHECK(tableTitle("Tafelberg", 0, "nl") == "Tafel Tafelberg");
    CHECK(tableTitle("", 4, "nl") == "Tafel 5");
}

TEST_CASE("intern: table headings say \"Tafel\" once and the leader comes from the indeling if not typed") {
    Session session = reportFixture();
    session.tables[0].name = "Tafel 1";
    session.outcomes.tables[1].leader.clear(); // table Blauw, leaderId p-06 (Marieke Jansen)
    const Report report = buildReport(session, {ReportKind::Internal, ""});
    const auto all = headings(report);
    CHECK(std::find(all.begin(), all.end(), "Tafel 1") != all.end());
    CHECK(std::find(all.begin(), all.end(), "Tafel Blauw") != all.end());
    CHECK(reportTexts(report).find("Tafel Tafel") == std::string::npos);
    CHECK(contains(reportTexts(report), "Tafelleider: Marieke Jansen."));
    CHECK(contains(reportTexts(report), "Tafelleider: Tom Peeters."));
}

TEST_CASE("planned dates read like the other dates, and the CSV keeps them sortable") {
    Session session = reportFixture();
    session.actions[0].planned = "2027-01-23";
    const Report report = buildReport(session, {ReportKind::Feedback, ""});
    const ReportBlock* table = firstTable(report, "Wat de school gaat doen");
    REQUIRE(table != nullptr);
    CHECK(table->table.rows[0][2] == "23 januari 2027");
    CHECK(table->table.rows[1][2] == "vanaf december"); // typed text stays as typed
    CHECK(table->table.kind(2) == ColumnContent::Date);
    CHECK(contains(writeReport(report, ReportFormat::Csv), ";2027-01-23;"));
    session.meta.language = "en";
    CHECK(firstTable(buildReport(session, {ReportKind::Feedback, ""}), "What the school will do")
              ->table.rows[0][2] == "23 January 2027");
}

TEST_CASE("the text export is paste-ready: short paragraphs, bullets, no fixed wrap, nothing escaped") {
    Session session = reportFixture();
    const std::string longPoint =
        "Een heel lang punt dat ouders noemden tijdens de samenvatting, zo lang dat het in een chatbericht "
        "vanzelf over meer regels loopt en dus niet door ons wordt afgebroken.";
    session.outcomes.summaryPoints.push_back(longPoint);
    session.outcomes.summaryPoints.push_back("Twee dingen:\n- eerder bericht\n* vaste dag");
    session.outcomes.keepInTouch = "Via Parro.\n- elke vrijdag\n- en in de nieuwsbrief";
    const std::string txt = writeText(buildReport(session, {ReportKind::Feedback, ""}));
    CHECK(txt.rfind("Terugkoppeling: Samen sterker\nOBS De Regenboog · 24 november 2026\n\n", 0) == 0);
    CHECK(contains(txt, "\nWat we hoorden\n• Ouders willen weten wat er in de klas gebeurt.\n"));
    CHECK(contains(txt, "\n• " + longPoint + "\n"));
    CHECK(contains(txt, "\n• Twee dingen:\n  • eerder bericht\n  • vaste dag\n"));
    CHECK(contains(txt, "\nZo houden we contact\nVia Parro.\n• elke vrijdag\n• en in de nieuwsbrief"));
    CHECK(contains(txt,
                   "\n• Huiswerkklas starten\n  Wie: directie · Wanneer: januari 2027 · Stand: gepland\n"));
    CHECK(contains(
        txt, "\n\nPer thema\n\nHuiswerk en leren thuis\nWat goed gaat:\n• De weektaak is duidelijk.\n"));
    for (const char* markup : {"**", "##", "| ", "\\-", "\\", "===", "---", "\n- "}) {
        CAPTURE(markup);
        CHECK_FALSE(contains(txt, markup));
    }
    CHECK_FALSE(contains(txt, " \n")); // no trailing spaces
    CHECK_FALSE(contains(txt, "\n\n\n"));
}

TEST_CASE("Markdown stays Markdown, and list lines typed in a text stay a list") {
    Session session = reportFixture();
    session.outcomes.keepInTouch = "Via Parro:\n- elke vrijdag\n- en in de nieuwsbrief";
    session.outcomes.summaryPoints.push_back("- geen lijst in een lijst");
    const std::string md = writeMarkdown(buildReport(session, {ReportKind::Feedback, ""}));
    CHECK(
        contains(md, "## Zo houden we contact\n\nVia Parro:  \n- elke vrijdag  \n- en in de nieuwsbrief\n"));
    CHECK_FALSE(contains(md, "\\- elke vrijdag"));
    CHECK(contains(md, "\n- \\- geen lijst in een lijst\n")); // a bullet's own first line stays text
    CHECK(contains(md, "| Actie | Wie | Wanneer | Stand |\n| --- | --- | --- | --- |\n"));
}

TEST_CASE("dates are kept together and columns fit their content") {
    CHECK(keepDatesTogether("op 23 januari 2027: klaar") == "op 23\u00A0januari\u00A02027: klaar");
    CHECK(keepDatesTogether("3 March 2027") == "3\u00A0March\u00A02027");
    CHECK(keepDatesTogether("groep 23 en 2027, 123 januari 2027") == "groep 23 en 2027, 123 januari 2027");
    CHECK(cellForLayout("gaat niet door", ColumnContent::Short) == "gaat\u00A0niet\u00A0door");
    CHECK(cellForLayout("Marloes van den Heuvel", ColumnContent::Name) == "Marloes van den Heuvel");
    CHECK(cellForLayout("op 3 maart 2027", ColumnContent::Date) == "op 3\u00A0maart\u00A02027");
    CHECK(cellForLayout(std::string(40, 'x') + " y", ColumnContent::Short) == std::string(40, 'x') + " y");

    const std::vector<bool> nameAndText = {true, false};
    // Everything fits on one line: the text column takes the room left.
    auto widths = fitColumns({10, 10}, {20, 60}, nameAndText, 160);
    CHECK(widths[0] == doctest::Approx(20));
    CHECK(widths[1] == doctest::Approx(140));
    // Not everything fits: minimums kept, the name column served up to one line first, the text
    // column gets the rest.
    widths = fitColumns({30, 20}, {80, 220}, nameAndText, 160);
    CHECK(widths[0] == doctest::Approx(80));
    CHECK(widths[1] == doctest::Approx(80));
    widths = fitColumns({30, 20}, {200, 220}, nameAndText, 160);
    CHECK(widths[0] == doctest::Approx(140));
    CHECK(widths[1] == doctest::Approx(20));
    // Not even the minimums fit: the text column gives way, unless the name alone overflows.
    widths = fitColumns({100, 100}, {200, 200}, nameAndText, 150);
    CHECK(widths[0] == doctest::Approx(100));
    CHECK(widths[1] == doctest::Approx(50));
    widths = fitColumns({200, 100}, {200, 200}, nameAndText, 150);
    CHECK(widths[0] == doctest::Approx(100));
    CHECK(widths[1] == doctest::Approx(50));
}

TEST_CASE("DOCX: column widths by content with auto-fit, dates kept on one line") {
    const Session session = bench::largeEvening();
    const Report report = buildReport(session, {ReportKind::Internal, ""});
    const auto parts = unzipAll(writeDocx(report));
    const std::string& xml = parts.at("word/document.xml");
    CHECK(contains(xml, "<w:tblLayout w:type=\"autofit\"/>"));
    // The actions table (Actie, Wie, Wanneer, Stand, Laatste update): text wide, date and status narrow.
    const std::size_t table = xml.find("<w:tblGrid>", xml.find(">Wat de school gaat doen<"));
    REQUIRE(table != std::string::npos);
    std::vector<int> grid;
    const std::regex column("<w:gridCol w:w=\"([0-9]+)\"/>");
    const std::string gridXml = xml.substr(table, xml.find("</w:tblGrid>", table) - table);
    for (auto it = std::sregex_iterator(gridXml.begin(), gridXml.end(), column); it != std::sregex_iterator();
         ++it)
        grid.push_back(std::stoi((*it)[1]));
    REQUIRE(grid.size() == 5);
    CHECK(grid[0] > grid[2]);
    CHECK(grid[0] > grid[3]);
    CHECK(grid[4] > grid[3]);
    CHECK(grid[0] + grid[1] + grid[2] + grid[3] + grid[4] <= 11906 - 2 * 1021);
    CHECK(grid[1] != grid[3]); // not one width for all
    CHECK(contains(xml, "\u00A0januari\u00A02027</w:t>"));
    CHECK(contains(xml, "<w:tblCellMar>"));
}

TEST_CASE("PDF of the large intern report: no date, name or long word broken (poppler)") {
    const Session session = bench::largeEvening();
    const Report report = buildReport(session, {ReportKind::Internal, ""});
    TempDir dir("pdf-layout");
    const auto path = dir / "intern.pdf";
    writeBytes(path, writePdf(report));
    const CommandResult text = runCommand("pdftotext -enc UTF-8 '" + path.string() + "' -");
    REQUIRE_MESSAGE(text.exitCode == 0, "pdftotext failed (is poppler-utils installed?): ", text.output);
    const std::string extracted = withPlainSpaces(text.output);
    const std::string expected = reportTexts(report);
    std::size_t checked = 0;
    for (const std::string& word : wordsThatMustStayWhole(session, report)) {
        const std::size_t wanted = occurrences(expected, word);
        if (wanted == 0) continue;
        CAPTURE(word);
        CHECK(occurrences(extracted, word) == wanted);
        ++checked;
    }
    CHECK(checked > 40); // names, written dates and long words were really looked for
    // Nothing hyphenated by the layout: a name or date split with a hyphen would read "Marlo-" + "es".
    const std::regex splitDate("[0-9]{4}-[0-9]{2}-[0-9]?\n");
    CHECK_FALSE(std::regex_search(extracted, splitDate));
}
