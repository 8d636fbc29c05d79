// Language groups move as one: a person who bridges a language and the people at their table who
// need it change theme together, in exchange for as many people of the same kinds (size and
// staff) from another table. Apart, each of those moves costs a language weight (100) and no
// swap-based search climbs that wall; together they keep every bridge. Scarce bridges make these
// groups large (a bridge with seven parents who need them), and a group at the wrong theme is
// the largest loss a quick search leaves. Internal to core/assign*.
#pragma once

#include <vector>

#include "core/assign/assign_search.h"

namespace dlg::assign {

/// Tries every language group at every other table (the partners from there chosen by their own
/// preference for the group's table), lets the local search settle the two tables after each
/// trade, and keeps what then costs less and keeps every hard rule. Returns true when the seating changed.
bool relocateLanguageGroups(Seating& seating, const Instance& instance, Rng& rng,
                            const std::vector<bool>& movable, Budget& budget);

} // namespace dlg::assign
