// Rebalance weighs its moves (issue 18): seated people move when the gain (a language bridge
// restored) is worth more than AssignRules::moveWeight per person, never pinned people or leaders.
#include <doctest/doctest.h>

#include <string>

#include "core/assign/assign.h"
#include "core/assign/assign_sample.h"
#include "test_assign_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

// Three tables of four, one staff member each; all parents in one grade, so only the language
// term can gain. p4 needs support in Arabic; p7 (at p4's table) and p8 (next table) bridge it.
Session bridgeRoom() {
    Session s;
    for (int i = 1; i <= 12; ++i)
        s.participants.push_back(person("p" + std::to_string(i), i <= 3 ? Role::Staff : Role::Parent, {"1"}));
    s.participants[3].languageSupport = "ar";
    s.participants[3].languages = {"ar"};
    s.participants[6].languages = {"nl", "ar"};
    s.participants[7].languages = {"nl", "ar"};
    s.tables = {table("t1"), table("t2"), table("t3")};
    for (int i = 1; i <= 12; ++i)
        s.assignment.seats["p" + std::to_string(i)] = "t" + std::to_string(1 + (i - 1) % 3);
    s.participants[6].present = false; // the bridge speaker at p4's table goes home
    return s;
}

int movesOf(const AssignResult& r, const std::string& id) {
    int count = 0;
    for (const SeatMove& move : r.moves)
        count += move.personId == id ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("rebalance: a swap of two seated people restores a lost language bridge") {
    const Session s = bridgeRoom();
    AssignOptions walkInsOnly;
    walkInsOnly.weighMoves = false;
    const AssignResult before = rebalanceTables(s, walkInsOnly);
    REQUIRE(before.feasible);
    CHECK(before.moves.empty());
    CHECK(before.objective.language == doctest::Approx(100)); // p4 left without a bridge

    const AssignResult r = rebalanceTables(s, {});
    REQUIRE(r.feasible);
    CHECK(independentHardCheck(s, r.seats).empty());
    CHECK(r.objective.language == doctest::Approx(0));
    REQUIRE(r.moves.size() == 2); // one swap: 2 x 10 for 100
    CHECK(r.objective.moves == doctest::Approx(20));
    CHECK(r.objective.total < before.objective.total - 50);
    CHECK(r.seats.at("p4") == r.seats.at("p8"));
    for (const SeatMove& move : r.moves) { // listed with where they sat and sit now
        CHECK(move.fromTable == s.assignment.seats.at(move.personId));
        CHECK(move.toTable == r.seats.at(move.personId));
    }
}

TEST_CASE("rebalance: a bridge worth less than its moves is not restored") {
    Session s = bridgeRoom();
    s.assignRules.moveWeight = 60; // a swap now costs 120, more than the bridge's 100
    const AssignResult r = rebalanceTables(s, {});
    REQUIRE(r.feasible);
    CHECK(r.moves.empty());
    CHECK(r.objective.language == doctest::Approx(100));
}

TEST_CASE("rebalance: weighed moves never touch pinned people or table leaders") {
    Session s = bridgeRoom();
    // The bridge speaker p8 is pinned and t2's staff member leads it: p4 must go to p8 instead.
    s.assignment.pinned = {"p8"};
    s.tables[1].leaderId = "p2";
    s.tables[0].leaderId = "p1";
    const AssignResult r = rebalanceTables(s, {});
    REQUIRE(r.feasible);
    CHECK(independentHardCheck(s, r.seats).empty());
    CHECK(r.objective.language == doctest::Approx(0));
    CHECK(r.seats.at("p8") == "t2");
    CHECK(r.seats.at("p4") == "t2");
    CHECK(movesOf(r, "p8") == 0);
    CHECK(movesOf(r, "p1") == 0);
    CHECK(movesOf(r, "p2") == 0);
}

TEST_CASE("rebalance: weighing moves never ends worse than seating the walk-ins only") {
    int compared = 0, gained = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        SampleShape shape;
        shape.people = 30 + static_cast<int>(seed % 5) * 10;
        shape.tables = 3 + static_cast<int>(seed % 4);
        shape.supportShare = 0.1 + 0.05 * static_cast<double>(seed % 4);
        shape.leaders = seed % 2 == 0;
        Session s = sampleEvening(shape, seed);
        AssignOptions options;
        options.seed = seed;
        const AssignResult first = assignTables(s, options);
        REQUIRE(first.feasible);
        s.assignment.seats = first.seats;
        // Check-in: every fifth person stays home (bridge speakers among them), two walk in.
        for (std::size_t i = 2 + seed % 5; i < s.participants.size(); i += 5)
            if (s.participants[i].role == Role::Parent) s.participants[i].present = false;
        s.participants.push_back(person("late-1", Role::Parent, {"2"}));
        s.participants.push_back(person("late-2", Role::Parent, {"5"}));
        s.participants.back().languageSupport = "tr";
        s.participants.back().languages = {"tr"};
        AssignOptions walkInsOnly = options;
        walkInsOnly.weighMoves = false;
        const AssignResult plain = rebalanceTables(s, walkInsOnly);
        const AssignResult weighed = rebalanceTables(s, options);
        if (!plain.feasible) continue;
        REQUIRE(weighed.feasible);
        CHECK(independentHardCheck(s, weighed.seats).empty());
        // The objective counts moveWeight per person moved: the moves paid for themselves.
        CHECK(weighed.objective.total <= plain.objective.total + 1e-6);
        for (const SeatMove& move : weighed.moves)
            for (const Table& t : s.tables)
                CHECK(move.personId != t.leaderId);
        ++compared;
        gained += weighed.objective.total < plain.objective.total - 1e-6 ? 1 : 0;
        // Deterministic for a seed.
        CHECK(rebalanceTables(s, options).seats == weighed.seats);
    }
    CHECK(compared >= 30);
    CHECK(gained > 0); // the weighed moves did something on some evenings
}
