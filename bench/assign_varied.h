// Varied evenings for the balancer's benchmark: shapes other schools have, not only our sample's
// (issue 18). Each seed draws its own mix within the ranges real evenings show:
//   - themes from 3 up to one for every two tables (a theme then has few tables);
//   - staff 10-30 % of the people, families (2-3 parents of one household) 0-25 % of the parents;
//   - 0-20 % of the parents need support in one of 2-5 languages, with scarce bridge speakers;
//   - preferences skewed towards a few popular themes or flat, some people without any;
//   - uneven grades (a few grades much larger than others), some parents with two;
//   - on some evenings: a leader at some tables, a few pinned people, capacities at the small size.
// Every evening is seatable: leaders and pins are spread so the hard rules can hold. Deterministic
// for a seed on every platform; the names are invented ("Ouder 12").
#pragma once

#include <cstdint>
#include <string>

#include "core/model/model.h"

namespace bench {

/// What the generator drew for one evening, to print next to its figures.
struct VariedShape {
    int themes = 0;
    double staffShare = 0;
    double familyShare = 0;
    double supportShare = 0;
    int languages = 0;
    bool skewed = false;
    int leaders = 0;
    int pinned = 0;
    int capped = 0; ///< tables with a capacity
    std::string describe() const;
};

/// Everyone present and registered; themes th-1..; tables t-01..; people p-001...
dlg::Session variedEvening(int people, int tables, std::uint64_t seed, VariedShape* drawn = nullptr);

} // namespace bench
