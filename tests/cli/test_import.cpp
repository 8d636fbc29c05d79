// `dialoogavond import`, run in-process with captured streams on a session made by `new`.
#include <doctest/doctest.h>

#include <sstream>

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

Run runCli(const cli::Args& args) {
    std::ostringstream out, err;
    cli::Io io{out, err};
    Run result;
    result.code = cli::run(args, io);
    result.out = out.str();
    result.err = err.str();
    return result;
}

// A fresh evening from the default template in `dir`, with the participants it starts with.
std::filesystem::path newSession(const TempDir& dir) {
    const auto file = dir / "avond.json";
    const Run created = runCli({"new", file.string()});
    REQUIRE_MESSAGE(created.code == 0, created.err);
    return file;
}

std::size_t participantCount(const std::filesystem::path& file) {
    const LoadResult loaded = loadSessionFile(file);
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return loaded.session->participants.size();
}

std::string importFixture(const std::string& name) {
    return fixture("import/" + name).string();
}

} // namespace

TEST_CASE("cli import: --help and usage errors") {
    const Run help = runCli({"import", "--help"});
    CHECK(help.code == 0);
    CHECK(contains(help.out, "--dry-run"));
    CHECK(contains(help.out, "BSN"));

    CHECK(runCli({"import", "avond.json"}).code == 1);
    const Run unknown = runCli({"import", "a.json", "b.csv", "--force"});
    CHECK(unknown.code == 1);
    CHECK(contains(unknown.err, "--force"));
    const Run badRole = runCli({"import", "a.json", "b.csv", "--role", "directeur"});
    CHECK(badRole.code == 1);
    CHECK(contains(badRole.err, "directeur"));
}

TEST_CASE("cli import: --role medewerker for a staff list without a role column") {
    TempDir dir("cli-import-role");
    const auto session = newSession(dir);
    const auto staff = dir / "team.csv";
    writeBytes(staff, "Voornaam;Achternaam;Functie\nIne;Dekker;IB'er\n");
    const Run run = runCli({"import", session.string(), staff.string(), "--role", "medewerker"});
    CHECK_MESSAGE(run.code == 0, run.err);
    const LoadResult loaded = loadSessionFile(session);
    REQUIRE(loaded.session);
    REQUIRE(loaded.session->participants.size() == 1);
    CHECK(toString(loaded.session->participants[0].role) == std::string("medewerker"));
}

TEST_CASE("cli import: --dry-run reports but leaves the session file byte-identical") {
    TempDir dir("cli-import-dry");
    const auto session = newSession(dir);
    const std::string before = readBytes(session);

    const Run run = runCli({"import", session.string(), importFixture("cp1252_semicolon.csv"), "--dry-run"});
    CHECK_MESSAGE(run.code == 0, run.err);
    CHECK(contains(run.out, "Windows-1252"));
    CHECK(contains(run.out, "added:     4"));
    CHECK(contains(run.out, "Dry run"));
    CHECK(readBytes(session) == before);
    CHECK(dir.entries() == std::vector<std::string>{"avond.json"});
}

TEST_CASE("cli import: saves once, and a second import adds nobody") {
    TempDir dir("cli-import-twice");
    const auto session = newSession(dir);
    const std::size_t start = participantCount(session);

    const Run first = runCli({"import", session.string(), importFixture("utf8_bom_comma.csv")});
    CHECK_MESSAGE(first.code == 0, first.err);
    CHECK(contains(first.out, "Saved"));
    CHECK(participantCount(session) == start + 2);

    const std::string afterFirst = readBytes(session);
    const Run second = runCli({"import", session.string(), importFixture("utf8_bom_comma.csv")});
    CHECK_MESSAGE(second.code == 0, second.err); // nothing needed changing is fine
    CHECK(contains(second.out, "added:     0"));
    CHECK(contains(second.out, "unchanged: 2"));
    CHECK(participantCount(session) == start + 2);
    CHECK(readBytes(session) == afterFirst); // nothing changed, so nothing was written
}

TEST_CASE("cli import: --json reports privacy columns and refused rows") {
    TempDir dir("cli-import-json");
    const auto session = newSession(dir);
    const Run run = runCli({"import", session.string(), importFixture("privacy.csv"), "--json"});
    CHECK_MESSAGE(run.code == 0, run.err);
    const Json report = Json::parse(run.out);
    CHECK(report["saved"] == true);
    CHECK(report["added"].size() == 2);
    REQUIRE(report["skipped"].size() == 1);
    CHECK(report["skipped"][0]["line"] == 3);
    int privacyColumns = 0;
    for (const Json& column : report["columns"])
        if (column["kind"] == "privacy") ++privacyColumns;
    CHECK(privacyColumns == 12);
    const std::string stored = readBytes(session);
    CHECK_FALSE(contains(stored, "Kerkstraat"));
    CHECK_FALSE(contains(stored, "123456782"));
}

TEST_CASE("cli import: an unusable CSV is exit 2 and changes nothing") {
    TempDir dir("cli-import-bad");
    const auto session = newSession(dir);
    const std::string before = readBytes(session);

    const Run noName = runCli({"import", session.string(), importFixture("no_name_column.csv")});
    CHECK(noName.code == 2);
    CHECK(contains(noName.err, "no_name_column.csv"));
    CHECK(contains(noName.err, "no name column"));

    const auto encoding = dir / "kapot.csv";
    writeBytes(encoding, "Voornaam;Achternaam\nJan;Sm\x81t\n");
    const Run badEncoding = runCli({"import", session.string(), encoding.string()});
    CHECK(badEncoding.code == 2);
    CHECK(contains(badEncoding.err, "line 2"));

    const auto onlyBsn = dir / "bsn.csv";
    writeBytes(onlyBsn, "Voornaam;Achternaam;Gezin\nJan;Smit;111222333\n");
    const Run refused = runCli({"import", session.string(), onlyBsn.string()});
    CHECK(refused.code == 2);
    CHECK(contains(refused.out, "line 2, column 'Gezin'"));
    CHECK_FALSE(contains(refused.out + refused.err, "111222333"));

    CHECK(readBytes(session) == before);
}

TEST_CASE("cli import: missing files are exit 3") {
    TempDir dir("cli-import-missing");
    const auto session = newSession(dir);
    const Run noCsv = runCli({"import", session.string(), (dir / "weg.csv").string()});
    CHECK(noCsv.code == 3);
    CHECK(contains(noCsv.err, "weg.csv"));
    const Run noSession = runCli({"import", (dir / "weg.json").string(), importFixture("tab_synonyms.csv")});
    CHECK(noSession.code == 3);
}
