// A synthetic evening for benchmarks, property tests and demos of the table balancer: realistic
// shares of staff, couples, grades, language support and preferences, deterministic for a seed.
// The names are invented ("Ouder 12"), never real personal data.
#pragma once

#include <cstdint>

#include "core/model/model.h"

namespace dlg {

struct SampleShape {
    int people = 40;
    int tables = 5;
    double staffShare = 0.2;   ///< fraction of people who are staff
    double coupleShare = 0.3;  ///< fraction of parents who come as a couple (same family key)
    double supportShare = 0.2; ///< fraction of parents needing language support
    bool leaders = true;       ///< give every table a staff leader
    int capacity = 0;          ///< capacity of every table (0 = no limit)
};

/// Everyone present and registered; themes th-1..th-5; tables t-01..; people p-001...
Session sampleEvening(const SampleShape& shape, std::uint64_t seed);

} // namespace dlg
