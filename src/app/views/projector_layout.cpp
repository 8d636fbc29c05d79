#include "app/views/projector_layout.h"

#include <algorithm>
#include <limits>

namespace dlg::projector {

UnitRange unitRange(const ViewContext& ctx, float height) {
    const float boost = ctx.state.settings.largeText ? 4.0f / 3.0f : 1.0f;
    return {0.034f * height * boost, 0.07f * height * boost};
}

ImFont* fontFor(const ViewContext& ctx, Weight weight) {
    ImFont* font = nullptr;
    if (ctx.fonts) font = weight == Weight::Bold ? ctx.fonts->slide : ctx.fonts->slideRegular;
    if (!font && ctx.fonts) font = ctx.fonts->slide;
    return font ? font : ImGui::GetFont();
}

namespace {

/// Pushes the font at `pixels` for the current window; ImGui sizes text by the window's scale.
void pushSize(const ViewContext& ctx, float pixels, Weight weight) {
    ImFont* font = fontFor(ctx, weight);
    ImGui::PushFont(font);
    ImGui::SetWindowFontScale(pixels / font->FontSize);
}

void popSize() {
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
}

} // namespace

ImVec2 measure(const ViewContext& ctx, const std::string& text, float pixels, Weight weight, float wrap) {
    pushSize(ctx, pixels, weight);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap > 0 ? wrap : -1.0f);
    popSize();
    return size;
}

float widestWord(const ViewContext& ctx, const std::string& text, float pixels, Weight weight) {
    float widest = 0.0f;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
        if (end > start)
            widest = std::max(widest, measure(ctx, text.substr(start, end - start), pixels, weight).x);
        start = end + 1;
    }
    return widest;
}

void textAt(const ViewContext& ctx, ImVec2 pos, const std::string& text, float pixels, ImVec4 colour,
            Weight weight, float wrap) {
    pushSize(ctx, pixels, weight);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const float wrapAt = ImGui::GetCursorPosX() + (wrap > 0 ? wrap : 0.0f);
    ImGui::PushTextWrapPos(wrap > 0 ? wrapAt : -1.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    popSize();
}

float blocksHeight(const ViewContext& ctx, const std::vector<Block>& blocks, float unit, float width) {
    float height = 0.0f;
    bool first = true;
    for (const Block& block : blocks) {
        if (block.text.empty()) continue;
        const float pixels = unit * block.size;
        if (widestWord(ctx, block.text, pixels, block.weight) > width)
            return std::numeric_limits<float>::infinity();
        if (!first) height += block.gapBefore * pixels;
        height += measure(ctx, block.text, pixels, block.weight, width).y;
        first = false;
    }
    return height;
}

float fitUnit(const ViewContext& ctx, const std::vector<Block>& blocks, Box box, UnitRange range) {
    if (blocksHeight(ctx, blocks, range.max, box.width()) <= box.height()) return range.max;
    float low = range.min;
    float high = range.max;
    for (int step = 0; step < 14; ++step) { // a tenth of a pixel is plenty
        const float mid = (low + high) / 2;
        (blocksHeight(ctx, blocks, mid, box.width()) <= box.height() ? low : high) = mid;
    }
    return low;
}

float drawBlocks(const ViewContext& ctx, const std::vector<Block>& blocks, Box box, float unit, bool middle) {
    const float total = blocksHeight(ctx, blocks, unit, box.width());
    float y = box.min.y + (middle && total < box.height() ? (box.height() - total) / 2 : 0.0f);
    bool first = true;
    for (const Block& block : blocks) {
        if (block.text.empty()) continue;
        const float pixels = unit * block.size;
        const float gap = first ? 0.0f : block.gapBefore * pixels;
        const ImVec2 size = measure(ctx, block.text, pixels, block.weight, box.width());
        if (y + gap + size.y > box.max.y + 0.5f) break;
        y += gap;
        const float x = block.centred ? box.min.x + std::max(0.0f, (box.width() - size.x) / 2) : box.min.x;
        textAt(ctx, ImVec2(x, y), block.text, pixels, block.colour, block.weight, box.max.x - x);
        y += size.y;
        first = false;
    }
    return y;
}

void fill(Box box, ImVec4 colour, float rounding) {
    ImGui::GetWindowDrawList()->AddRectFilled(box.min, box.max, ImGui::GetColorU32(colour), rounding);
}

} // namespace dlg::projector
