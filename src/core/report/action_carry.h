// Carrying actions over from an earlier evening, so progress on a theme is followed across evenings
// ("communiceer doorlopend over de voortgang"). Pure: the GUI wraps the result in one undoable step.
#pragma once

#include <string>
#include <vector>

#include "core/model/model.h"

namespace dlg {

/// Key in `Action::unknownKeys` that notes where a carried action came from:
/// `{"session": "<label of the earlier evening>", "id": "<its id there>"}`. Kept on save.
inline constexpr const char* kCarriedFromKey = "carriedFrom";

struct CarryResult {
    std::vector<Action> added; ///< copies to append to the current actions, in the earlier order
    std::size_t renamed = 0;   ///< copies that got a new id because theirs was taken
    std::size_t skipped = 0;   ///< earlier actions already carried over (or identical) before
};

/// The actions of `earlier` to add to `current`. Each copy keeps title, status, owner, form and its
/// progress updates; its id stays unless `current` (or an earlier copy) uses it, then it gets a
/// fresh `a-NN`. `sourceLabel` (e.g. "Ouderavond 2025-11-20") goes into kCarriedFromKey. An action
/// already carried from the same source, or one with the same id and title, is skipped, so
/// importing twice adds nothing.
CarryResult carryActions(const std::vector<Action>& current, const std::vector<Action>& earlier,
                         const std::string& sourceLabel);

/// "<title> (<date>)" of an evening, or the file name when it has neither.
std::string sessionLabel(const Session& session, const std::string& fileName);

} // namespace dlg
