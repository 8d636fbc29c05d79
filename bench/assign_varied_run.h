// bench_assign --varied N: the balancer's quality on N varied evenings per size (assign_varied.h)
// against the pattern lower bound (assign_bound.h), as mean and worst % above the bound, with the
// time of the normal run and of the thorough mode. Where the best seating found costs exactly the
// bound, that seating is a proven optimum; the count of those is printed too.
#pragma once

#include <string>

#include "core/assign/assign.h"

namespace bench {

struct VariedRun {
    int evenings = 20;
    int only = 0;          ///< people of the one size to run; 0 = all
    int runs = 1;          ///< timed normal runs per evening (median and fastest are printed)
    bool thorough = false; ///< also the thorough mode (seconds per evening)
    bool details = false;  ///< one line per evening
    bool bound = true;     ///< false: no bound, only the mean objective (quick comparisons of changes)
    /// File of converged bounds from earlier runs (one line per evening: people, tables, evening,
    /// a fingerprint of the evening's shape, bound); new ones are appended. Empty: none kept. The
    /// bound of a converged relaxation does not depend on the balancer, so a change to the
    /// balancer can be judged in minutes instead of the bound's quarter of an hour at 400/40.
    std::string boundCache;
    dlg::AssignOptions options; ///< seed, effort, searches of the normal run
};

void reportVaried(const VariedRun& run);

} // namespace bench
