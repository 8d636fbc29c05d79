// The seating's fast pricing (swaps, family-for-two trades) read per-block profiles instead of the
// members' own lists: each price must equal the change measured by applying the moves, and the
// counters kept by many moves must equal those of a seating built afresh from the same tables.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/assign/assign.h"
#include "core/assign/assign_instance.h"
#include "core/assign/assign_sample.h"
#include "core/assign/assign_search.h"

using namespace dlg;

namespace {

// Sample evenings with many couples and language needs, so families and bridges are common.
assign::Instance sampleInstance(int people, int tables, std::uint64_t seed) {
    SampleShape shape;
    shape.people = people;
    shape.tables = tables;
    shape.coupleShare = 0.5;
    shape.supportShare = 0.3;
    Session s = sampleEvening(shape, seed);
    std::vector<std::string> reasons;
    assign::Instance in = assign::buildInstance(s, {}, s.assignment.seats, reasons);
    REQUIRE(reasons.empty());
    return in;
}

assign::Seating validSeating(const assign::Instance& in, assign::Rng& rng) {
    std::vector<bool> movable(in.blocks.size());
    for (std::size_t b = 0; b < in.blocks.size(); ++b)
        movable[b] = in.blocks[b].fixedTable < 0;
    assign::Budget budget{0, 1000000, nullptr, {}};
    assign::Seating seating(in, {}, {});
    assign::construct(seating, in, rng, budget);
    REQUIRE(assign::repair(seating, in, rng, movable, false, budget));
    return seating;
}

} // namespace

TEST_CASE("assign pricing: a family traded for two people costs what applying the trade costs") {
    int priced = 0;
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        CAPTURE(seed);
        const assign::Instance in = sampleInstance(40 + 10 * static_cast<int>(seed % 4), 5, seed);
        assign::Rng rng(seed);
        assign::Seating seating = validSeating(in, rng);
        const int blocks = static_cast<int>(in.blocks.size());
        for (int k = 0; k < 3000; ++k) {
            const int family = rng.below(blocks);
            const int b = rng.below(blocks);
            const int c = rng.below(blocks);
            if (b == c || in.blocks[family].members.size() != 2) continue;
            double change = 0;
            if (!seating.compoundCost(family, b, c, change)) continue;
            ++priced;
            const int from = seating.tableOfBlock(family);
            const int to = seating.tableOfBlock(b);
            const double before = seating.cost();
            seating.moveBlock(family, to);
            seating.moveBlock(b, from);
            seating.moveBlock(c, from);
            CHECK(seating.cost() - before == doctest::Approx(change).epsilon(1e-9));
            seating.moveBlock(c, to);
            seating.moveBlock(b, to);
            seating.moveBlock(family, from);
            CHECK(seating.cost() == doctest::Approx(before).epsilon(1e-12));
        }
    }
    CHECK(priced > 100);
}

TEST_CASE("assign pricing: the fast pricing refuses trades it cannot price") {
    const assign::Instance in = sampleInstance(40, 5, 3);
    assign::Rng rng(3);
    assign::Seating seating = validSeating(in, rng);
    int family = -1, single = -1;
    for (int b = 0; b < static_cast<int>(in.blocks.size()); ++b) {
        if (in.blocks[b].members.size() == 2 && family < 0) family = b;
        if (in.blocks[b].members.size() == 1 && single < 0) single = b;
    }
    REQUIRE(family >= 0);
    REQUIRE(single >= 0);
    double change = 0;
    // Two blocks at different tables, or sizes that do not add up, are not a trade.
    for (int other = 0; other < static_cast<int>(in.blocks.size()); ++other) {
        if (other == single) continue;
        const bool sameTable = seating.tableOfBlock(other) == seating.tableOfBlock(single);
        const bool sizesAddUp = in.blocks[other].members.size() + 1 == 2;
        const bool familyElsewhere = seating.tableOfBlock(family) != seating.tableOfBlock(single);
        if (!sameTable || !sizesAddUp || !familyElsewhere)
            CHECK_FALSE(seating.compoundCost(family, single, other, change));
    }
}

TEST_CASE("assign pricing: swap prices match applied swaps, and counters match a fresh seating") {
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        CAPTURE(seed);
        const assign::Instance in = sampleInstance(61, 6, 100 + seed);
        assign::Rng rng(seed);
        assign::Seating seating = validSeating(in, rng);
        const int blocks = static_cast<int>(in.blocks.size());
        for (int k = 0; k < 2000; ++k) {
            const int a = rng.below(blocks);
            const int b = rng.below(blocks);
            if (seating.tableOfBlock(a) == seating.tableOfBlock(b)) continue;
            const double before = seating.cost();
            const double price = seating.swapCost(a, b);
            seating.swapBlocks(a, b);
            CHECK(seating.cost() - before == doctest::Approx(price).epsilon(1e-9));
            // Keep about half of the swaps, so the counters drift far from the start.
            if (rng.below(2) == 0) seating.swapBlocks(a, b);
        }
        assign::Seating fresh(in, {}, {});
        for (int b = 0; b < blocks; ++b)
            fresh.moveBlock(b, seating.tableOfBlock(b));
        CHECK(fresh.cost() == doctest::Approx(seating.cost()).epsilon(1e-12));
        CHECK(fresh.hard() == seating.hard());
        for (int t = 0; t < in.tableCount; ++t) {
            CHECK(fresh.size(t) == seating.size(t));
            CHECK(fresh.staffAt(t) == seating.staffAt(t));
        }
    }
}
