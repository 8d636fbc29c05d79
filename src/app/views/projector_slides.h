// The room's slides, one function per phase kind, and what surrounds them: the countdown strip,
// the message to the room and, in mirrored mode only, the facilitator's corner.
#pragma once

#include "app/views/live_views.h"
#include "app/views/projector_layout.h"

namespace dlg::projector {

/// The whole slide for the current state inside `screen` (the caller painted the background).
void drawSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, Box screen);

/// Mirrored mode (F5 on the one screen): the countdown and the next phase small in the top-right
/// margin, where no slide text goes. The room can see it, so it stays quiet.
void drawFacilitatorCorner(const ViewContext& ctx, const LiveSnapshot& snapshot, Box screen);

/// "Waar zit ik?" (projector_tables.cpp): cards per table or the alphabetical list, in pages that
/// turn by themselves every kSeatingPageSeconds of the clock.
void drawSeatingSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, Box box, UnitRange range);

/// The size and columns of the cards "Waar zit ik?" draws for the session in `box`.
struct SeatingCardGrid {
    float unit = 0;       ///< body text height in pixels (a table's name is drawn at it, bold)
    int columns = 1;
    float innerWidth = 0; ///< text width inside a card
    int pages = 1;
};
SeatingCardGrid seatingCardGrid(const ViewContext& ctx, Box box, UnitRange range);

/// How long each page of "Waar zit ik?" stays up.
inline constexpr int kSeatingPageSeconds = 12;

/// The colour of a countdown at this moment (normal, amber, red).
ImVec4 countdownColour(const RunState& run);

} // namespace dlg::projector
