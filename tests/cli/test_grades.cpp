// One canonical grade form everywhere (issue 18): the sample file's "groep 5" and an import's
// "groep 5" are one grade for the balancer, in the file and in the report.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "../core/test_support.h"
#include "cli/cli.h"
#include "core/assign/assign.h"
#include "core/model/grade.h"
#include "core/model/session_file.h"

using namespace dlg;
using namespace dlg::test;

TEST_CASE("grades: one canonical form, whatever the spelling") {
    CHECK(canonicalGrade("groep 8") == "8");
    CHECK(canonicalGrade("Groep8") == "8");
    CHECK(canonicalGrade(" gr. 5 ") == "5");
    CHECK(canonicalGrade("leerjaar 3a") == "3A");
    CHECK(canonicalGrade("8") == "8");
    CHECK(canonicalGrade("kleuters") == "kleuters");
    CHECK(canonicalGrade("groene groep") == "groene groep"); // no number after the word: kept
    CHECK(canonicalGrades({"groep 5", "5", "", "groep 7"}) == std::vector<std::string>{"5", "7"});
}

TEST_CASE("grades: importing walk-ins into the sample evening gives the balancer one grade 5") {
    TempDir dir("grades");
    const auto file = dir / "v.json";
    std::filesystem::copy_file(
        std::filesystem::path(DLG_TEST_DATA) / ".." / ".." / "sessions" / "voorbeeld.json", file);
    const auto csv = dir / "w.csv";
    std::ofstream(csv) << "Roepnaam;Achternaam;Rol;Groep\nAnna;Test;ouder;groep 5\n";
    std::ostringstream out, err;
    cli::Io io{out, err};
    REQUIRE_MESSAGE(cli::run({"import", file.string(), csv.string()}, io) == 0, err.str());
    const LoadResult loaded = loadSessionFile(file);
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    std::set<std::string> grades;
    const Participant* anna = nullptr;
    for (const Participant& p : loaded.session->participants) {
        grades.insert(p.grades.begin(), p.grades.end());
        if (p.firstName == "Anna") anna = &p;
    }
    REQUIRE(anna);
    CHECK(anna->grades == std::vector<std::string>{"5"});
    // The old file keeps its "groep 1" .. "groep 8" (a load and save changes nothing), and the
    // balancer reads them as "1" .. "8": eight grades, not sixteen.
    CHECK(grades.count("groep 5") == 1);
    AssignOptions options;
    options.presentOnly = false;
    const AssignResult result = assignTables(*loaded.session, options);
    REQUIRE(result.feasible);
    std::set<std::string> reported;
    for (const TableReport& table : result.tables)
        for (const auto& [grade, count] : table.grades)
            reported.insert(grade);
    CHECK(reported == std::set<std::string>{"1", "2", "3", "4", "5", "6", "7", "8"});
}
