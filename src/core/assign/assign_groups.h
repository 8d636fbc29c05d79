// Language groups move as one: a person who bridges a language and the people at their table who
// need it change theme together, in exchange for as many people of the same kinds (size and
// staff) from another table. Apart, each of those moves costs a language weight (100) and no
// swap-based search climbs that wall; together they keep every bridge. Scarce bridges make these
// groups large (a bridge with seven parents who need them), and a group at the wrong theme is
// the largest loss a quick search leaves. Internal to core/assign*.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

#include "core/assign/assign_search.h"

namespace dlg::assign {

/// Tries every language group at every other table (the partners from there chosen by their own
/// preference for the group's table): each trade is priced bare, and the local search settles the
/// two tables of the `tried` cheapest (it costs hundreds of times the pricing); keeps the first
/// that then costs less and keeps every hard rule. Returns true when the seating changed.
bool relocateLanguageGroups(Seating& seating, const Instance& instance, Rng& rng,
                            const std::vector<bool>& movable, Budget& budget,
                            std::size_t tried = std::numeric_limits<std::size_t>::max());

/// Frees a bridge for parents who sit without one: a lone bridge of the language trades places
/// with the cheapest partner of its kind at their table, and the local search (the bridge held)
/// reseats the parents it leaves at the tables that still have a bridge. Needed where the parents
/// left alone cannot move (pinned, or a family no table can take in exchange) and the bridges are
/// scarce. Each trade is priced bare and the `tried` cheapest are settled; keeps the first that
/// costs less. Returns true when the seating changed.
bool freeLanguageBridges(Seating& seating, const Instance& instance, Rng& rng,
                         const std::vector<bool>& movable, Budget& budget,
                         std::size_t tried = std::numeric_limits<std::size_t>::max());

} // namespace dlg::assign
