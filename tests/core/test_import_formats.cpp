// Participant import from the file shapes schools produce: cp1252 with ';', UTF-8 with BOM and
// ',', tab-separated, quoted cells with line breaks.
#include <doctest/doctest.h>

#include "core/people/participant_import.h"
#include "core/model/utf8.h"
#include "core/model/validate.h"
#include "test_import_support.h"

using namespace dlg;
using dlg::test::findByLastName;
using dlg::test::readImportFixture;
using dlg::test::sessionWithThemes;

TEST_CASE("import: Windows-1252 file with ',' and CRLF") {
    const std::string bytes = readImportFixture("cp1252_semicolon.csv");
    REQUIRE_FALSE(isValidUtf8(bytes)); // the fixture really is cp1252
    REQUIRE(bytes.find('\xE9') != std::string::npos);

    Session session = sessionWithThemes();
    ImportReport report = importParticipants(session, bytes, "ouders.csv");
    REQUIRE(report.ok());
    CHECK(report.encoding == "Windows-1252");
    CHECK(report.delimiter == ';');
    CHECK(report.added.size() == 4);
    CHECK(report.skipped.empty());

    // UTF-8 spellings written out byte by byte: é=C3A9 è=C3A8 ü=C3BC ë=C3AB ç=C3A7 ï=C3AF Ç=C387 ’=E28099
    const Participant* helene = findByLastName(session, "M\xC3\xBCller");
    REQUIRE(helene);
    CHECK(helene->firstName == "H\xC3\xA9l\xC3\xA8ne");
    CHECK(helene->infix == "van");
    CHECK((helene->role == Role::Parent));
    CHECK(helene->grades == std::vector<std::string>{"5"});
    CHECK(helene->family == "G1");
    CHECK(helene->email == "helene@example.nl");
    CHECK(helene->preference1 == "t-03");

    const Participant* zoe = findByLastName(session, "Brouwer");
    REQUIRE(zoe);
    CHECK(zoe->firstName == "Zo\xC3\xAB");
    CHECK(zoe->grades == std::vector<std::string>{"5", "7"});
    CHECK(zoe->preference1 == "t-01"); // title matched case-insensitively

    const Participant* francois = findByLastName(session, "No\xC3\xAB"
                                                          "l");
    REQUIRE(francois);
    CHECK(francois->firstName == "Fran\xC3\xA7ois");
    CHECK((francois->role == Role::Staff));
    CHECK(francois->function == "IB\xE2\x80\x99"
                                "er");

    const Participant* lois = findByLastName(session, "\xC3\x87"
                                                      "elik");
    REQUIRE(lois);
    CHECK(lois->firstName == "Lo\xC3\xAFs");
}

TEST_CASE("import: unknown theme keeps the row and warns on its line") {
    Session session = sessionWithThemes();
    ImportReport report =
        importParticipants(session, readImportFixture("cp1252_semicolon.csv"), "ouders.csv");
    const Participant* lois = findByLastName(session, "\xC3\x87"
                                                      "elik");
    REQUIRE(lois);
    CHECK(lois->preference1.empty());
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].line == 5);
    CHECK(report.warnings[0].column == "Voorkeur 1");
    CHECK(report.warnings[0].message.find("Tuinieren") != std::string::npos);
}

TEST_CASE("import: UTF-8 with BOM, ',' and English headers") {
    Session session = sessionWithThemes();
    ImportReport report = importParticipants(session, readImportFixture("utf8_bom_comma.csv"), "parents.csv");
    REQUIRE(report.ok());
    CHECK(report.encoding == "UTF-8 (BOM)");
    CHECK(report.delimiter == ',');
    REQUIRE(report.added.size() == 2);
    CHECK(report.added[0].line == 2);
    CHECK(report.added[1].line == 3);

    const Participant& ayse = session.participants.at(0);
    CHECK(ayse.firstName == "Ay\xC5\x9F"
                            "e"); // the BOM is not part of the first header or cell
    CHECK(ayse.lastName == "Y\xC4\xB1lmaz");
    CHECK(ayse.grades == std::vector<std::string>{"5", "7"});
    CHECK(ayse.family == "F1");
    CHECK(ayse.languages == std::vector<std::string>{"tr", "nl"});
    CHECK(ayse.languageSupport == "tr"); // "yes": the first language other than Dutch
    CHECK(ayse.preference1 == "t-03");
    CHECK(ayse.preference2 == "t-01");
    CHECK((ayse.rsvp == Rsvp::Registered));
    CHECK(ayse.present);

    const Participant& tom = session.participants.at(1);
    CHECK((tom.role == Role::Staff));
    CHECK(tom.languages == std::vector<std::string>{"en"});
    CHECK(tom.languageSupport.empty());
    CHECK((tom.rsvp == Rsvp::Declined));
    CHECK_FALSE(tom.present);
}

TEST_CASE("import: tab-separated file with Dutch synonyms") {
    Session session = sessionWithThemes();
    ImportReport report = importParticipants(session, readImportFixture("tab_synonyms.csv"), "export.txt");
    REQUIRE(report.ok());
    CHECK(report.delimiter == '\t');
    REQUIRE(report.added.size() == 2);

    const Participant* fatima = findByLastName(session, "El Idrissi");
    REQUIRE(fatima);
    CHECK(fatima->firstName == "Fatima");
    CHECK(fatima->grades == std::vector<std::string>{"3"});
    CHECK(fatima->family == "1001");
    CHECK(fatima->email == "fatima@example.nl"); // ouder/verzorger 1 is this person
    CHECK(fatima->languages == std::vector<std::string>{"ar"});
    CHECK(fatima->languageSupport == "ar");
    CHECK((fatima->rsvp == Rsvp::Registered));
    CHECK_FALSE(fatima->present);

    const Participant* kasia = findByLastName(session, "Nowak");
    REQUIRE(kasia);
    CHECK(kasia->languages == std::vector<std::string>{"pl", "nl"});
    CHECK(kasia->languageSupport == "pl");
    CHECK((kasia->rsvp == Rsvp::Declined));

    // The second parent's address belongs to someone else: named in the report, never stored.
    bool secondParentIgnored = false;
    for (const ColumnMapping& column : report.columns)
        if (column.header == "E-mailadres ouder/verzorger 2")
            secondParentIgnored = column.kind == ColumnKind::Ignored;
    CHECK(secondParentIgnored);
    for (const Participant& person : session.participants)
        CHECK(person.email != "karim@example.nl");
}

TEST_CASE("import: quoted cells with ',' and line breaks keep later line numbers right") {
    Session session = sessionWithThemes();
    ImportReport report = importParticipants(session, readImportFixture("quoted_newline.csv"), "lijst.csv");
    REQUIRE(report.ok());

    const Participant* piet = findByLastName(session, "Jansen");
    REQUIRE(piet);
    CHECK(piet->function == "mentor; groep 6 en 7"); // a one-line field: the break became a space

    // Lines: 1 header, 2-3 Piet, 4 blank, 5 ";;;", 6 Kees, 7-9 Bakker, 10 no name, 11 too many
    // cells, 12 Bram.
    REQUIRE(report.added.size() == 4);
    CHECK(report.added[0].line == 2);
    CHECK(report.added[1].line == 6);
    CHECK(report.added[2].line == 7);
    CHECK(report.added[3].line == 12);
    REQUIRE(report.skipped.size() == 2);
    CHECK(report.skipped[0].line == 10);
    CHECK(report.skipped[0].message.find("no name") != std::string::npos);
    CHECK(report.skipped[1].line == 11);
    CHECK(report.skipped[1].message.find("5 cells") != std::string::npos);
    CHECK(report.dataRows == 6);
}

TEST_CASE("import: a file without a name column is unusable and changes nothing") {
    Session session = sessionWithThemes();
    session.participants.push_back(Participant{});
    session.participants.back().id = "p-001";
    ImportReport report = importParticipants(session, readImportFixture("no_name_column.csv"), "groep.csv");
    CHECK_FALSE(report.ok());
    CHECK(report.error.find("groep.csv") != std::string::npos);
    CHECK(report.error.find("no name column") != std::string::npos);
    CHECK(session.participants.size() == 1);
}

TEST_CASE("import: unreadable encoding is a file error naming the file and line") {
    Session session = sessionWithThemes();
    ImportReport report = importParticipants(session, "Voornaam;Achternaam\nJan;\x81\n", "kapot.csv");
    CHECK_FALSE(report.ok());
    CHECK(report.error.find("kapot.csv: line 2") != std::string::npos);
    CHECK(session.participants.empty());
}

TEST_CASE("import: a title line above the header is skipped with a warning") {
    Session session = sessionWithThemes();
    ImportReport report = importParticipants(
        session, "Ouderlijst groep 5;;\nVoornaam;Achternaam;Groep\nJan;Smit;5\n", "titel.csv");
    REQUIRE(report.ok());
    CHECK(report.headerLine == 2);
    REQUIRE(report.added.size() == 1);
    CHECK(report.added[0].line == 3);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].line == 1);
}

TEST_CASE("import: rows with fewer cells than the header are padded") {
    Session session = sessionWithThemes();
    ImportReport report =
        importParticipants(session, "Voornaam;Achternaam;Groep;Gezin\nJan;Smit\nEls;Kok;6\n", "kort.csv");
    CHECK(report.added.size() == 2);
    CHECK(report.skipped.empty());
    CHECK(session.participants[0].grades.empty());
    CHECK(session.participants[1].grades == std::vector<std::string>{"6"});
}

TEST_CASE("import: everything imported from the fixtures passes validate") {
    Session session = sessionWithThemes();
    const std::size_t problemsBefore = validate(session).size();
    for (const char* name : {"cp1252_semicolon.csv", "utf8_bom_comma.csv", "tab_synonyms.csv",
                             "quoted_newline.csv", "privacy.csv"})
        REQUIRE(importParticipants(session, readImportFixture(name), name).ok());
    CHECK(session.participants.size() == 4 + 2 + 2 + 4 + 2);
    const Problems after = validate(session);
    std::string listed;
    for (const Problem& problem : after)
        listed += describe(problem) + "\n";
    CHECK_MESSAGE(after.size() == problemsBefore, listed);
}
