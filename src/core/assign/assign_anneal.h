// Simulated annealing for the balancer with guided, rule-keeping neighbourhoods: swaps of two
// blocks of the same kind (size and staff) at different tables, three-table rotations of such
// blocks (an ejection chain that lets three people each reach a better theme when no two of them
// want each other's table), a family for two single people of the same kind, a language group (a
// bridge and the people at the table who need them) for as many people from another table, and
// moves when table sizes may differ. Partners are drawn mostly among people away from their
// favourite theme. Swaps and rotations are priced from the seating's counters in a few operations,
// so a couple of hundred thousand steps fit in the time budget. Internal to core/assign*.
#pragma once

#include <vector>

#include "core/assign/assign_search.h"

namespace dlg::assign {

/// Anneals from `seating` (which must keep every hard rule) with `steps` proposals charged to
/// `budget`, then runs the local search; `seating` ends as the best seating seen, polished.
void guidedAnneal(Seating& seating, const Instance& instance, Rng& rng, const std::vector<bool>& movable,
                  std::int64_t steps, Budget& budget);

} // namespace dlg::assign
