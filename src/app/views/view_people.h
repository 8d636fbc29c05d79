// The Deelnemers screen (list, check-in, import) and the Indeling screen (table cards).
#pragma once

#include "app/views/view_context.h"

namespace dlg {

/// Deelnemers: presence counts, the sortable and filterable list with its edit panel, the
/// check-in mode and the import dialog.
void drawParticipants(const ViewContext& ctx);
/// The participant list: filters, search and the sortable table.
void drawParticipantList(const ViewContext& ctx);
/// The edit panel of the participant `ctx.state.ui.people.editingId`.
void drawParticipantEditor(const ViewContext& ctx);
/// Check-in for the walk-in: big type-ahead search, one click or Enter marks present, walk-ins.
void drawCheckIn(const ViewContext& ctx);
/// The CSV import dialog with its dry-run preview (a modal; drawn while it is open).
void drawImportDialog(const ViewContext& ctx);

/// Indeling: buttons, objective breakdown and the table cards with drag-and-drop.
void drawAssignment(const ViewContext& ctx);

/// Emits a People UI action (see people_ui.h).
void peopleAct(const ViewContext& ctx, const std::string& key, std::string text = {}, int number = 0);

} // namespace dlg
