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

/// Frees a bridge for parents who sit without one: the parents its table has who need the language
/// join other tables with a bridge, and the bridge goes to them (each swap with the cheapest
/// partner of the same kind, then the local search settles the tables involved). Needed where the
/// parents left alone cannot move (pinned, or a family no table can take in exchange) and the
/// bridges are scarce. Keeps what costs less; returns true when the seating changed.
bool freeLanguageBridges(Seating& seating, const Instance& instance, Rng& rng,
                         const std::vector<bool>& movable, Budget& budget);

} // namespace dlg::assign
