// The facilitator's safety net around the Live screen: the questions before starting and ending,
// the rehearsal ("Oefenen") bar and its mark on the room's picture, and the toast that says what
// a presentation key did off the Live screen.
#pragma once

#include "app/views/live_views.h"

namespace dlg {

/// "Start the evening?" / "End the evening?" / "Clear the run log?" while one is open.
void drawLiveConfirm(const ViewContext& ctx);
/// Live, while rehearsing: a coloured bar saying so, the clock speed (x1, x10, x60) and Stop.
void drawRehearsalBar(const ViewContext& ctx);
/// Over the room's picture while rehearsing: "Oefening" in a corner, so nobody mistakes it.
void drawRehearsalMark(const ViewContext& ctx);
/// The toast at the bottom of the window while it lasts.
void drawToast(const ViewContext& ctx);
/// Before the evening: "Oefenen" and, once a real run was tried, "Run wissen…"; `run` is the
/// real evening's state.
void drawRehearseAndReset(const ViewContext& ctx, const RunState& run);
/// Esc closes the second projector window (on a single screen it covers the presenter's).
void collectProjectorEscape(const ViewContext& ctx);
/// After the end: undo the end while that is the newest undo step.
void drawUndoFinish(const ViewContext& ctx);

} // namespace dlg
