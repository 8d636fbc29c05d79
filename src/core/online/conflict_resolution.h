// Resolving a conflict kept by the merge of a phone's edit (outcome_merge.h): the laptop and a
// phone changed the same text differently, both texts are in the outcome, and the facilitator now
// chooses which one stays (or keeps both). Plain core: the app makes it one undo step.
#pragma once

#include <cstddef>

#include "core/model/model.h"

namespace dlg {

enum class ConflictChoice { Laptop, Phone, Both };

enum class ConflictResolution {
    Resolved,         ///< the chosen text stays, the other is gone, the record is removed
    TextChangedSince, ///< the two texts are no longer as the merge left them: only the record is removed
    NoSuchConflict,   ///< `index` is out of range: nothing changed
};

/// Resolves `session.tablesOnline.conflicts[index]`. A quote or note holds both texts joined by
/// kConflictSeparator: that joined text becomes the chosen one. In a list (goesWell, difficult,
/// ideas, proposals) both texts are items: the item with the other text is removed (a proposal with
/// its votes). `Both` keeps the outcome as it is and only removes the record.
ConflictResolution resolveConflict(Session& session, std::size_t index, ConflictChoice choice);

} // namespace dlg
