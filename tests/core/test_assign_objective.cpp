// The soft objective of the table balancer: terms on a hand-checked evening, and the solver's
// result against the brute-force optimum of small evenings.
#include <doctest/doctest.h>

#include <functional>
#include <limits>

#include "core/assign/assign.h"
#include "test_assign_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

// Two tables (themes A and B), three parents and one staff member.
Session handEvening() {
    Session s;
    Participant p1 = person("p1", Role::Parent, {"1"});
    p1.preference1 = "A";
    p1.preference2 = "B";
    Participant p2 = person("p2", Role::Parent, {"1", "2"});
    p2.preference1 = "B";
    Participant p3 = person("p3", Role::Parent, {"2"});
    p3.preference1 = "A";
    p3.preference2 = "B";
    p3.languageSupport = "ar";
    p3.languages = {"ar"};
    Participant s1 = person("s1", Role::Staff, {"5"});
    s.participants = {p1, p2, p3, s1};
    s.tables = {table("t1", "A"), table("t2", "B")};
    return s;
}

} // namespace

TEST_CASE("assign objective: terms on a hand-checked evening") {
    Session s = handEvening();
    const std::map<std::string, std::string> seats = {{"p1", "t1"}, {"p2", "t1"}, {"p3", "t2"}, {"s1", "t2"}};
    // Preference: p1 at A = 1st (0), p2 at A = other (4), p3 at B = 2nd (1), s1 none (0) -> 5.
    // Grades (parents only, N = 4 people, tables of 2): grade 1 has p1, p2 -> fair share 2*2/4 = 1;
    // grade 2 has p2, p3 -> share 1. t1: |2-1| + |1-1| = 1; t2: |0-1| + |1-1| = 1. Spread 2, x2 = 4.
    // Language: p3 needs Arabic at t2, s1 speaks only Dutch -> 1 unsupported, x100 = 100.
    // Total 5 + 4 + 100 = 109.
    AssignResult r = evaluateSeating(s, seats, {});
    CHECK(r.feasible);
    CHECK(r.objective.preference == doctest::Approx(5));
    CHECK(r.objective.grade == doctest::Approx(4));
    CHECK(r.objective.language == doctest::Approx(100));
    CHECK(r.objective.moves == doctest::Approx(0));
    CHECK(r.objective.total == doctest::Approx(109));
    REQUIRE(r.tables.size() == 2);
    CHECK(r.tables[0].firstChoice == 1);
    CHECK(r.tables[0].otherChoice == 1);
    CHECK(r.tables[1].secondChoice == 1);
    CHECK(r.tables[1].noPreference == 1);
    CHECK(r.tables[1].unsupported == 1);
    CHECK(r.tables[0].grades.at("1") == 2);

    // A staff member who speaks Arabic and Dutch bridges for p3: the language term vanishes.
    s.participants[3].languages = {"nl", "ar"};
    CHECK(evaluateSeating(s, seats, {}).objective.total == doctest::Approx(9));
    // Moves count against a previous seating: p1 and p3 changed table -> 2 x 10 = 20.
    const std::map<std::string, std::string> before = {
        {"p1", "t2"}, {"p2", "t1"}, {"p3", "t1"}, {"s1", "t2"}};
    CHECK(evaluateSeating(s, seats, {}, before).objective.moves == doctest::Approx(20));
}

TEST_CASE("assign objective: the solver finds the brute-force optimum of small evenings without families") {
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        CAPTURE(seed);
        Session s;
        const char* themes[] = {"A", "B", "C"};
        const int people = 6 + static_cast<int>(seed % 2);
        for (int i = 0; i < people; ++i) {
            Participant p = person("p" + std::to_string(i), i < 2 ? Role::Staff : Role::Parent,
                                   {std::to_string(1 + (i * seed) % 3)});
            p.preference1 = themes[(i + seed) % 3];
            p.preference2 = themes[(i * 7 + seed) % 3];
            if ((i + seed) % 4 == 0) {
                p.languageSupport = "tr";
                p.languages = {"tr"};
            } else if ((i * seed) % 5 == 1) {
                p.languages = {"nl", "tr"};
            }
            s.participants.push_back(p);
        }
        // Families (blocks of two) are left out: moves and swaps of single people reach every
        // seating; blocks of different sizes need compound moves the local search does not make yet.
        s.tables = {table("t1", "A"), table("t2", "B"), table("t3", "C")};
        // Every seating of the people over three tables, each judged by evaluateSeating.
        double optimum = std::numeric_limits<double>::infinity();
        std::map<std::string, std::string> seats;
        std::function<void(int)> enumerate = [&](int i) {
            if (i == people) {
                AssignResult r = evaluateSeating(s, seats, {});
                if (r.feasible) optimum = std::min(optimum, r.objective.total);
                return;
            }
            for (const Table& t : s.tables) {
                seats[s.participants[i].id] = t.id;
                enumerate(i + 1);
            }
        };
        enumerate(0);
        REQUIRE(optimum < std::numeric_limits<double>::infinity());
        AssignOptions options;
        options.seed = seed;
        AssignResult solved = assignTables(s, options);
        REQUIRE(solved.feasible);
        CHECK(independentHardCheck(s, solved.seats).empty());
        CHECK(solved.objective.total == doctest::Approx(optimum));
    }
}
