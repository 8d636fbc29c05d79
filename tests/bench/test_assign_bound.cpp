// The pattern bound (bench/assign_bound.h) is what bench_assign holds the 400/40 seating against,
// so it must be a true lower bound: never above the cheapest seating that keeps the hard rules
// (checked by trying every seating of small evenings), and tight enough to mean something (it
// meets the optimum where that is known).
#include <doctest/doctest.h>

#include <functional>
#include <limits>

#include "assign_bound.h"
#include "assign_references.h"
#include "core/assign.h"
#include "core/assign_sample.h"
#include "core/test_assign_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

// The cheapest seating of every present participant that keeps the hard rules, by trying all.
double cheapestSeating(const Session& s) {
    double best = std::numeric_limits<double>::infinity();
    std::map<std::string, std::string> seats;
    std::function<void(std::size_t)> tryFrom = [&](std::size_t i) {
        if (i == s.participants.size()) {
            AssignResult r = evaluateSeating(s, seats, {});
            if (r.feasible && r.hardViolations.empty()) best = std::min(best, r.objective.total);
            return;
        }
        for (const Table& t : s.tables) {
            seats[s.participants[i].id] = t.id;
            tryFrom(i + 1);
        }
    };
    tryFrom(0);
    return best;
}

// Eight people at three tables (sizes 3, 3 and 2), a leader at t3 and a pinned parent at t1.
Session twoSizesWithPin(std::uint64_t seed) {
    Session s = smallEvening(seed, FamilySeating::Together);
    Participant extra = person("p7", Role::Parent, {std::to_string(1 + seed % 3)});
    extra.preference1 = "B";
    s.participants.push_back(extra);
    s.tables[2].leaderId = "p0";
    s.assignment.seats["p5"] = "t1";
    s.assignment.pinned = {"p5"};
    return s;
}

// The bound of `s` against its cheapest seating: never above it, and equal when `exact`.
void checkAgainstEverySeating(const Session& s, bool exact) {
    const double cheapest = cheapestSeating(s);
    REQUIRE(cheapest < std::numeric_limits<double>::infinity());
    const bench::PatternBound bound = bench::patternBound(s, {});
    REQUIRE(bound.reasons.empty());
    CHECK(bound.converged);
    CHECK(bound.bound <= cheapest + 1e-9);
    // A pricing step that missed patterns would leave the bound below the optimum.
    if (exact) CHECK(bound.bound == doctest::Approx(cheapest));
}

} // namespace

TEST_CASE("assign bound: never above the cheapest seating, and meets it on small evenings") {
    for (FamilySeating families : {FamilySeating::Together, FamilySeating::Apart})
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            CAPTURE(seed);
            CAPTURE(toString(families));
            // Keeping families apart is relaxed away, so only seating them together is exact.
            checkAgainstEverySeating(smallEvening(seed, families), families == FamilySeating::Together);
        }
}

TEST_CASE("assign bound: two table sizes, a leader and a pinned person") {
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        CAPTURE(seed);
        checkAgainstEverySeating(twoSizesWithPin(seed), true);
    }
}

TEST_CASE("assign bound: meets cbc's proven optimum on the small bench evenings") {
    for (const bench::AssignReference& reference : bench::kAssignReferences) {
        if (reference.people > 40) continue;
        CAPTURE(reference.people);
        SampleShape shape;
        shape.people = reference.people + 10; // as bench_assign: 10 late arrivals not yet present
        shape.tables = reference.tables;
        Session s = sampleEvening(shape, 2026);
        for (std::size_t i = s.participants.size() - 10; i < s.participants.size(); ++i)
            s.participants[i].present = false;
        const bench::PatternBound bound = bench::patternBound(s, {});
        REQUIRE(bound.reasons.empty());
        CHECK(bound.converged);
        REQUIRE(reference.proven());
        CHECK(bound.bound <= reference.best + 1e-9);
        CHECK(bound.bound == doctest::Approx(reference.best));
    }
}

TEST_CASE("assign bound: an evening without any seating gives the reason, not a bound") {
    Session s = smallEvening(1, FamilySeating::Together);
    for (Table& t : s.tables)
        t.capacity = 1; // seven people, three seats
    const bench::PatternBound bound = bench::patternBound(s, {});
    CHECK_FALSE(bound.reasons.empty());
    CHECK_FALSE(bound.converged);
}
