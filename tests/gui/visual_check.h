// Reads a rendered ImGui frame (ImDrawData) the way a person in the room would see it: every glyph
// quad with its vertex colour against what was filled under it before, so the check is exact and
// needs no GPU. Finds text that is hard to read (WCAG contrast below 4.5), text cut off by its clip
// rectangle or the edge of the screen, and glyphs drawn over other glyphs.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

namespace dlg::test {

struct VisualFinding {
    std::string kind;   ///< "contrast", "outside" or "overlap"
    std::string text;   ///< the characters concerned (a few, for the message)
    ImVec2 at;          ///< top-left of the first glyph concerned
    float value = 0.0f; ///< contrast: the worst ratio found
};

struct VisualReport {
    int glyphs = 0; ///< visible glyph quads seen (a check that drew nothing proves nothing)
    float worstContrast = 99.0f;
    std::vector<VisualFinding> findings;
    std::string describe() const;
};

/// Checks the frame in `data` (after ImGui::Render) drawn over a display cleared with `clear`.
/// Glyphs are told from filled shapes by their texture coordinates (the font atlas's glyph
/// rectangles versus its white pixel).
VisualReport checkFrameText(const ImDrawData& data, const ImVec4& clear, float minContrast = 4.5f);

/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
float contrastRatio(const ImVec4& a, const ImVec4& b);

} // namespace dlg::test
