// A QR code drawn with ImGui rectangles: dark modules on a white square with the quiet zone, every
// module edge on a whole pixel so no module blurs into its neighbour.
#pragma once

#include <imgui.h>

#include "core/online/qr_code.h"

namespace dlg {

/// Draws `qr` (with its quiet zone) in a square of at most `side` pixels at `corner` on `list`.
/// Returns the side actually used (`side`, rounded down to whole pixels).
float drawQr(ImDrawList* list, ImVec2 corner, float side, const QrMatrix& qr);

/// The same as an ImGui item at the cursor (the panel's layout moves past it).
void qrItem(const QrMatrix& qr, float side);

} // namespace dlg
