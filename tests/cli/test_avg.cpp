// `dialoogavond inzage | wis | opschonen`, run in-process with captured streams on the AVG fixture
// saved to a throw-away folder.
#include <doctest/doctest.h>

#include <sstream>

#include "../core/test_avg_fixture.h"
#include "../core/test_support.h"
#include "cli/cli.h"
#include "core/model/session_file.h"

using namespace dlg;
using namespace dlg::test;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run runCli(cli::Args args) {
    std::ostringstream out, err;
    cli::Io io{out, err};
    Run result;
    result.code = cli::run(args, io);
    result.out = out.str();
    result.err = err.str();
    return result;
}

std::string saveFixture(const TempDir& dir, const Session& session = avgFixture()) {
    const std::string path = (dir / "evening.json").string();
    REQUIRE_FALSE(saveSessionFile(path, session).has_value());
    return path;
}

} // namespace

TEST_CASE("inzage prints everything stored about a person in the session's language, and as JSON") {
    TempDir dir("avg-cli");
    const std::string file = saveFixture(dir);
    const std::string before = readBytes(file);
    Run run = runCli({"inzage", file, "Fatma Özdemir"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "Inzage: wat dialoogavond bewaart over Fatma Özdemir (p-01)"));
    CHECK(contains(run.out, "E-mailadres: fatma.ozdemir@example.org"));
    CHECK(contains(run.out, "Taalondersteuning: tr"));
    CHECK(contains(run.out, "Eerste voorkeur: Contact tussen ouders en school (th-02)"));
    run = runCli({"inzage", file, "p-01", "--json"});
    CHECK(run.code == 0);
    const Json json = Json::parse(run.out);
    CHECK(json["person"]["email"] == "fatma.ozdemir@example.org");
    CHECK(json["seat"] == "Rood");
    CHECK(readBytes(file) == before);

    Session english = avgFixture();
    english.meta.language = "en";
    const std::string englishFile = saveFixture(dir, english);
    run = runCli({"inzage", englishFile, "p-01"});
    CHECK(contains(run.out, "Access request: what dialoogavond stores about Fatma Özdemir (p-01)"));
}

TEST_CASE("inzage and wis list the candidates of an ambiguous name and exit with 2") {
    TempDir dir("avg-cli");
    const std::string file = saveFixture(dir);
    for (const char* command : {"inzage", "wis"}) {
        const Run run = runCli({command, file, "de Vries"});
        CHECK(run.code == 2);
        CHECK(contains(run.err, "“de Vries” past bij 2 deelnemers; kies er één met het id:"));
        CHECK(contains(run.err, "  p-02  Jan de Vries (ouder, groep 5"));
        CHECK(contains(run.err, "  p-09  Kees de Vries (ouder, groep 8"));
        CHECK(runCli({command, file, "Niemand"}).code == 2);
    }
    CHECK(runCli({"inzage", file}).code == 1);
}

TEST_CASE("wis without --yes only shows what it would do, with --yes the id is gone from the file") {
    TempDir dir("avg-cli");
    Session session = avgFixture();
    session.outcomes.tables[0].notes = "Tom Peeters belt de ouders van groep 5.";
    const std::string file = saveFixture(dir, session);
    const std::string before = readBytes(file);
    Run run = runCli({"wis", file, "Tom Peeters"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "Wissen van Tom Peeters (p-07) verandert dit:"));
    CHECK(contains(run.out, "Rood · tafelleider: “Tom Peeters” vervangen door “tafelleider tafel 1”"));
    CHECK(contains(run.out, "Rood · notities: “Tom Peeters belt de ouders van groep 5.”"));
    CHECK(contains(run.out, "Nog niets gewist (proefrun)"));
    CHECK(readBytes(file) == before);

    run = runCli({"wis", file, "p-07", "--yes"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "Tom Peeters (p-07) is gewist uit"));
    const std::string after = readBytes(file);
    CHECK_FALSE(contains(after, "\"p-07\""));
    CHECK_FALSE(contains(after, "t.peeters@school.example"));
    CHECK(contains(after, "Tom Peeters belt")); // typed text: flagged, for the user to edit
    CHECK(runCli({"validate", file}).code == 0);
}

TEST_CASE("wis --json reports the changes and the flagged places") {
    TempDir dir("avg-cli");
    const std::string file = saveFixture(dir);
    const Run run = runCli({"wis", file, "p-02", "--json"});
    CHECK(run.code == 0);
    const Json json = Json::parse(run.out);
    CHECK(json["erased"] == false);
    CHECK(json["person"] == "p-02");
    CHECK_FALSE(json["changes"].empty());
    CHECK(json["flagged"].empty());
}

TEST_CASE("opschonen refuses before the evening, dry-runs by default and cleans up with --yes") {
    TempDir dir("avg-cli");
    Session future = avgFixture();
    future.meta.date = "2099-06-01";
    future.run.events.clear();
    const std::string file = saveFixture(dir, future);
    Run run = runCli({"opschonen", file, "--yes"});
    CHECK(run.code == 2);
    CHECK(contains(run.err, "De avond (2099-06-01) heeft nog niet plaatsgevonden"));
    CHECK(contains(readBytes(file), "fatma.ozdemir@example.org"));
    run = runCli({"opschonen", file, "--force"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "Nog niets opgeschoond (proefrun)"));
    CHECK(contains(readBytes(file), "fatma.ozdemir@example.org"));

    const std::string past = saveFixture(dir); // dated 2026-11-24 and run: over
    const std::string reportBefore = runCli({"report", past, "--kind", "terugkoppeling", "--format", "md"}).out;
    run = runCli({"opschonen", past, "--yes"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "9 deelnemers geanonimiseerd"));
    CHECK(contains(run.out, "Persoonsgegevens opgeschoond in"));
    const std::string bytes = readBytes(past);
    for (const char* gone : {"Özdemir", "fatma.ozdemir@example.org", "fam-vries", "fam-ozd", "Pieter", "Bakker"})
        CHECK_MESSAGE(!contains(bytes, gone), gone);
    CHECK(contains(bytes, "\"purgedOn\""));
    CHECK(runCli({"report", past, "--kind", "terugkoppeling", "--format", "md"}).out == reportBefore);
    CHECK(runCli({"validate", past}).code == 0);
    run = runCli({"opschonen", past, "--yes", "--json"});
    CHECK(run.code == 2);
    CHECK(Json::parse(run.out)["refused"] == true);
}

TEST_CASE("inzage, wis and opschonen have --help and are in the global help") {
    for (const char* command : {"inzage", "wis", "opschonen"}) {
        const Run run = runCli({command, "--help"});
        CHECK(run.code == 0);
        CHECK(contains(run.out, std::string("Usage: dialoogavond ") + command));
        CHECK(contains(runCli({"--help"}).out, std::string("  ") + command));
    }
}
