// The pattern bound (bench/assign_bound.h) is what bench_assign holds the 400/40 seating against,
// so it must be a true lower bound: never above the cheapest seating that keeps the hard rules
// (checked by trying every seating of small evenings), and tight enough to mean something (it
// meets the optimum where that is known).
#include <doctest/doctest.h>

#include <functional>
#include <limits>
#include <random>

#include "assign_bound.h"
#include "assign_bound_patterns.h"
#include "assign_references.h"
#include "core/assign/assign.h"
#include "core/assign/assign_instance.h"
#include "core/assign/assign_sample.h"
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

// Six to eight people at three tables with everything the costs look at drawn at random: several
// (or repeated) grades, no preference, tables without a theme, a small capacity, a leader, a pin,
// families together or apart, people who need support in a language they also speak, weights.
Session randomEvening(std::mt19937_64& rng) {
    auto below = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const char* themes[] = {"A", "B", "C", ""};
    const char* languages[] = {"tr", "ar"};
    Session s;
    const int people = 6 + below(3);
    for (int i = 0; i < people; ++i) {
        const bool staff = below(4) == 0;
        std::vector<std::string> grades;
        for (int k = staff ? 0 : below(3); k > 0; --k)
            grades.push_back(std::to_string(1 + below(3)));
        Participant p = person("p" + std::to_string(i), staff ? Role::Staff : Role::Parent, grades);
        if (below(5) > 0) p.preference1 = themes[below(3)];
        if (below(3) > 0) p.preference2 = themes[below(3)];
        p.languages.clear();
        if (below(4) > 0) p.languages.push_back("nl");
        if (below(3) == 0) p.languages.push_back(languages[below(2)]);
        if (!staff && below(3) == 0) p.languageSupport = languages[below(2)];
        if (below(4) == 0) p.family = "f" + std::to_string(below(2));
        s.participants.push_back(p);
    }
    s.assignRules.families = below(2) ? FamilySeating::Together : FamilySeating::Apart;
    s.assignRules.preferenceWeight = below(3);
    s.assignRules.gradeWeight = 0.5 * below(6);
    s.assignRules.languageWeight = below(2) ? 100 : 3;
    for (int t = 0; t < 3; ++t)
        s.tables.push_back(table("t" + std::to_string(t), themes[below(4)], "", below(3) == 0 ? 2 : 0));
    if (below(3) == 0) s.tables[below(3)].leaderId = "p" + std::to_string(below(people));
    if (below(3) == 0) {
        const std::string id = "p" + std::to_string(below(people));
        s.assignment.seats[id] = "t" + std::to_string(below(3));
        s.assignment.pinned = {id};
    }
    return s;
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

TEST_CASE("assign bound: never above the cheapest seating of random small evenings") {
    std::mt19937_64 rng(2026);
    int compared = 0, exact = 0;
    for (int evening = 0; evening < 60; ++evening) {
        CAPTURE(evening);
        const Session s = randomEvening(rng);
        const double cheapest = cheapestSeating(s);
        if (cheapest == std::numeric_limits<double>::infinity()) continue; // no seating keeps the rules
        const bench::PatternBound bound = bench::patternBound(s, {});
        if (!bound.reasons.empty()) continue; // the balancer found no seating to start from
        ++compared;
        CHECK(bound.converged);
        CHECK(bound.bound <= cheapest + 1e-9);
        exact += bound.bound > cheapest - 1e-4 ? 1 : 0;
    }
    CHECK(compared >= 40);
    CHECK(exact * 2 >= compared); // a bound of 0 would pass the check above: it must be tight too
}

TEST_CASE("assign bound: tables alike but for their capacity are told apart") {
    // Three tables of one theme, the first holding at most two: grouped with the others, either
    // all three could take three people (too low a bound) or none could (no bound at all).
    Session s = smallEvening(2, FamilySeating::Together);
    s.participants.push_back(person("p7", Role::Parent, {"2"}));
    s.tables = {table("t1", "A", "", 2), table("t2", "A"), table("t3", "A")};
    std::vector<std::string> reasons;
    const assign::Instance in = assign::buildInstance(s, {}, {}, reasons);
    REQUIRE(reasons.empty());
    const bench::bound::PatternProblem problem = bench::bound::patternProblem(in);
    CHECK(problem.classOfTable[0] != problem.classOfTable[1]);
    CHECK(problem.classOfTable[1] == problem.classOfTable[2]); // alike tables do share a class
    checkAgainstEverySeating(s, true);
}
