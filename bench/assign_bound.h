// A proven lower bound on the table balancer's objective for evenings too large for cbc to
// close: the LP relaxation of the table-pattern model, solved by column generation with GLPK
// (Debian's libglpk-dev). A pattern is one table's whole company; the model picks how many tables
// of each kind get each pattern. Its relaxation is far tighter than the per-person model's
// (assign_lp.h): it meets cbc's proven optimum at 200/20 and ends within 0.5 % of the best seating
// known at 400/40, where cbc's bound stays about 5 % below after 20 minutes.
//
// The bound holds for fresh seatings (no moves, no second round). It relaxes two things, which
// can only lower it: families seated apart are not kept apart, and a person who both needs support
// in a language and speaks it with Dutch counts as their own bridge.
#pragma once

#include <string>
#include <vector>

#include "core/assign/assign.h"

namespace bench {

struct PatternBound {
    bool converged = false; ///< no pattern can lower the relaxation further (the bound is valid either way)
    double bound =
        0; ///< every seating that keeps the hard rules costs at least this (GLPK tolerance allowed for)
    int patterns = 0;                 ///< table patterns generated
    int rounds = 0;                   ///< column generation rounds (master LP solves)
    std::vector<std::string> reasons; ///< why there is no bound: no seating exists, or GLPK failed
};

/// The bound for a fresh seating of `session` under `options` (seed, presentOnly). Starts from the
/// balancer's own seating, so its cost is an upper end for the bound. Seconds at 400/40.
PatternBound patternBound(const dlg::Session& session, const dlg::AssignOptions& options,
                          int maxRounds = 5000);

} // namespace bench
