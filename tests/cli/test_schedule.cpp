// `dialoogavond schedule`, run in-process with captured streams on sessions made from the default
// draaiboek template (15,5,5,45,5,10,30,10,10 minutes; latest end 21:45).
#include <doctest/doctest.h>

#include <ctime>
#include <sstream>

#include "../core/test_support.h"
#include "cli/cli.h"
#include "core/model/paths.h"
#include "core/model/session_file.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_ops.h"

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

Session templateEvening() {
    const LoadResult loaded = loadSessionFile(defaultTemplatePath());
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return *loaded.session;
}

std::filesystem::path saved(const TempDir& dir, const Session& session,
                            const std::string& name = "avond.json") {
    const auto file = dir / name;
    const auto error = saveSessionFile(file, session);
    REQUIRE_MESSAGE(!error, *error);
    return file;
}

// 19:30 local time on an evening in November, in UTC seconds, in whatever zone the test runs.
std::int64_t local1930() {
    std::tm tm{};
    tm.tm_year = 2026 - 1900;
    tm.tm_mon = 10;
    tm.tm_mday = 24;
    tm.tm_hour = 19;
    tm.tm_min = 30;
    tm.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&tm));
}

} // namespace

TEST_CASE("cli schedule: the default template from 19:30 ends at 21:45") {
    TempDir dir("cli-schedule");
    const auto file = saved(dir, templateEvening());
    const Run run = runCli({"schedule", file.string()});
    CHECK_MESSAGE(run.code == 0, run.err);
    CHECK(contains(run.out, "19:30"));
    CHECK(contains(run.out, "End 21:45, 135 minutes"));
    CHECK_FALSE(contains(run.out, "Warning"));

    const Run json = runCli({"schedule", file.string(), "--json"});
    REQUIRE_MESSAGE(json.code == 0, json.err);
    const Json report = Json::parse(json.out);
    CHECK(report["end"] == "21:45");
    CHECK(report["totalMinutes"] == 135);
    CHECK(report["status"] == "notStarted");
    REQUIRE(report["phases"].size() == 9);
    CHECK(report["phases"][0]["plannedStart"] == "19:30");
    CHECK(report["phases"][0]["plannedEnd"] == "19:45");
    CHECK(report["phases"][3]["plannedStart"] == "19:55");
    CHECK(report["phases"][3]["minutes"] == 45);
    CHECK(report["phases"][8]["plannedEnd"] == "21:45");
    CHECK_FALSE(report["phases"][0].contains("actualStart"));
}

TEST_CASE("cli schedule: --start 19:00 ends at 21:15 and a bad --start is a usage error") {
    TempDir dir("cli-schedule");
    const auto file = saved(dir, templateEvening());
    const Run early = runCli({"schedule", file.string(), "--start", "19:00", "--json"});
    REQUIRE_MESSAGE(early.code == 0, early.err);
    CHECK(Json::parse(early.out)["end"] == "21:15");
    CHECK(Json::parse(early.out)["phases"][0]["plannedStart"] == "19:00");

    const Run bad = runCli({"schedule", file.string(), "--start", "7 uur"});
    CHECK(bad.code == 1);
    CHECK(contains(bad.err, "--start"));
    CHECK(contains(bad.err, "7 uur"));
    CHECK(bad.out.empty());

    const Run badNow = runCli({"schedule", file.string(), "--now", "gisteren"});
    CHECK(badNow.code == 1);
    CHECK(contains(badNow.err, "--now"));
}

TEST_CASE("cli schedule: missing file is an I/O failure, broken JSON is invalid data") {
    TempDir dir("cli-schedule");
    const Run missing = runCli({"schedule", (dir / "bestaat-niet.json").string()});
    CHECK(missing.code == 3);
    CHECK(contains(missing.err, "bestaat-niet.json"));

    const auto broken = dir / "kapot.json";
    writeBytes(broken, "{\"format\": \"dialoogavond-session\", \"version\": 1,\n  \"phases\": [\n");
    const Run invalid = runCli({"schedule", broken.string()});
    CHECK(invalid.code == 2);
    CHECK(contains(invalid.err, "kapot.json"));

    Session session = templateEvening();
    session.meta.start = "half acht";
    const Run badStart = runCli({"schedule", saved(dir, session).string()});
    CHECK(badStart.code == 2);
    CHECK(contains(badStart.err, "meta.start"));

    CHECK(runCli({"schedule"}).code == 1);
    const Run help = runCli({"schedule", "--help"});
    CHECK(help.code == 0);
    CHECK(contains(help.out, "--now"));
}

TEST_CASE("cli schedule: a plan past the latest end warns and proposes a squeeze, past midnight too") {
    TempDir dir("cli-schedule");
    Session session = templateEvening();
    session.meta.start = "23:00";
    session.meta.latestEnd = "01:00";
    const auto file = saved(dir, session);
    const Run run = runCli({"schedule", file.string()});
    CHECK_MESSAGE(run.code == 0, run.err);
    CHECK(contains(run.out, "End 01:15+1d"));
    CHECK(contains(run.out, "Warning: the plan ends 15 min after the latest end 01:00"));
    CHECK(contains(run.out, "To end by 01:00"));

    const Json report = Json::parse(runCli({"schedule", file.string(), "--json"}).out);
    CHECK(report["end"] == "01:15");
    CHECK(report["endsNextDay"] == true);
    CHECK(report["minutesPastLatestEnd"] == 15);
    CHECK(report["squeeze"]["neededMinutes"] == 15);
    int cut = 0;
    for (const Json& change : report["squeeze"]["changes"])
        cut += change["fromMinutes"].get<int>() - change["toMinutes"].get<int>();
    CHECK(cut == 15);
}

TEST_CASE("cli schedule: with a run log it shows actual times, drift, projected end and the squeeze") {
    TempDir dir("cli-schedule");
    Session session = templateEvening();
    Problems problems;
    const auto plan = planForSession(session, problems);
    REQUIRE(plan);
    const std::int64_t t = local1930();
    REQUIRE(startEvening(session.run, *plan, t).applied());
    REQUIRE(nextPhase(session.run, *plan, t + 25 * 60).applied()); // the first phase ran 10 minutes over
    const auto file = saved(dir, session);
    const std::string now = std::to_string(t + 27 * 60);

    const Run json = runCli({"schedule", file.string(), "--json", "--now", now});
    REQUIRE_MESSAGE(json.code == 0, json.err);
    const Json report = Json::parse(json.out);
    CHECK(report["status"] == "running");
    CHECK(report["current"] == session.phases[1].id);
    CHECK(report["remainingSeconds"] == 3 * 60);
    CHECK(report["driftSeconds"] == 10 * 60); // the second phase ends 20:00 instead of 19:50
    CHECK(report["projectedEnd"] == "21:55");
    CHECK(report["phases"][0]["actualStart"] == "19:30");
    CHECK(report["phases"][0]["actualEnd"] == "19:55");
    CHECK(report["phases"][1]["actualStart"] == "19:55");
    CHECK_FALSE(report["phases"][1].contains("actualEnd"));
    CHECK(report["squeeze"]["neededMinutes"] == 10);
    CHECK(report["squeeze"]["stillLateMinutes"] == 0);

    const Run table = runCli({"schedule", file.string(), "--now", now});
    REQUIRE_MESSAGE(table.code == 0, table.err);
    CHECK(contains(table.out, "remaining 03:00"));
    CHECK(contains(table.out, "Drift +10:00 (behind), projected end 21:55"));
    CHECK(contains(table.out, "To end by 21:45, shorten:"));
}
