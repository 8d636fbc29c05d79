// A better seating that the background search found after a quick Indelen (anytime): offered to
// the user, never applied over their changes. It stays valid only while the evening the search
// started from is unchanged (sameSeatingInputs), so a manual move in the meantime withdraws it.
#pragma once

#include <cstdint>

#include "core/assign/assign.h"
#include "core/model/model.h"

namespace dlg {

struct SeatingOffer {
    Session basis;       ///< the evening as it was when the search started
    AssignResult result; ///< the better seating
    double before = 0;   ///< objective of the seating the user had then
    std::uint64_t seed = 0;
};

} // namespace dlg
