#include "app/views/qr_draw.h"

#include <algorithm>
#include <cmath>

namespace dlg {

float drawQr(ImDrawList* list, ImVec2 corner, float side, const QrMatrix& qr) {
    if (qr.empty()) return 0.0f;
    const int total = qr.size + 2 * kQrQuietZone;
    const float module = side / static_cast<float>(total);
    corner = ImVec2(std::floor(corner.x), std::floor(corner.y));
    const float used = std::floor(side);
    list->AddRectFilled(corner, ImVec2(corner.x + used, corner.y + used), IM_COL32(255, 255, 255, 255));
    // Module edges on whole pixels: every module is sharp, some a pixel wider than others (a
    // scanner does not mind), and the code keeps the full size asked for.
    const auto edge = [&](int index) {
        return std::floor(module * static_cast<float>(index + kQrQuietZone));
    };
    const ImU32 dark = IM_COL32(0, 0, 0, 255);
    // Runs of dark modules in a row become one rectangle: a tenth of the quads of one per module.
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size;) {
            if (!qr.dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < qr.size && qr.dark(end, y))
                ++end;
            list->AddRectFilled(ImVec2(corner.x + edge(x), corner.y + edge(y)),
                                ImVec2(corner.x + edge(end), corner.y + edge(y + 1)), dark);
            x = end;
        }
    }
    return used;
}

void qrItem(const QrMatrix& qr, float side) {
    const ImVec2 corner = ImGui::GetCursorScreenPos();
    const float used = drawQr(ImGui::GetWindowDrawList(), corner, side, qr);
    ImGui::Dummy(ImVec2(used, used));
}

} // namespace dlg
