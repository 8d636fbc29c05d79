// The UI actions of the Privacy panel (Nazorg), applied between frames.
#include "app/state/privacy_ui.h"

#include "app/state/app_state.h"
#include "app/state/outcomes_logic.h"
#include "app/views/view_context.h"
#include "core/avg/avg_erase.h"
#include "core/avg/avg_purge.h"
#include "core/avg/avg_texts.h"

namespace dlg {
namespace {

void preparePurge(const Session& session, PrivacyUiState& ui) {
    Session copy = session;
    const avg::PurgeResult preview = avg::purgePersonalData(copy, privacyToday(ui), ui.forcePurge);
    ui.refusal = preview.refused ? preview.reason : std::string();
    ui.changes = preview.changes;
    ui.flagged = preview.flagged;
}

} // namespace

std::string privacyToday(const PrivacyUiState& ui) { return ui.today.empty() ? todayIso() : ui.today; }

void handlePrivacyAction(AppState& state, const UiAction& action) {
    PrivacyUiState& ui = state.ui.privacy;
    const Session& session = state.doc.session;
    const std::string& key = action.key;
    if (key == "today") {
        ui.today = action.text;
    } else if (key == "query") {
        ui.query = action.text;
    } else if (key == "person") {
        ui.personId = action.text;
        ui.showInzage = false;
    } else if (key == "inzage") {
        ui.showInzage = action.number != 0;
    } else if (key == "erase/ask") {
        Session copy = session;
        const avg::EraseResult preview = avg::erasePerson(copy, ui.personId);
        if (!preview.found) return;
        ui.confirm = PrivacyUiState::Confirm::Erase;
        ui.changes = preview.changes;
        ui.flagged = preview.flagged;
        ui.refusal.clear();
    } else if (key == "purge/ask") {
        ui.confirm = PrivacyUiState::Confirm::Purge;
        ui.forcePurge = false;
        preparePurge(session, ui);
    } else if (key == "purge/force") {
        ui.forcePurge = action.number != 0;
        preparePurge(session, ui);
    } else if (key == "confirm/cancel") {
        ui.confirm = PrivacyUiState::Confirm::None;
    } else if (key == "erase/done" || key == "purge/done") {
        // The view's command was applied just before this action: report it and what is left.
        ui.confirm = PrivacyUiState::Confirm::None;
        ui.message = action.text;
        ui.toEdit = ui.flagged;
        ui.personId.clear();
        ui.showInzage = false;
        state.doc.history.seal();
    }
}

} // namespace dlg
