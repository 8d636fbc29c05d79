// The table balancer's hard rules: property tests over many random evenings, infeasible inputs
// with their reasons, and determinism for a seed.
#include <doctest/doctest.h>

#include "core/assign/assign.h"
#include "core/assign/assign_sample.h"
#include "core/model/session_file.h"
#include "test_assign_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

// A random evening: sizes, staff share, couples, capacities, pins and the family rule vary.
Session randomEvening(std::uint64_t seed) {
    std::uint64_t x = seed * 6364136223846793005ull + 1442695040888963407ull;
    auto roll = [&](int bound) {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdull;
        x ^= x >> 33;
        return static_cast<int>(x % static_cast<std::uint64_t>(bound));
    };
    SampleShape shape;
    shape.tables = 2 + roll(7);
    shape.people = shape.tables * (3 + roll(6)) + roll(shape.tables);
    shape.staffShare = 0.1 + 0.05 * roll(6);
    shape.coupleShare = 0.1 * roll(5);
    shape.leaders = roll(2) == 0;
    Session s = sampleEvening(shape, seed);
    s.assignRules.families = roll(4) == 0 ? FamilySeating::Apart : FamilySeating::Together;
    if (roll(3) == 0) s.tables[0].capacity = (shape.people + shape.tables - 1) / shape.tables;
    for (Participant& p : s.participants) {
        bool leads = false;
        for (const Table& t : s.tables)
            leads = leads || t.leaderId == p.id;
        if (!leads && roll(10) == 0) p.present = false;
    }
    if (roll(2) == 0) {
        // Pin one parent without a family to the last table.
        for (const Participant& p : s.participants)
            if (p.present && p.role == Role::Parent && p.family.empty()) {
                s.assignment.seats[p.id] = s.tables.back().id;
                s.assignment.pinned.push_back(p.id);
                break;
            }
    }
    return s;
}

} // namespace

TEST_CASE("assign: every hard rule holds on 200 random evenings") {
    int feasible = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        CAPTURE(seed);
        Session s = randomEvening(seed);
        AssignOptions options;
        options.seed = seed;
        options.effort = 0.2;
        options.searches = 1 + static_cast<int>(seed % 2); // side-by-side searches keep the rules too
        AssignResult result = assignTables(s, options);
        if (!result.feasible) {
            CHECK_FALSE(result.reasons.empty());
            continue;
        }
        ++feasible;
        std::vector<std::string> broken = independentHardCheck(s, result.seats);
        CHECK_MESSAGE(broken.empty(), broken.front());
        CHECK(result.hardViolations.empty());
        double sum = 0;
        for (const TableReport& t : result.tables)
            sum += t.terms.total;
        CHECK(result.objective.total == doctest::Approx(sum));
    }
    // The generator makes mostly solvable evenings; a solver that gives up often is a bug.
    CHECK(feasible >= 180);
}

TEST_CASE("assign: the same seed gives the same seating") {
    Session s = sampleEvening({60, 6}, 11);
    AssignOptions options;
    options.seed = 99;
    AssignResult first = assignTables(s, options);
    AssignResult second = assignTables(s, options);
    REQUIRE(first.feasible);
    CHECK(first.seats == second.seats);
    CHECK(first.objective.total == second.objective.total);
}

TEST_CASE("assign: infeasible inputs name the reason") {
    Session s;
    s.participants = {person("p1", Role::Staff), person("p2", Role::Parent), person("p3", Role::Parent),
                      person("p4", Role::Parent)};
    s.tables = {table("t1"), table("t2")};

    SUBCASE("one person leads two tables") {
        s.tables[0].leaderId = "p1";
        s.tables[1].leaderId = "p1";
        AssignResult r = assignTables(s, {});
        CHECK_FALSE(r.feasible);
        CHECK(anyContains(r.reasons, "leads two tables"));
    }
    SUBCASE("capacity too small") {
        s.tables[0].capacity = 1;
        s.tables[1].capacity = 1;
        AssignResult r = assignTables(s, {});
        CHECK_FALSE(r.feasible);
        CHECK(anyContains(r.reasons, "hold at most 2 people"));
    }
    SUBCASE("pins contradict the family rule") {
        s.participants[2].family = "f";
        s.participants[3].family = "f";
        s.assignment.seats = {{"p3", "t1"}, {"p4", "t2"}};
        s.assignment.pinned = {"p3", "p4"};
        AssignResult r = assignTables(s, {});
        CHECK_FALSE(r.feasible);
        CHECK(anyContains(r.reasons, "must sit together"));
    }
    SUBCASE("more staff fixed at a table than the staff balance allows") {
        s.participants[1].role = Role::Staff;
        s.participants.push_back(person("p5", Role::Staff));
        s.participants.push_back(person("p6", Role::Parent));
        s.tables[0].leaderId = "p1";
        s.assignment.seats = {{"p2", "t1"}, {"p5", "t1"}};
        s.assignment.pinned = {"p2", "p5"};
        AssignResult r = assignTables(s, {});
        CHECK_FALSE(r.feasible);
        CHECK(anyContains(r.reasons, "staff fixed"));
    }
    SUBCASE("a family larger than a table") {
        for (Participant& p : s.participants)
            p.family = "f";
        AssignResult r = assignTables(s, {});
        CHECK_FALSE(r.feasible);
        CHECK(anyContains(r.reasons, "seats at most 2"));
    }
    SUBCASE("the leader is absent") {
        s.tables[0].leaderId = "p1";
        s.participants[0].present = false;
        AssignResult r = assignTables(s, {});
        CHECK_FALSE(r.feasible);
        CHECK(anyContains(r.reasons, "not among the people to seat"));
    }
    SUBCASE("nobody present, and --all seats the registered") {
        for (Participant& p : s.participants)
            p.present = false;
        AssignResult r = assignTables(s, {});
        CHECK_FALSE(r.feasible);
        CHECK(anyContains(r.reasons, "nobody to seat"));
        AssignOptions all;
        all.presentOnly = false;
        CHECK(assignTables(s, all).feasible);
    }
    SUBCASE("no tables") {
        s.tables.clear();
        CHECK(anyContains(assignTables(s, {}).reasons, "no tables"));
    }
}

TEST_CASE("assign: families apart puts each member at another table") {
    Session s = sampleEvening({40, 5}, 3);
    s.assignRules.families = FamilySeating::Apart;
    AssignResult r = assignTables(s, {});
    REQUIRE(r.feasible);
    CHECK(independentHardCheck(s, r.seats).empty());
    int couples = 0;
    for (std::size_t i = 1; i < s.participants.size(); ++i)
        if (!s.participants[i].family.empty() && s.participants[i].family == s.participants[i - 1].family) {
            ++couples;
            CHECK(r.seats.at(s.participants[i].id) != r.seats.at(s.participants[i - 1].id));
        }
    CHECK(couples > 0);
}

TEST_CASE("assign: rules survive a save and load, defaults are not written") {
    Session s = sampleEvening({8, 2}, 1);
    CHECK(serializeSession(s).find("assignRules") == std::string::npos);
    s.assignRules.families = FamilySeating::Apart;
    s.assignRules.languageWeight = 50;
    s.assignRules.presentOnly = false;
    LoadResult loaded = loadSessionText(serializeSession(s), "rules.json");
    REQUIRE(loaded.session);
    CHECK(loaded.problems.empty());
    CHECK(toString(loaded.session->assignRules.families) == std::string("apart"));
    CHECK(loaded.session->assignRules.languageWeight == 50);
    CHECK_FALSE(loaded.session->assignRules.presentOnly);

    std::string text = serializeSession(s);
    text.replace(text.find("\"apart\""), 7, "\"los\"");
    LoadResult bad = loadSessionText(text, "rules.json");
    REQUIRE_FALSE(bad.problems.empty());
    CHECK(bad.problems[0].path == "assignRules.families");
}
