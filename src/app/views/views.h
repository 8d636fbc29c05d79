// The screens. Each is a function of the state in the ViewContext; edits come back as commands.
#pragma once

#include "app/state/screens.h"
#include "app/views/view_context.h"

namespace dlg {

/// The screen `screen` (the full Voorbereiding, or a placeholder for screens still to come).
void drawScreen(const ViewContext& ctx, Screen screen);

/// Voorbereiding: the evening's details, the checklist and the themes.
void drawPreparation(const ViewContext& ctx);
/// Title, school, date, start time, location and facilitator.
void drawMetaForm(const ViewContext& ctx);
/// The preparation checklist: edit, add, delete, reorder.
void drawChecklist(const ViewContext& ctx);
/// Themes with their questions and partnership forms.
void drawThemes(const ViewContext& ctx);

/// A screen not built yet: its title and one sentence on what will come there.
void drawPlaceholder(const ViewContext& ctx, Screen screen);

} // namespace dlg
