// `dialoogavond assign`, run in-process with captured streams on a temporary session file.
#include <doctest/doctest.h>

#include <sstream>

#include "../core/test_assign_support.h"
#include "../core/test_support.h"
#include "cli/cli.h"
#include "core/assign/assign.h"
#include "core/assign/assign_sample.h"
#include "core/model/session_file.h"

using namespace dlg;
using namespace dlg::test;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run runAssign(const cli::Args& args) {
    std::ostringstream out, err;
    cli::Io io{out, err};
    Run result;
    result.code = cli::run(args, io);
    result.out = out.str();
    result.err = err.str();
    return result;
}

std::string writeSample(const TempDir& dir, const Session& session) {
    std::string file = (dir / "avond.json").string();
    REQUIRE_FALSE(saveSessionFile(file, session).has_value());
    return file;
}

} // namespace

TEST_CASE("cli assign: --json seats everyone, reports the objective and saves the seating") {
    TempDir dir("assign");
    const Session sample = sampleEvening({40, 5}, 8);
    const std::string file = writeSample(dir, sample);
    Run run = runAssign({"assign", file, "--json", "--seed", "3"});
    INFO(run.err);
    REQUIRE(run.code == 0);
    Json json = Json::parse(run.out);
    CHECK(json["hard_violations"].empty());
    CHECK(json["assignment"].size() == sample.participants.size());
    CHECK(json["tables"].size() == 5);
    const Json& o = json["objective"];
    CHECK(o["total"].get<double>() == doctest::Approx(o["preference"].get<double>() +
                                                      o["grade"].get<double>() + o["language"].get<double>() +
                                                      o["moves"].get<double>() + o["repeats"].get<double>()));
    LoadResult saved = loadSessionFile(file);
    REQUIRE(saved.session);
    CHECK(saved.session->assignment.seed == 3);
    CHECK(Json(saved.session->assignment.seats) == json["assignment"]);

    Run second = runAssign({"assign", file, "--round", "2"});
    CHECK(second.code == 0);
    CHECK(contains(second.out, "objective"));
    CHECK(loadSessionFile(file).session->assignment.round2.size() == sample.participants.size());
}

TEST_CASE("cli assign: --thorough runs the thorough search and saves its seating") {
    TempDir dir("assign-thorough");
    // Small, so the thorough mode's work (it grows with the evening) stays cheap in the tests.
    const Session sample = sampleEvening({40, 5}, 4);
    const std::string file = writeSample(dir, sample);
    // A seed on which the thorough mode finds a cheaper seating than the normal run, so the flag's
    // effect is visible (the normal run finds the optimum of this evening on some seeds).
    AssignOptions options;
    AssignResult thorough;
    for (options.seed = 1; options.seed <= 12; ++options.seed) {
        thorough = assignTables(sample, thoroughOptions(options));
        REQUIRE(thorough.feasible);
        if (thorough.objective.total < assignTables(sample, options).objective.total - 1e-9) break;
    }
    REQUIRE(options.seed <= 12);
    const std::string seed = std::to_string(options.seed);
    Run run = runAssign({"assign", file, "--json", "--seed", seed, "--thorough"});
    INFO(run.err);
    REQUIRE(run.code == 0);
    CHECK(Json::parse(run.out)["objective"]["total"].get<double>() ==
          doctest::Approx(thorough.objective.total));
    CHECK(loadSessionFile(file).session->assignment.seats == thorough.seats);
    CHECK(contains(run.err, "thorough search")); // says why the terminal waits
    CHECK(contains(runAssign({"assign", "--help"}).out, "--thorough"));
}

TEST_CASE("cli assign: infeasible input exits 2 with the reason, usage errors exit 1") {
    TempDir dir("assign");
    Session sample = sampleEvening({12, 2}, 4);
    for (Table& table : sample.tables)
        table.capacity = 3;
    const std::string file = writeSample(dir, sample);
    Run run = runAssign({"assign", file});
    CHECK(run.code == 2);
    CHECK(contains(run.err, "hold at most 6 people"));
    CHECK(runAssign({"assign", file, "--round", "3"}).code == 1);
    CHECK(runAssign({"assign", file, "--seed", "x"}).code == 1);
    CHECK(runAssign({"assign"}).code == 1);
    CHECK(runAssign({"assign", "--help"}).code == 0);
    CHECK(runAssign({"assign", (dir / "missing.json").string()}).code == 3);
    Run rebalance = runAssign({"assign", file, "--rebalance"});
    CHECK(rebalance.code == 2);
    CHECK(contains(rebalance.err, "needs an existing seating"));
}

TEST_CASE("cli assign: before check-in everyone registered is seated and the output says so") {
    TempDir dir("assign");
    Session sample = sampleEvening({30, 4}, 6);
    for (Participant& person : sample.participants)
        person.present = false; // the week before: nobody checked in
    sample.participants[5].rsvp = Rsvp::Declined;
    const std::string file = writeSample(dir, sample);
    Run before = runAssign({"assign", file});
    INFO(before.err);
    REQUIRE(before.code == 0);
    CHECK(contains(before.out, "nobody is checked in yet: seating everyone who did not decline"));
    CHECK(contains(before.out, "seated 29 people"));

    // Check-in has begun: only the present ones, and no such line.
    for (int i = 0; i < 20; ++i)
        sample.participants[static_cast<std::size_t>(i)].present = true;
    const std::string checkedIn = writeSample(dir, sample);
    Run during = runAssign({"assign", checkedIn});
    INFO(during.err);
    REQUIRE(during.code == 0);
    CHECK_FALSE(contains(during.out, "nobody is checked in"));
    CHECK(contains(during.out, "seated 20 people"));
}

TEST_CASE("cli assign: --rebalance lists the people it moved") {
    TempDir dir("assign");
    Session room = sampleEvening({12, 3}, 1); // its title and themes; people and tables below
    room.participants.clear();
    room.tables.clear();
    room.assignment = {};
    for (int i = 1; i <= 12; ++i)
        room.participants.push_back(
            person("p" + std::to_string(i), i <= 3 ? Role::Staff : Role::Parent, {"1"}));
    room.participants[3].languageSupport = "ar";
    room.participants[3].languages = {"ar"};
    room.participants[6].languages = {"nl", "ar"};
    room.participants[7].languages = {"nl", "ar"};
    for (const char* id : {"t1", "t2", "t3"})
        room.tables.push_back(table(id));
    for (int i = 1; i <= 12; ++i)
        room.assignment.seats["p" + std::to_string(i)] = "t" + std::to_string(1 + (i - 1) % 3);
    room.participants[6].present = false; // p4's bridge goes home
    for (Participant& p : room.participants)
        p.firstName = p.id;
    const std::string file = writeSample(dir, room);
    Run run = runAssign({"assign", file, "--rebalance"});
    INFO(run.err);
    REQUIRE(run.code == 0);
    CHECK(contains(run.out, "moved 2 seated people"));
    CHECK(contains(run.out, "language 0.00"));
}
