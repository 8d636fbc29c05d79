// Tafels online: the facilitator's panel (on Live and Opbrengsten) and the projector's slide with
// every table's code.
#pragma once

#include "app/views/live_views.h"
#include "app/views/projector_layout.h"
#include "app/views/view_context.h"

namespace dlg {

/// The switch, the address phones use, per table the phones, last edit, fields filled, lock and
/// code, and "Nieuwe codes" (view_tables_online.cpp).
void drawTablesOnline(const ViewContext& ctx);

/// Each text a phone and the laptop changed differently, both texts side by side, with "keep the
/// laptop's", "keep the phone's" and "keep both" (view_online_conflicts.cpp). Nothing when none.
void drawOnlineConflicts(const ViewContext& ctx);

/// The projector's "Scan de code van jouw tafel": a card per table (name, theme, QR code) with
/// codes large enough to scan from the back of the room; pages turn by themselves when 40 tables
/// do not fit at that size (projector_codes.cpp).
void drawCodesSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, projector::Box box,
                    projector::UnitRange range);

/// How long each page of codes stays up.
inline constexpr int kCodesPageSeconds = 12;

} // namespace dlg
