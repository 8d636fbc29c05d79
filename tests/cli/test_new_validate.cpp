// `dialoogavond new`, `validate`, `--help` and `--version`, run in-process with captured streams.
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

} // namespace

TEST_CASE("cli: --help and --version") {
    const Run help = runCli({"--help"});
    CHECK(help.code == 0);
    CHECK(contains(help.out, "Usage:"));
    CHECK(contains(help.out, "new"));
    CHECK(contains(help.out, "validate"));
    CHECK(help.err.empty());

    const Run version = runCli({"--version"});
    CHECK(version.code == 0);
    CHECK(version.out == std::string("dialoogavond ") + DLG_VERSION + "\n");

    const Run unknown = runCli({"toveren"});
    CHECK(unknown.code == 1);
    CHECK(contains(unknown.err, "toveren"));
}

TEST_CASE("cli new: creates a valid evening from the default template (9 phases, 135 minutes)") {
    TempDir dir("cli-new");
    const auto file = dir / "avond.json";
    const Run run = runCli({"new", file.string()});
    CHECK_MESSAGE(run.code == 0, run.err);
    CHECK(contains(run.out, file.string()));
    CHECK(contains(run.out, "9 phases"));
    CHECK(contains(run.out, "135 minutes"));

    const LoadResult loaded = loadSessionFile(file);
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    CHECK(loaded.problems.empty());
    CHECK(loaded.session->phases.size() == 9);
    CHECK(totalPlannedMinutes(*loaded.session) == 135);
    CHECK(loaded.session->participants.empty());
    CHECK(loaded.session->meta.start == "19:30");

    const Run check = runCli({"validate", file.string()});
    CHECK(check.code == 0);
    CHECK(contains(check.out, "valid"));
}

TEST_CASE("cli new: --title, --date and --start (both --opt value and --opt=value)") {
    TempDir dir("cli-new-options");
    const auto file = dir / "avond.json";
    const Run run = runCli(
        {"new", file.string(), "--title", "Ouderavond groep 7", "--date=2027-02-09", "--start", "19:15"});
    REQUIRE_MESSAGE(run.code == 0, run.err);
    const LoadResult loaded = loadSessionFile(file);
    REQUIRE(loaded.session);
    CHECK(loaded.session->meta.title == "Ouderavond groep 7");
    CHECK(loaded.session->meta.date == "2027-02-09");
    CHECK(loaded.session->meta.start == "19:15");
}

TEST_CASE("cli new: refuses to overwrite an existing file (exit 2, file unchanged)") {
    TempDir dir("cli-new-exists");
    const auto file = dir / "avond.json";
    writeBytes(file, "mijn eigen aantekeningen\n");
    const Run run = runCli({"new", file.string()});
    CHECK(run.code == 2);
    CHECK(contains(run.err, file.string()));
    CHECK(contains(run.err, "already exists"));
    CHECK(readBytes(file) == "mijn eigen aantekeningen\n");
}

TEST_CASE("cli new: a bad --date or --start is a usage error naming the option, nothing is written") {
    TempDir dir("cli-new-bad");
    const auto file = dir / "avond.json";
    const Run date = runCli({"new", file.string(), "--date", "2027-02-30"});
    CHECK(date.code == 1);
    CHECK(contains(date.err, "--date"));
    CHECK(contains(date.err, "2027-02-30"));
    const Run start = runCli({"new", file.string(), "--start", "7:30"});
    CHECK(start.code == 1);
    CHECK(contains(start.err, "--start"));
    const Run noValue = runCli({"new", file.string(), "--title"});
    CHECK(noValue.code == 1);
    CHECK(contains(noValue.err, "--title"));
    const Run unknown = runCli({"new", file.string(), "--kleur", "rood"});
    CHECK(unknown.code == 1);
    CHECK(contains(unknown.err, "--kleur"));
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("cli new: a missing FILE is a usage error and --help exits 0") {
    const Run missing = runCli({"new"});
    CHECK(missing.code == 1);
    CHECK(contains(missing.err, "FILE"));
    const Run two = runCli({"new", "a.json", "b.json"});
    CHECK(two.code == 1);
    const Run help = runCli({"new", "--help"});
    CHECK(help.code == 0);
    CHECK(contains(help.out, "Usage: dialoogavond new"));
}

TEST_CASE("cli new: an unreadable template is an I/O failure (3) and an invalid one is 2") {
    TempDir dir("cli-new-template");
    const auto file = dir / "avond.json";
    const Run missing = runCli({"new", file.string(), "--template", (dir / "geen-sjabloon.json").string()});
    CHECK(missing.code == 3);
    CHECK(contains(missing.err, (dir / "geen-sjabloon.json").string()));
    const Run folder = runCli({"new", file.string(), "--template", dir.path().string()});
    CHECK(folder.code == 3);

    const Run broken = runCli({"new", file.string(), "--template", fixture("syntax_error.json").string()});
    CHECK(broken.code == 2);
    CHECK(contains(broken.err, "line 6, column 5"));
    const Run bad = runCli({"new", file.string(), "--template", fixture("bad_values.json").string()});
    CHECK(bad.code == 2);
    CHECK(contains(bad.err, "meta.date"));
    CHECK_FALSE(std::filesystem::exists(file));

    const Run custom = runCli({"new", file.string(), "--template", fixture("minimal.json").string()});
    CHECK_MESSAGE(custom.code == 0, custom.err);
    CHECK(contains(custom.out, "3 phases, 60 minutes"));
}

TEST_CASE("cli validate: a good file exits 0 and so does --help") {
    const Run run = runCli({"validate", fixture("minimal.json").string()});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "valid"));
    CHECK(run.err.empty());
    CHECK(runCli({"validate", DLG_SOURCE_DIR "/sessions/voorbeeld.json"}).code == 0);
    const Run help = runCli({"validate", "--help"});
    CHECK(help.code == 0);
    CHECK(contains(help.out, "Usage: dialoogavond validate"));
}

TEST_CASE("cli validate: each bad fixture exits 2 and lists every problem on stderr") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> fixtures = {
        {"bad_values.json",
         {"meta.date", "meta.start", "phases[0].plannedMinutes", "phases[1].projector",
          "participants[2].role", "participants[3].rsvp", "themes[1].forms[1]"}},
        {"broken_references.json",
         {"tables[0].themeId", "tables[1].leaderId", "participants[2].preference1", "participants[5].id",
          "assignment.seats.p-003", "assignment.seats.p-404", "assignment.pinned[0]"}},
        {"wrong_types.json",
         {"phases[0].plannedMinutes", "participants[0].grades", "tables[0].capacity", "phases[1].id"}},
    };
    for (const auto& [name, paths] : fixtures) {
        CAPTURE(name);
        const Run run = runCli({"validate", fixture(name).string()});
        CHECK(run.code == 2);
        for (const std::string& path : paths) {
            CAPTURE(path);
            // One line per problem: "<file>: <path>: <message>".
            CHECK(contains(run.err, fixture(name).string() + ": " + path + ": "));
        }
        CHECK(contains(run.err, std::to_string(paths.size()) + " problem(s)"));
    }
}

TEST_CASE("cli validate: a missing file exits 3, a syntax error 2 with line and column") {
    TempDir dir("cli-validate");
    const Run missing = runCli({"validate", (dir / "weg.json").string()});
    CHECK(missing.code == 3);
    CHECK(contains(missing.err, (dir / "weg.json").string()));

    const Run syntax = runCli({"validate", fixture("syntax_error.json").string()});
    CHECK(syntax.code == 2);
    CHECK(contains(syntax.err, "syntax_error.json"));
    CHECK(contains(syntax.err, "line 6, column 5"));
}

TEST_CASE("cli validate: a newer file is valid but the read-only reason is shown") {
    const Run run = runCli({"validate", fixture("newer_version.json").string()});
    CHECK(run.code == 0);
    CHECK(contains(run.err, "newer"));
}

TEST_CASE("cli validate --json: the output parses and lists the problems") {
    const Run bad = runCli({"validate", fixture("bad_values.json").string(), "--json"});
    CHECK(bad.code == 2);
    auto report = nlohmann::json::parse(bad.out); // not const: a missing key reads as null
    CHECK(report["valid"] == false);
    CHECK(report["file"] == fixture("bad_values.json").string());
    REQUIRE(report["problems"].size() == 7);
    bool foundRole = false;
    for (const auto& problem : report["problems"])
        foundRole = foundRole || (problem["path"] == "participants[2].role" &&
                                  contains(problem["message"].get<std::string>(), "\"parent\""));
    CHECK(foundRole);

    const Run good = runCli({"validate", "--json", fixture("minimal.json").string()});
    CHECK(good.code == 0);
    auto okReport = nlohmann::json::parse(good.out);
    CHECK(okReport["valid"] == true);
    CHECK(okReport["problems"].empty());

    const Run syntax = runCli({"validate", "--json", fixture("syntax_error.json").string()});
    CHECK(syntax.code == 2);
    auto syntaxReport = nlohmann::json::parse(syntax.out);
    CHECK(contains(syntaxReport["error"].get<std::string>(), "line 6, column 5"));
}

TEST_CASE("cli validate: an unknown option or a missing FILE is a usage error") {
    const Run unknown = runCli({"validate", fixture("minimal.json").string(), "--strikt"});
    CHECK(unknown.code == 1);
    CHECK(contains(unknown.err, "--strikt"));
    const Run none = runCli({"validate"});
    CHECK(none.code == 1);
    const Run jsonValue = runCli({"validate", fixture("minimal.json").string(), "--json=ja"});
    CHECK(jsonValue.code == 1);
}

TEST_CASE("cli validate --json: damaged bytes and a file name that is not UTF-8 still give parseable JSON") {
    TempDir dir("cli-validate-bytes");
    std::string text = readBytes(fixture("minimal.json"));
    const std::size_t at = text.find("Kleine testavond");
    REQUIRE(at != std::string::npos);
    text.replace(at + 2, 1, "\xC3\x28");
    writeBytes(dir / "kapot.json", text);
    const Run damaged = runCli({"validate", "--json", (dir / "kapot.json").string()});
    CHECK(damaged.code == 2);
    auto report = nlohmann::json::parse(damaged.out);
    CHECK(contains(report["error"].get<std::string>(), "UTF-8"));

    // Latin-1 "é" in a file name, as a USB stick from an old computer may have.
    const auto latin1 = dir / "avond-\xE9.json";
    writeBytes(latin1, readBytes(fixture("minimal.json")));
    const Run named = runCli({"validate", "--json", latin1.string()});
    CHECK(named.code == 0);
    CHECK(nlohmann::json::parse(named.out)["valid"] == true);
}

TEST_CASE("cli new: a folder that does not exist is an I/O failure naming the file") {
    TempDir dir("cli-new-nofolder");
    const auto file = dir / "bestaat-niet" / "avond.json";
    const Run run = runCli({"new", file.string()});
    CHECK(run.code == 3);
    CHECK(contains(run.err, file.string()));
    CHECK_FALSE(std::filesystem::exists(file));
}
