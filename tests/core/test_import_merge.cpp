// Re-importing: no duplicates, fields updated, id/present/seat kept; ids continue the session's.
#include <doctest/doctest.h>

#include "core/people/participant_import.h"
#include "test_import_support.h"

using namespace dlg;
using dlg::test::findByLastName;
using dlg::test::readImportFixture;
using dlg::test::sessionWithThemes;

TEST_CASE("import merge: the same file twice creates no duplicates") {
    Session session = sessionWithThemes();
    const std::string bytes = readImportFixture("cp1252_semicolon.csv");
    ImportReport first = importParticipants(session, bytes, "ouders.csv");
    REQUIRE(first.added.size() == 4);
    ImportReport second = importParticipants(session, bytes, "ouders.csv");
    REQUIRE(second.ok());
    CHECK(second.added.empty());
    CHECK(second.updated.empty());
    CHECK(second.unchanged.size() == 4);
    CHECK(session.participants.size() == 4);
    CHECK_FALSE(second.changedSession());
}

TEST_CASE("import merge: a match by e-mail updates fields and keeps id, presence and seat") {
    Session session = sessionWithThemes();
    importParticipants(session, "Voornaam;Achternaam;E-mail;Groep\nJan;Smit;jan@example.nl;4\n", "a.csv");
    REQUIRE(session.participants.size() == 1);
    const std::string id = session.participants[0].id;
    session.participants[0].present = true;
    session.assignment.seats[id] = "tafel-2";

    ImportReport report = importParticipants(
        session, "Voornaam;Achternaam;E-mail;Groep;Aanwezig\nJan;Smit-Bakker;JAN@Example.NL;5;nee\n",
        "b.csv");
    REQUIRE(report.updated.size() == 1);
    CHECK(report.updated[0].id == id);
    CHECK(report.updated[0].line == 2);
    REQUIRE(session.participants.size() == 1);
    const Participant& jan = session.participants[0];
    CHECK(jan.id == id);
    CHECK(jan.lastName == "Smit-Bakker");
    CHECK(jan.grades == std::vector<std::string>{"5"});
    CHECK(jan.present); // presence is recorded on the evening, not by the export
    CHECK(session.assignment.seats.at(id) == "tafel-2");
}

TEST_CASE("import merge: without e-mail a match needs first name, infix, last name and family") {
    Session session = sessionWithThemes();
    importParticipants(session, "Roepnaam;Tussenvoegsel;Achternaam;Gezin\nEls;de;Vries;G1\n", "a.csv");
    ImportReport report = importParticipants(session,
                                             "Roepnaam;Tussenvoegsel;Achternaam;Gezin;Functie\n"
                                             " ELS ;De; vries ;G1;penningmeester\n"
                                             "Els;de;Vries;G2;\n",
                                             "b.csv");
    CHECK(report.updated.size() == 1);
    CHECK(report.added.size() == 1); // another family: another person
    REQUIRE(session.participants.size() == 2);
    CHECK(session.participants[0].function == "penningmeester");
    CHECK(session.participants[0].firstName == "ELS"); // the newest spelling wins
}

TEST_CASE("import merge: empty cells do not erase what is known") {
    Session session = sessionWithThemes();
    importParticipants(session, "Voornaam;Achternaam;Functie;Taal\nAnna;Kok;mentor;Pools\n", "a.csv");
    ImportReport report =
        importParticipants(session, "Voornaam;Achternaam;Functie;Taal\nAnna;Kok;;\n", "b.csv");
    CHECK(report.unchanged.size() == 1);
    CHECK(session.participants[0].function == "mentor");
    CHECK(session.participants[0].languages == std::vector<std::string>{"pl"});
}

TEST_CASE("import merge: a person twice in one file is merged and reported") {
    Session session = sessionWithThemes();
    ImportReport report = importParticipants(
        session, "Voornaam;Achternaam;E-mail;Groep\nJan;Smit;jan@example.nl;4\nJan;Smit;jan@example.nl;6\n",
        "a.csv");
    CHECK(report.added.size() == 1);
    CHECK(report.updated.size() == 1);
    REQUIRE(session.participants.size() == 1);
    CHECK(session.participants[0].grades == std::vector<std::string>{"6"});
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].line == 3);
    CHECK(report.warnings[0].message.find("line 2") != std::string::npos);
}

TEST_CASE("import merge: new ids follow the session's numbering") {
    Session empty = sessionWithThemes();
    CHECK(nextParticipantId(empty) == "p-001");

    Session session = sessionWithThemes();
    for (const char* id : {"p-01", "p-07", "x-99"}) {
        session.participants.push_back(Participant{});
        session.participants.back().id = id;
    }
    CHECK(nextParticipantId(session) == "p-08");
    importParticipants(session, "Voornaam;Achternaam\nJan;Smit\nPiet;Kok\n", "a.csv");
    CHECK(session.participants[3].id == "p-08");
    CHECK(session.participants[4].id == "p-09");
}

TEST_CASE("import merge: rows without a name are skipped with their line") {
    Session session = sessionWithThemes();
    ImportReport report =
        importParticipants(session, "Voornaam;Achternaam;Groep\nJan;Smit;4\n;;5\n ; ;6\nPiet;;7\n", "a.csv");
    CHECK(report.added.size() == 2);
    REQUIRE(report.skipped.size() == 2);
    CHECK(report.skipped[0].line == 3);
    CHECK(report.skipped[1].line == 4);
}

TEST_CASE("import merge: texts over the one-line limit refuse the row naming the column") {
    Session session = sessionWithThemes();
    const std::string longName(600, 'a');
    ImportReport report =
        importParticipants(session, "Voornaam;Achternaam\n" + longName + ";Smit\nJan;Kok\n", "a.csv");
    CHECK(report.added.size() == 1);
    REQUIRE(report.skipped.size() == 1);
    CHECK(report.skipped[0].line == 2);
    CHECK(report.skipped[0].column == "Voornaam");
}

TEST_CASE("import merge: e-mail is not stored when the session's privacy setting says so") {
    Session session = sessionWithThemes();
    session.privacy.storeEmail = false;
    ImportReport report =
        importParticipants(session, "Voornaam;Achternaam;E-mail\nJan;Smit;jan@example.nl\n", "a.csv");
    REQUIRE(session.participants.size() == 1);
    CHECK(session.participants[0].email.empty());
    CHECK_FALSE(report.warnings.empty());
}

TEST_CASE("import merge: two parents sharing one e-mail address stay two people") {
    Session session = sessionWithThemes();
    const std::string list = "Voornaam;Achternaam;E-mail\nJan;Smit;fam.smit@example.nl\n"
                             "Els;Smit;Fam.Smit@example.nl\n";
    ImportReport first = importParticipants(session, list, "a.csv");
    CHECK(first.added.size() == 2);
    ImportReport second = importParticipants(session, list, "a.csv");
    CHECK(second.added.empty());
    CHECK(second.unchanged.size() == 2);
    REQUIRE(session.participants.size() == 2);
    CHECK(session.participants[0].firstName == "Jan");
    CHECK(session.participants[1].firstName == "Els");
}

TEST_CASE("import merge: a new e-mail for someone known without one updates them") {
    Session session = sessionWithThemes();
    importParticipants(session, "Voornaam;Achternaam\nJan;Smit\n", "a.csv");
    ImportReport report =
        importParticipants(session, "Voornaam;Achternaam;E-mail\nJan;Smit;jan@example.nl\n", "b.csv");
    CHECK(report.updated.size() == 1);
    REQUIRE(session.participants.size() == 1);
    CHECK(session.participants[0].email == "jan@example.nl");
}
