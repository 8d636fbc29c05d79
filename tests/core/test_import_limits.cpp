// Limits that agree end to end (issue 17): an import never makes an evening larger than the
// program reads back, stops splitting a huge file early, refuses mixed separators and keeps its
// messages short however wide the file.
#include <doctest/doctest.h>

#include "core/model/validate.h"
#include "core/people/csv.h"
#include "core/people/participant_import.h"
#include "test_import_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

std::string peopleCsv(std::size_t rows, std::size_t offset = 0) {
    std::string csv = "Voornaam;Achternaam;E-mailadres\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const std::string n = std::to_string(i + offset);
        csv += "Ouder" + n + ";Achter" + n + ";ouder" + n + "@voorbeeld.nl\n";
    }
    return csv;
}

} // namespace

TEST_CASE("import limits: 200,000 rows are refused while splitting, naming the line, and nothing changes") {
    Session session = sessionWithThemes();
    const ImportReport report = importParticipants(session, peopleCsv(200000), "groot.csv");
    REQUIRE_FALSE(report.ok());
    CHECK_MESSAGE(report.error.find("groot.csv: line 5012: the file has more than 5011 rows") == 0,
                  report.error);
    CHECK(session.participants.empty());
}

TEST_CASE("import limits: an import that would pass the most people of an evening is refused whole") {
    Session session = sessionWithThemes();
    REQUIRE(importParticipants(session, peopleCsv(4000), "eerste.csv").ok());
    REQUIRE(session.participants.size() == 4000);
    const ImportReport second = importParticipants(session, peopleCsv(2000, 4000), "tweede.csv");
    REQUIRE_FALSE(second.ok());
    CHECK_MESSAGE(second.error.find("would have 6000 people; an evening has at most 5000") !=
                      std::string::npos,
                  second.error);
    CHECK(second.added.empty());
    CHECK(session.participants.size() == 4000);
    CHECK(validate(session).empty());
}

TEST_CASE("import limits: the CSV reader stops at its cell limit instead of filling memory") {
    CsvLimits limits;
    limits.maxCells = 1000;
    const std::string separators(5000, ';');
    const CsvParseResult parsed = parseCsv("Voornaam;Achternaam\n" + separators + "\n", std::nullopt, limits);
    CHECK_FALSE(parsed.document);
    CHECK_MESSAGE(parsed.error ==
                      "line 2: the file has more than 1000 cells; a list of the people of one evening "
                      "has far fewer (is this the right file?)",
                  parsed.error);
}

TEST_CASE("import limits: a row with another separator than the header is refused, not read as one name") {
    Session session = sessionWithThemes();
    const std::string csv =
        "Voornaam;Achternaam;Groep\nJan,Jansen\nPiet;Pietersen;5\n\"Anna\",\"de Vries\",3\n";
    const ImportReport report = importParticipants(session, csv, "gemengd.csv");
    REQUIRE(report.ok());
    REQUIRE(session.participants.size() == 1);
    CHECK(session.participants[0].firstName == "Piet");
    REQUIRE(report.skipped.size() == 2);
    CHECK(report.skipped[0].line == 2);
    CHECK_MESSAGE(report.skipped[0].message.find("use ',' between its cells where the header uses ';'") !=
                      std::string::npos,
                  report.skipped[0].message);
    CHECK(report.skipped[1].line == 4);
}

TEST_CASE("import limits: 10,000 columns and no name column give a short message") {
    std::string header;
    for (int i = 0; i < 10000; ++i)
        header += (i ? ";" : "") + std::string("Kolom met heel veel tekst nummer ") + std::to_string(i);
    Session session = sessionWithThemes();
    const ImportReport report = importParticipants(session, header + "\n1;2;3\n", "breed.csv");
    REQUIRE_FALSE(report.ok());
    CHECK_MESSAGE(report.error.size() < 800, report.error.size());
    CHECK(report.error.find("no name column") != std::string::npos);
    CHECK(report.error.find("and 9992 more") != std::string::npos);
}
