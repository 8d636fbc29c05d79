// Fonts and colours. The font is a scalable TTF (DejaVu from fonts-dejavu-core) rasterised at the
// size of the current text mode; large-text mode for the projector rebuilds the atlas bigger.
#pragma once

#include <string>

#include <imgui.h>

namespace dlg {

/// Pixel size of FontSet::slide: projector text, drawn at 1:1 on a screen about 1000 pixels high
/// (scaled down on smaller screens, where that stays crisp).
inline constexpr float kSlidePixels = 72.0f;
/// Pixel size of FontSet::countdown (digits at least 15 % of a 1080-pixel-high screen).
inline constexpr float kCountdownPixels = 224.0f;

/// Body text size in pixels for normal and large-text (projection) mode.
float bodyFontPixels(bool largeText);

struct FontSet {
    ImFont* body = nullptr;      ///< default font for all text
    ImFont* heading = nullptr;   ///< bold, for headings; equals body when the bold file is missing
    ImFont* slide = nullptr;     ///< bold, kSlidePixels: projector text (readable from the back); may be body
    ImFont* slideRegular = nullptr; ///< regular weight, kSlidePixels: the projector's body text; may be slide
    ImFont* countdown = nullptr; ///< bold digits only, kCountdownPixels: projector countdown; may be body
    std::string warning;         ///< why a fallback was used; empty when the TTFs loaded
};

/// Clears `io.Fonts` and adds the fonts for the mode (Latin, Latin-1, Latin Extended-A, general
/// punctuation). Falls back to ImGui's built-in font, with a warning, when the TTF is missing.
/// The caller builds the atlas and uploads it (the platform layer, or a test).
FontSet loadFonts(ImGuiIO& io, bool largeText);

/// A fresh high-contrast light style, scaled for the mode (spacing grows with the font).
void applyStyle(bool largeText);

} // namespace dlg
