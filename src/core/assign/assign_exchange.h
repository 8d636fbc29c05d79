// The balancer's widest neighbourhood: lift one block of one kind (size and staff) off every table
// and seat them again by an optimal assignment. Each table gives one and gets one of the same
// kind, so sizes and staff bands hold, and with the lifted blocks off the tables the cost of
// seating a block at a table no longer depends on where the others go: the best of all these
// exchanges (every swap, rotation and longer chain among the lifted blocks) is an assignment
// problem, solved exactly (Hungarian method). Internal to core/assign*.
#pragma once

#include <vector>

#include "core/assign/assign_search.h"

namespace dlg::assign {

/// Repeats exchange rounds of random kinds and blocks while the budget lasts; keeps a round only
/// when it lowers the cost and keeps every hard rule.
void exchangeRounds(Seating& seating, const Instance& instance, Rng& rng, const std::vector<bool>& movable,
                    Budget& budget);

/// The permutation that minimises the sum of cost[row * n + assignment[row]] (n x n, row-major).
std::vector<int> cheapestAssignment(const std::vector<double>& cost, int n);

} // namespace dlg::assign
