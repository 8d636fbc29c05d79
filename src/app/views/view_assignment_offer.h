// Indeling, anytime: while the search goes on in the background after a quick Indelen, its
// progress and a Stoppen button; then the better seating it found, offered with its gain.
#pragma once

#include "app/views/view_context.h"

namespace dlg {

/// Nothing when no improvement runs and nothing is offered.
void drawImprovement(const ViewContext& ctx);

} // namespace dlg
