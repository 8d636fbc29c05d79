// The pricing step of the pattern bound: the cheapest table pattern under the master LP's prices,
// found exactly by a small mixed-integer program in GLPK. Internal to the bound.
#pragma once

#include <optional>
#include <vector>

#include "assign_bound_patterns.h"

namespace bench::bound {

struct Pricing {
    Pattern pattern;    ///< the cheapest pattern
    double reduced = 0; ///< its cost minus the prices of its blocks (the master LP's duals)
};

/// The pattern of `size` people at a table of `tableClass` that minimises cost minus
/// kindPrices[k] per block of kind k; nullopt when no pattern of that size fits the hard rules.
/// Throws std::runtime_error when GLPK does not prove its answer optimal.
std::optional<Pricing> cheapestPattern(const PatternProblem& problem, int tableClass, int size,
                                       const std::vector<double>& kindPrices);

} // namespace bench::bound
