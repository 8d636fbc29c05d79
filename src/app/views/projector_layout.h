// The projector's typesetting: blocks of text sized in "room units" (a unit is the body text's
// pixel height, a share of the screen height), laid out top to bottom and scaled together so a
// slide fills its screen without ever running past it. Shared by every slide, the presenter's
// preview and the mirrored corner.
#pragma once

#include <string>
#include <vector>

#include "app/views/view_context.h"

namespace dlg::projector {

// Light text on a dark blue; every pair here is above WCAG 4.5 (the visual check in tests/gui).
inline const ImVec4 kBackground(0.04f, 0.06f, 0.12f, 1.0f);
inline const ImVec4 kCard(0.09f, 0.12f, 0.22f, 1.0f);
inline const ImVec4 kForeground(1.0f, 1.0f, 1.0f, 1.0f);
inline const ImVec4 kMuted(0.72f, 0.76f, 0.85f, 1.0f);
inline const ImVec4 kAccent(1.0f, 0.85f, 0.30f, 1.0f);
inline const ImVec4 kWarning(1.0f, 0.66f, 0.15f, 1.0f);
inline const ImVec4 kDanger(1.0f, 0.45f, 0.40f, 1.0f);
inline const ImVec4 kBanner(1.0f, 0.85f, 0.30f, 1.0f);      ///< message to the room: amber band
inline const ImVec4 kBannerText(0.04f, 0.06f, 0.12f, 1.0f); ///< dark text on it

enum class Weight { Regular, Bold };

struct Box {
    ImVec2 min;
    ImVec2 max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

struct Block {
    std::string text;
    float size = 1.0f; ///< in units
    ImVec4 colour = kForeground;
    Weight weight = Weight::Regular;
    float gapBefore = 0.35f; ///< space above, in units of the block's own size
    bool centred = false;    ///< each block is centred as a whole (wrapped text stays left-aligned inside)
};

/// The smallest and largest unit (body text height in pixels) for a screen `height` high: body text
/// is at least 3.4 % of the height (about 26 px on a 768 screen, a 6 m room distance), at most 7 %.
/// Large-text mode raises both by a third.
struct UnitRange {
    float min;
    float max;
};
UnitRange unitRange(const ViewContext& ctx, float height);

ImFont* fontFor(const ViewContext& ctx, Weight weight);
/// Size of `text` at `pixels` wrapped at `wrap` (0 = no wrapping), as ImGui will draw it.
ImVec2 measure(const ViewContext& ctx, const std::string& text, float pixels, Weight weight, float wrap = 0.0f);
/// Width of the widest word of `text` (split at spaces and line breaks) at `pixels`: a column
/// narrower than that would break the word in the middle ("Aanwez / igheid").
float widestWord(const ViewContext& ctx, const std::string& text, float pixels, Weight weight);
/// Draws `text` with its top-left at `pos` (screen coordinates) as an ImGui text item, so it is
/// part of the window's content and of ImGui's log (tests read it).
void textAt(const ViewContext& ctx, ImVec2 pos, const std::string& text, float pixels, ImVec4 colour,
            Weight weight, float wrap = 0.0f);

/// The height `blocks` take at `unit` in a column `width` wide; unbounded when a word of one of
/// them is wider than the column (the size does not fit).
float blocksHeight(const ViewContext& ctx, const std::vector<Block>& blocks, float unit, float width);
/// The largest unit within `range` at which `blocks` fit `box`; range.min when even that does not.
float fitUnit(const ViewContext& ctx, const std::vector<Block>& blocks, Box box, UnitRange range);
/// Draws `blocks` in `box` at `unit`, vertically centred when `middle`. A block that would run
/// past the box's bottom is left out, with the ones after it: text never leaves the screen.
/// Returns the bottom of the last block drawn.
float drawBlocks(const ViewContext& ctx, const std::vector<Block>& blocks, Box box, float unit, bool middle);

/// Fills `box` with `colour` (the visual check sees it as the text's background).
void fill(Box box, ImVec4 colour, float rounding = 0.0f);

} // namespace dlg::projector
