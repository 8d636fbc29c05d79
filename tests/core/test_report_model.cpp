// The report model: counts, ranking, since-filter, sections per kind, the texts handed to the
// privacy scan.
#include <algorithm>

#include <doctest/doctest.h>

#include "core/report/report.h"
#include "core/model/validate.h"
#include "test_report_fixture.h"

namespace {

using namespace dlg;

const ReportSection* findSection(const Report& report, const std::string& heading) {
    for (const ReportSection& section : report.sections)
        if (section.heading == heading) return &section;
    return nullptr;
}

const ReportBlock* findBlock(const ReportSection& section, const std::string& caption) {
    for (const ReportBlock& block : section.blocks)
        if (block.caption == caption) return &block;
    return nullptr;
}

/// The first paragraph of a section.
std::string paragraph(const Report& report, const std::string& heading) {
    const ReportSection* section = findSection(report, heading);
    REQUIRE(section);
    REQUIRE(!section->blocks.empty());
    REQUIRE(!section->blocks[0].items.empty());
    return section->blocks[0].items[0];
}

std::vector<std::string> columnOf(const ReportTable& table, std::size_t column) {
    std::vector<std::string> values;
    for (const auto& row : table.rows)
        values.push_back(row.at(column));
    return values;
}

} // namespace

TEST_CASE("the report fixture is a valid session") {
    const Problems problems = validate(test::reportFixture());
    for (const Problem& problem : problems)
        MESSAGE(describe(problem));
    CHECK(problems.empty());
}

TEST_CASE("terugkoppeling counts the people present, as numbers only") {
    const Report report = buildReport(test::reportFixture(), {ReportKind::Feedback, ""});
    CHECK(report.title == "Terugkoppeling: Samen sterker");
    CHECK(report.subtitle == "OBS De Regenboog · 24 november 2026");
    // Present: Fatma, Jan and Pieter (a walk-in); staff Marieke and Tom.
    CHECK(paragraph(report, "De avond") == "Aanwezig: 3 ouders en 2 medewerkers.");
    CHECK_FALSE(report.containsPersonalData);
}

TEST_CASE("before anyone is checked in, terugkoppeling counts the registrations") {
    Session session = test::reportFixture();
    for (Participant& p : session.participants)
        p.present = false;
    session.participants[0].rsvp = Rsvp::Invited;
    const Report report = buildReport(session, {ReportKind::Feedback, ""});
    // Registered parents: Jan and Anna; staff: Marieke, Tom and Els.
    CHECK(paragraph(report, "De avond") == "Aangemeld: 2 ouders en 3 medewerkers.");
}

TEST_CASE("one parent is counted in the singular") {
    Session session = test::reportFixture();
    for (Participant& p : session.participants)
        p.present = p.id == "p-02" || p.id == "p-06";
    const Report report = buildReport(session, {ReportKind::Feedback, ""});
    CHECK(paragraph(report, "De avond") == "Aanwezig: 1 ouder en 1 medewerker.");
}

TEST_CASE("per theme the points of its tables and the proposals ranked by votes") {
    const Report report = buildReport(test::reportFixture(), {ReportKind::Feedback, ""});
    const ReportSection* theme = findSection(report, "Huiswerk en leren thuis");
    REQUIRE(theme);
    CHECK(theme->level == 3);
    const ReportBlock* proposals = findBlock(*theme, "Voorstellen, met het aantal stemmen");
    REQUIRE(proposals);
    CHECK(proposals->items == std::vector<std::string>{"Huiswerkklas op woensdag (12 stemmen)",
                                                       "Uitlegfilmpjes over de rekenmethode (5 stemmen)"});
    const ReportBlock* difficult = findBlock(*theme, "Wat lastig is");
    REQUIRE(difficult);
    CHECK(difficult->items == std::vector<std::string>{"Ouders weten niet hoe ze kunnen helpen."});
    // The second table has no themeId of its own: its table's theme counts.
    const ReportSection* contact = findSection(report, "Contact tussen ouders en school");
    REQUIRE(contact);
    REQUIRE(findBlock(*contact, "Ideeën"));
    CHECK(findBlock(*contact, "Ideeën")->items ==
          std::vector<std::string>{"Elke vrijdag een kort bericht uit de klas."});
}

TEST_CASE(
    "what the school will do: actions with owner and moment, open proposals by votes, dropped with reason") {
    const Report report = buildReport(test::reportFixture(), {ReportKind::Feedback, ""});
    const ReportSection* willDo = findSection(report, "Wat de school gaat doen");
    REQUIRE(willDo);
    REQUIRE(willDo->blocks.size() == 1);
    const ReportTable& table = willDo->blocks[0].table;
    CHECK(table.header == std::vector<std::string>{"Actie", "Wie", "Wanneer", "Stand"});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0] ==
          std::vector<std::string>{"Huiswerkklas starten", "directie", "januari 2027", "gepland"});
    CHECK(table.rows[2][3] == "klaar");

    // pr-02 became action a-01, so only pr-01 (5) and pr-03 (3) are still open, most votes first.
    const ReportSection* open = findSection(report, "Andere voorstellen");
    REQUIRE(open);
    REQUIRE(open->blocks.size() == 2);
    CHECK(open->blocks[1].items == std::vector<std::string>{"Uitlegfilmpjes over de rekenmethode (5 stemmen)",
                                                            "Vaste inloop op maandagochtend (3 stemmen)"});
    CHECK(paragraph(report, "Wat niet doorgaat") ==
          "Koffieochtend elke week. Reden: Te weinig aanmeldingen.");
    CHECK(paragraph(report, "Zo houden we contact") == "U leest de voortgang in de nieuwsbrief.");
}

TEST_CASE("equal votes keep the order in which the proposals were written down") {
    Session session = test::reportFixture();
    session.outcomes.tables[0].proposals[0].votes = 12; // same as pr-02, which comes after it
    session.actions[0].sourceProposalId.clear();
    const Report report = buildReport(session, {ReportKind::Feedback, ""});
    const ReportSection* open = findSection(report, "Andere voorstellen");
    REQUIRE(open);
    const auto& items = open->blocks[1].items;
    REQUIRE(items.size() == 3);
    CHECK(items[0].rfind("Uitlegfilmpjes", 0) == 0);
    CHECK(items[1].rfind("Huiswerkklas", 0) == 0);
}

TEST_CASE("voortgang shows only actions with an update on or after --since") {
    const Session session = test::reportFixture();
    const Report report = buildReport(session, {ReportKind::Progress, "2027-01-15"});
    CHECK(report.title == "Voortgang: Samen sterker");
    // a-01 has an update on 2027-01-15 (the date itself counts), a-04 on 2027-02-01; a-02 only in 2026.
    CHECK(columnOf(report.actionList, 0) == std::vector<std::string>{"a-01", "a-04"});
    const ReportSection* done = findSection(report, "Klaar");
    REQUIRE(done);
    REQUIRE(done->blocks.size() == 1);
    CHECK(done->blocks[0].caption == "Uitleg rekenmethode op de website (wie: team bovenbouw)");
    CHECK(done->blocks[0].items == std::vector<std::string>{"1 februari 2027: De uitleg staat online."});
    const ReportSection* planned = findSection(report, "Gepland");
    REQUIRE(planned);
    // The older update of a-01 is not news any more.
    CHECK(planned->blocks[0].items ==
          std::vector<std::string>{"15 januari 2027: Ruimte en tijden zijn rond."});
    CHECK_FALSE(findSection(report, "Bezig"));
    // Finished work comes first.
    CHECK(report.sections[1].heading == "Klaar");
}

TEST_CASE("voortgang without --since starts at the evening, after the last update it says there is no news") {
    const Session session = test::reportFixture();
    const Report all = buildReport(session, {ReportKind::Progress, ""});
    CHECK(columnOf(all.actionList, 0) == std::vector<std::string>{"a-01", "a-02", "a-04"});
    const Report none = buildReport(session, {ReportKind::Progress, "2027-03-01"});
    CHECK(none.actionList.rows.empty());
    REQUIRE(none.sections[0].blocks.size() == 2);
    CHECK(none.sections[0].blocks[1].items[0] == "Sinds 1 maart 2027 is er nog geen nieuws over de acties.");
}

TEST_CASE("intern adds the personal-data notice, attendance by grade, timing, leaders, quotes and notes") {
    const Report report = buildReport(test::reportFixture(), {ReportKind::Internal, ""});
    CHECK(report.containsPersonalData);
    REQUIRE(!report.sections.empty());
    CHECK(report.sections[0].blocks[0].kind == BlockKind::Notice);

    const ReportSection* attendance = findSection(report, "Aanwezigheid per groep");
    REQUIRE(attendance);
    const ReportTable& grades = attendance->blocks[0].table;
    // Grade 3: Fatma and Anna; grade 5: Fatma, Jan and Sanne; grade 8: Pieter (a walk-in).
    CHECK(columnOf(grades, 0) == std::vector<std::string>{"3", "5", "8"});
    CHECK(grades.rows[0] == std::vector<std::string>{"3", "2", "2", "1"});
    CHECK(grades.rows[1] == std::vector<std::string>{"5", "3", "2", "2"});
    CHECK(grades.rows[2] == std::vector<std::string>{"8", "1", "0", "1"});
    CHECK(attendance->blocks[1].items[0] == "Medewerkers: 2 aanwezig, 3 aangemeld.");

    const ReportSection* timing = findSection(report, "Tijd: gepland en werkelijk");
    REQUIRE(timing);
    const ReportTable& phases = timing->blocks[0].table;
    // Inloop 600 s; Welkom 900 s minus a 100 s pause = 800 s (13 min); Dialoog 500 s (8 min).
    REQUIRE(phases.rows.size() == 3);
    CHECK(phases.rows[0] == std::vector<std::string>{"Inloop", "15", "10", "-5"});
    CHECK(phases.rows[1] == std::vector<std::string>{"Welkom", "5", "13", "+8"});
    CHECK(phases.rows[2] == std::vector<std::string>{"Dialoog", "45", "8", "-37"});

    const ReportSection* red = findSection(report, "Tafel Rood");
    REQUIRE(red);
    bool leader = false, quote = false, notes = false;
    for (const ReportBlock& block : red->blocks) {
        leader = leader || block.items[0] == "Tafelleider: Tom Peeters.";
        quote = quote || (block.kind == BlockKind::Quote &&
                          block.items[0].find("snap de sommen") != std::string::npos);
        notes = notes || block.items[0] == "Veel vragen over groep 5.";
    }
    CHECK(leader);
    CHECK(quote);
    CHECK(notes);
}

TEST_CASE("intern without a run log says there are no actual times") {
    Session session = test::reportFixture();
    session.run.events.clear();
    const Report report = buildReport(session, {ReportKind::Internal, ""});
    CHECK(paragraph(report, "Tijd: gepland en werkelijk") ==
          "De avond is niet met het programma bijgehouden. Er zijn geen werkelijke tijden.");
}

TEST_CASE("an evening in English gets English fixed texts") {
    Session session = test::reportFixture();
    session.meta.language = "en";
    const Report report = buildReport(session, {ReportKind::Feedback, ""});
    CHECK(report.language == "en");
    CHECK(report.title == "Feedback: Samen sterker");
    CHECK(report.subtitle == "OBS De Regenboog · 24 November 2026");
    CHECK(paragraph(report, "The evening") == "Present: 3 parents and 2 staff members.");
    CHECK(findSection(report, "What the school will do"));
}

TEST_CASE("every typed text in the report is handed to the privacy scan with its JSON path") {
    const Report report = buildReport(test::reportFixture(), {ReportKind::Feedback, ""});
    auto has = [&](const std::string& path, const std::string& text) {
        return std::any_of(report.sourceTexts.begin(), report.sourceTexts.end(),
                           [&](const SourceText& s) { return s.path == path && s.text == text; });
    };
    CHECK(has("outcomes.tables[1].ideas[0]", "Elke vrijdag een kort bericht uit de klas."));
    CHECK(has("outcomes.summaryPoints[1]", "Huiswerk zorgt thuis soms voor spanning."));
    CHECK(has("actions[3].updates[0].text", "De uitleg staat online."));
    CHECK(has("outcomes.tables[0].proposals[1].text", "Huiswerkklas op woensdag"));
    // Table leaders, quotes and notes are not in terugkoppeling, so they are not scanned for it.
    CHECK_FALSE(has("outcomes.tables[0].leader", "Tom Peeters"));
    CHECK_FALSE(has("outcomes.tables[0].notes", "Veel vragen over groep 5."));
    const auto owner = std::find_if(report.sourceTexts.begin(), report.sourceTexts.end(),
                                    [](const SourceText& s) { return s.path == "actions[0].owner"; });
    REQUIRE(owner != report.sourceTexts.end());
    CHECK(owner->roleField);
}

TEST_CASE("report kinds by their command-line words") {
    CHECK(reportKindFromString("terugkoppeling") == ReportKind::Feedback);
    CHECK(reportKindFromString("voortgang") == ReportKind::Progress);
    CHECK(reportKindFromString("intern") == ReportKind::Internal);
    CHECK_FALSE(reportKindFromString("Intern"));
    CHECK(isPublic(ReportKind::Feedback));
    CHECK(isPublic(ReportKind::Progress));
    CHECK_FALSE(isPublic(ReportKind::Internal));
}

TEST_CASE("voortgang in English") {
    Session session = test::reportFixture();
    session.meta.language = "en";
    const Report report = buildReport(session, {ReportKind::Progress, "2027-01-01"});
    CHECK(report.title == "Progress: Samen sterker");
    REQUIRE(findSection(report, "Done"));
    CHECK(findSection(report, "Done")->blocks[0].items ==
          std::vector<std::string>{"1 February 2027: De uitleg staat online."});
    CHECK(report.actionList.header[6] == "Status");
    CHECK(report.actionList.rows[0][6] == "planned");
}

TEST_CASE("an evening without outcomes or actions still gives a complete, honest report") {
    Session session = test::reportFixture();
    session.outcomes = Outcomes{};
    session.actions.clear();
    const Report report = buildReport(session, {ReportKind::Feedback, ""});
    CHECK(paragraph(report, "Wat we hoorden") == "Nog niets ingevuld.");
    CHECK(paragraph(report, "Wat de school gaat doen") ==
          "De school kiest de acties nog. U hoort het zo snel mogelijk.");
    CHECK_FALSE(findSection(report, "Per thema"));
    CHECK_FALSE(findSection(report, "Andere voorstellen"));
    CHECK(report.actionList.rows.empty());
    CHECK(report.actionList.header.size() == 12);
}
