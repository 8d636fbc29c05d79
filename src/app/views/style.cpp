#include "app/views/style.h"

#include <filesystem>

namespace dlg {

namespace {

constexpr const char* kRegularFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBoldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
constexpr float kNormalPixels = 17.0f;
constexpr float kLargePixels = 28.0f;

// Pairs of inclusive ranges, zero-terminated; must outlive the atlas build, hence static storage.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, // Basic Latin + Latin-1 Supplement (é, ë, ü, ç)
    0x0100, 0x017F, // Latin Extended-A (ĳ, ş, ğ, ł)
    0x0180, 0x024F, // Latin Extended-B (ș, ț in Romanian names)
    0x2010, 0x2027, // general punctuation: – — ‘ ’ “ ” …
    0x2190, 0x2193, // arrows: "Tafel 1 → Tafel 3" for a move, "57.4 → 55.4" for a better seating
    0x20AC, 0x20AC, // euro sign
    0,
};

ImFont* addTtf(ImGuiIO& io, const char* path, float pixels) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return nullptr;
    return io.Fonts->AddFontFromFileTTF(path, pixels, nullptr, kGlyphRanges);
}

} // namespace

float bodyFontPixels(bool largeText) {
    return largeText ? kLargePixels : kNormalPixels;
}

FontSet loadFonts(ImGuiIO& io, bool largeText) {
    FontSet fonts;
    io.Fonts->Clear();
    const float pixels = bodyFontPixels(largeText);
    fonts.body = addTtf(io, kRegularFont, pixels);
    if (!fonts.body) {
        fonts.warning =
            std::string("font not found: ") + kRegularFont +
            " (install fonts-dejavu-core); using the built-in font, without accents beyond Latin-1";
        ImFontConfig config;
        config.SizePixels = pixels;
        fonts.body = io.Fonts->AddFontDefault(&config);
        fonts.heading = fonts.body;
        return fonts;
    }
    std::error_code error;
    fonts.heading = addTtf(io, kBoldFont, pixels * 1.15f);
    if (!fonts.heading) {
        fonts.warning = std::string("font not found: ") + kBoldFont + "; headings use the regular font";
        fonts.heading = fonts.body;
    }
    io.FontDefault = fonts.body;
    // The projector's sizes are rasterised big rather than scaled up, so they stay crisp; the
    // countdown needs only digits, sign and colon, which keeps the atlas small.
    static constexpr ImWchar kCountdownGlyphs[] = {0x0020, 0x003A, 0};
    const bool hasBold = std::filesystem::is_regular_file(kBoldFont, error);
    fonts.slide = hasBold ? io.Fonts->AddFontFromFileTTF(kBoldFont, kSlidePixels, nullptr, kGlyphRanges)
                          : fonts.heading;
    // Body text on a slide in regular weight: a paragraph in bold reads as a wall of text.
    fonts.slideRegular = io.Fonts->AddFontFromFileTTF(kRegularFont, kSlidePixels, nullptr, kGlyphRanges);
    if (!fonts.slideRegular) fonts.slideRegular = fonts.slide;
    fonts.countdown =
        hasBold ? io.Fonts->AddFontFromFileTTF(kBoldFont, kCountdownPixels, nullptr, kCountdownGlyphs)
                : fonts.heading;
    return fonts;
}

void applyStyle(bool largeText) {
    ImGuiStyle fresh;
    ImGui::StyleColorsLight(&fresh);
    // Darker frames and text than the stock light theme: readable on a washed-out projector.
    ImVec4* c = fresh.Colors;
    c[ImGuiCol_Text] = ImVec4(0.05f, 0.05f, 0.08f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.35f, 0.35f, 0.38f, 1.0f);
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.55f, 0.55f, 0.58f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.78f, 0.85f, 0.95f, 1.0f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.68f, 0.79f, 0.95f, 1.0f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.58f, 0.72f, 0.94f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.84f, 0.88f, 0.94f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.70f, 0.80f, 0.95f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.55f, 0.70f, 0.93f, 1.0f);
    c[ImGuiCol_CheckMark] = ImVec4(0.05f, 0.30f, 0.70f, 1.0f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.04f);
    fresh.FrameBorderSize = 1.0f;
    fresh.FrameRounding = 3.0f;
    fresh.WindowRounding = 0.0f;
    fresh.FramePadding = ImVec2(6.0f, 4.0f);
    fresh.ItemSpacing = ImVec2(8.0f, 6.0f);
    fresh.ScaleAllSizes(bodyFontPixels(largeText) / kNormalPixels);
    ImGui::GetStyle() = fresh;
}

} // namespace dlg
