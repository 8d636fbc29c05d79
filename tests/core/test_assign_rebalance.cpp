// Rebalancing after check-in and late arrivals, and the second round.
#include <doctest/doctest.h>

#include <set>

#include "core/assign/assign.h"
#include "core/assign/assign_sample.h"
#include "test_assign_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

// Three tables of four (one staff member each), seated by hand.
Session seatedRoom() {
    Session s;
    for (int i = 1; i <= 12; ++i)
        s.participants.push_back(person("p" + std::to_string(i), i <= 3 ? Role::Staff : Role::Parent,
                                        {std::to_string(1 + i % 4)}));
    s.tables = {table("t1"), table("t2"), table("t3")};
    for (int i = 1; i <= 12; ++i)
        s.assignment.seats["p" + std::to_string(i)] = "t" + std::to_string(1 + (i - 1) % 3);
    return s;
}

} // namespace

TEST_CASE("rebalance: a late arrival at a room with space moves nobody") {
    Session s = seatedRoom();
    // p12 (at t3) went home: sizes 4/4/3. A newcomer arrives.
    s.participants[11].present = false;
    s.assignment.seats.erase("p12");
    s.participants.push_back(person("p13", Role::Parent, {"2"}));
    AssignResult r = rebalanceTables(s, {});
    REQUIRE(r.feasible);
    CHECK(r.moves.empty());
    CHECK(r.newcomers == 1);
    CHECK(r.seats.at("p13") == "t3");
    CHECK(independentHardCheck(s, r.seats).empty());
    for (const auto& [id, tableId] : s.assignment.seats)
        CHECK(r.seats.at(id) == tableId);
}

TEST_CASE("rebalance: check-in that empties one table moves exactly one person") {
    Session s = seatedRoom();
    // p7 and p10 (both parents at t1) stay away: sizes 2/4/4 for 10 people -> 3/3/4 needs one move.
    s.participants[6].present = false;
    s.participants[9].present = false;
    AssignResult r = rebalanceTables(s, {});
    REQUIRE(r.feasible);
    CHECK(independentHardCheck(s, r.seats).empty());
    REQUIRE(r.moves.size() == 1);
    CHECK(r.moves[0].toTable == "t1");
    CHECK(r.objective.moves == doctest::Approx(10));
}

TEST_CASE("rebalance: pinned people and leaders stay, movers are listed") {
    Session s = sampleEvening({40, 5}, 5);
    AssignResult first = assignTables(s, {});
    REQUIRE(first.feasible);
    s.assignment.seats = first.seats;
    // Pin two parents, then five people leave and three arrive.
    std::vector<std::string> pinnedIds;
    for (const Participant& p : s.participants)
        if (p.role == Role::Parent && p.family.empty() && pinnedIds.size() < 2) pinnedIds.push_back(p.id);
    s.assignment.pinned = pinnedIds;
    int left = 0;
    for (Participant& p : s.participants) {
        bool pinned = p.id == pinnedIds[0] || p.id == pinnedIds[1];
        if (p.role == Role::Parent && p.family.empty() && !pinned && left < 5) {
            p.present = false;
            ++left;
        }
    }
    for (int i = 0; i < 3; ++i)
        s.participants.push_back(person("late-" + std::to_string(i), Role::Parent, {"3"}));
    AssignResult r = rebalanceTables(s, {});
    REQUIRE(r.feasible);
    CHECK(independentHardCheck(s, r.seats).empty());
    CHECK(r.newcomers == 3);
    for (const SeatMove& move : r.moves) {
        CHECK(move.fromTable == s.assignment.seats.at(move.personId));
        CHECK(move.toTable == r.seats.at(move.personId));
        CHECK(move.personId != pinnedIds[0]);
        CHECK(move.personId != pinnedIds[1]);
    }
    int changed = 0;
    for (const auto& [id, tableId] : s.assignment.seats)
        if (r.seats.count(id) && r.seats.at(id) != tableId) ++changed;
    CHECK(changed == static_cast<int>(r.moves.size()));
}

TEST_CASE("second round: people meet new people and the hard rules still hold") {
    Session s;
    for (int i = 1; i <= 16; ++i)
        s.participants.push_back(person("p" + std::to_string(i), i <= 4 ? Role::Staff : Role::Parent));
    s.tables = {table("t1"), table("t2"), table("t3"), table("t4")};
    AssignResult round1 = assignTables(s, {});
    REQUIRE(round1.feasible);
    s.assignment.seats = round1.seats;
    // Unchanged seats would repeat all 4 x 6 = 24 pairs.
    CHECK(evaluateSeating(s, round1.seats, {}, {}, round1.seats).repeatedPairs == 24);
    AssignResult round2 = planSecondRound(s, {});
    REQUIRE(round2.feasible);
    CHECK(independentHardCheck(s, round2.seats).empty());
    // Four tables of four from four round-1 tables: everyone can meet only new people.
    CHECK(round2.repeatedPairs == 0);
    int repeated = 0;
    for (const auto& [a, ta] : round2.seats)
        for (const auto& [b, tb] : round2.seats)
            if (a < b && ta == tb && round1.seats.at(a) == round1.seats.at(b)) ++repeated;
    CHECK(repeated == 0);
}
