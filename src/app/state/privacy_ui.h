// UI state of the Privacy panel on the Nazorg screen (inzage, wis, opschonen, bewaartermijn) and
// the handler for its UI actions. Not part of the session: nothing here is saved or undone.
#pragma once

#include <string>
#include <vector>

#include "core/avg/avg_person.h"

namespace dlg {

struct AppState;
struct UiAction;

struct PrivacyUiState {
    std::string query;       ///< the person search field
    std::string personId;    ///< the chosen participant; empty = none
    bool showInzage = false; ///< the inzage text of the chosen person is shown
    /// The confirmation dialog of wis or opschonen: open, with what it will change (computed once
    /// on a copy when it opens, so the dialog shows exactly what confirming does).
    enum class Confirm { None, Erase, Purge };
    Confirm confirm = Confirm::None;
    bool forcePurge = false; ///< "toch opschonen" before the evening has taken place
    std::vector<std::string> changes;
    std::vector<avg::Mention> flagged;
    std::string refusal; ///< opschonen: why it cannot be done (yet); empty when it can
    /// After wis or opschonen: what happened and the typed texts the user still has to edit.
    std::string message;
    std::vector<avg::Mention> toEdit;
    std::string today; ///< YYYY-MM-DD for the bewaartermijn; empty = the system date (tests set it)
};

/// Today as the Privacy panel counts it: `ui.today`, else the system date.
std::string privacyToday(const PrivacyUiState& ui);

/// Applies a UiAction of kind Privacy: `key` names the field or step ("today", "query", "person",
/// "inzage", "erase/ask", "purge/ask", "purge/force", "confirm/cancel", "erase/done",
/// "purge/done"), `text` / `number` the value. The edits themselves come from the view as
/// commands (one undo step each); this only keeps the panel's state.
void handlePrivacyAction(AppState& state, const UiAction& action);

} // namespace dlg
