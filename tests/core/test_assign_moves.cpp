// The balancer's search steps on their own: the guided annealing (swaps, rotations, a family for
// two singles, language groups) and the exchange rounds (optimal reassignment of one block per
// table) keep every hard rule, never return a worse seating than they were given, and their
// counters agree with an independent evaluation. The assignment solver is checked by brute force.
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>

#include "core/assign/assign.h"
#include "core/assign/assign_anneal.h"
#include "core/assign/assign_exchange.h"
#include "core/assign/assign_instance.h"
#include "core/assign/assign_sample.h"
#include "test_assign_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

std::map<std::string, std::string> seatsOf(const assign::Instance& in, const assign::Seating& seating) {
    std::map<std::string, std::string> seats;
    for (int p = 0; p < in.people; ++p)
        seats[in.persons[p]->id] = in.tables[seating.tableOfPerson(p)]->id;
    return seats;
}

// Sample evenings with families together and apart, sizes that divide evenly and not.
Session evening(int people, int tables, bool apart) {
    SampleShape shape;
    shape.people = people;
    shape.tables = tables;
    shape.coupleShare = 0.5;
    Session s = sampleEvening(shape, 77 + static_cast<std::uint64_t>(people));
    if (apart) s.assignRules.families = FamilySeating::Apart;
    return s;
}

} // namespace

TEST_CASE("assign moves: the cheapest assignment is the brute-force optimum") {
    assign::Rng rng(5);
    for (int round = 0; round < 50; ++round) {
        const int n = 1 + round % 6;
        std::vector<double> cost(static_cast<std::size_t>(n) * n);
        for (double& c : cost)
            c = rng.below(20) - 5 + (rng.below(2) == 0 ? 0.5 : 0);
        std::vector<int> permutation(n);
        std::iota(permutation.begin(), permutation.end(), 0);
        double best = 1e300;
        do {
            double sum = 0;
            for (int i = 0; i < n; ++i)
                sum += cost[static_cast<std::size_t>(i) * n + permutation[i]];
            best = std::min(best, sum);
        } while (std::next_permutation(permutation.begin(), permutation.end()));
        std::vector<int> assignment = assign::cheapestAssignment(cost, n);
        std::vector<int> sorted = assignment;
        std::sort(sorted.begin(), sorted.end());
        std::vector<int> identity(n);
        std::iota(identity.begin(), identity.end(), 0);
        REQUIRE(sorted == identity);
        double sum = 0;
        for (int i = 0; i < n; ++i)
            sum += cost[static_cast<std::size_t>(i) * n + assignment[i]];
        CHECK(sum == doctest::Approx(best));
    }
}

TEST_CASE("assign moves: annealing and exchange rounds keep every hard rule and never end worse") {
    for (bool apart : {false, true})
        for (auto [people, tables] : {std::pair{23, 4}, std::pair{40, 5}, std::pair{61, 6}}) {
            CAPTURE(apart);
            CAPTURE(people);
            Session s = evening(people, tables, apart);
            std::vector<std::string> reasons;
            assign::Instance in = assign::buildInstance(s, {}, s.assignment.seats, reasons);
            REQUIRE(reasons.empty());
            std::vector<bool> movable(in.blocks.size());
            for (std::size_t b = 0; b < in.blocks.size(); ++b)
                movable[b] = in.blocks[b].fixedTable < 0;
            assign::Rng rng(static_cast<std::uint64_t>(people));
            assign::Budget budget{0, 1000000, nullptr, {}};
            assign::Seating seating(in, {}, {});
            assign::construct(seating, in, rng, budget);
            REQUIRE(assign::repair(seating, in, rng, movable, false, budget));
            const double start = seating.cost();

            assign::guidedAnneal(seating, in, rng, movable, 20000, budget);
            CHECK(seating.hard() == 0);
            CHECK(seating.cost() <= start + 1e-9);
            AssignResult annealed = evaluateSeating(s, seatsOf(in, seating), {});
            CHECK(independentHardCheck(s, annealed.seats).empty());
            CHECK(annealed.objective.total == doctest::Approx(seating.cost()));

            const double beforeExchange = seating.cost();
            assign::Budget rounds{0, 20000, nullptr, {}};
            assign::exchangeRounds(seating, in, rng, movable, rounds);
            CHECK(seating.hard() == 0);
            CHECK(seating.cost() <= beforeExchange + 1e-9);
            AssignResult exchanged = evaluateSeating(s, seatsOf(in, seating), {});
            CHECK(independentHardCheck(s, exchanged.seats).empty());
            CHECK(exchanged.objective.total == doctest::Approx(seating.cost()));
        }
}
