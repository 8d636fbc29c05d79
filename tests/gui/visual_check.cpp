#include "visual_check.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <utility>

#include <imgui_internal.h>

namespace dlg::test {

namespace {

struct Glyph {
    ImRect rect;
    ImRect clip;
    ImU32 colour;
    ImWchar character;
    ImVec4 background; ///< the opaque colour under the glyph's centre
    int run = 0;       ///< which text run (one AddText call) it belongs to
};

struct Fill {
    ImVec2 a, b, c;
    ImRect clip;
    ImU32 colour;
};

ImVec4 unpack(ImU32 colour) {
    return ImGui::ColorConvertU32ToFloat4(colour);
}

float channel(float c) {
    return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

float luminance(const ImVec4& c) {
    return 0.2126f * channel(c.x) + 0.7152f * channel(c.y) + 0.0722f * channel(c.z);
}

ImVec4 over(const ImVec4& top, const ImVec4& below) {
    const float a = top.w;
    return {top.x * a + below.x * (1 - a), top.y * a + below.y * (1 - a), top.z * a + below.z * (1 - a), 1.0f};
}

float cross(ImVec2 o, ImVec2 a, ImVec2 b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool inside(const Fill& fill, ImVec2 p) {
    if (!fill.clip.Contains(p)) return false;
    const float d1 = cross(fill.a, fill.b, p);
    const float d2 = cross(fill.b, fill.c, p);
    const float d3 = cross(fill.c, fill.a, p);
    const bool negative = d1 < 0 || d2 < 0 || d3 < 0;
    const bool positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(negative && positive);
}

/// The atlas's glyphs by the top-left corner of their texture rectangle.
std::map<std::pair<float, float>, ImWchar> glyphIndex() {
    std::map<std::pair<float, float>, ImWchar> index;
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    for (const ImFont* font : atlas->Fonts)
        for (const ImFontGlyph& glyph : font->Glyphs)
            if (glyph.Visible) index[{glyph.U0, glyph.V0}] = static_cast<ImWchar>(glyph.Codepoint);
    return index;
}

std::string utf8(ImWchar c) {
    char buffer[5] = {};
    ImTextCharToUtf8(buffer, c);
    return buffer;
}

float area(const ImRect& r) {
    return std::max(0.0f, r.GetWidth()) * std::max(0.0f, r.GetHeight());
}

} // namespace

float contrastRatio(const ImVec4& a, const ImVec4& b) {
    const float la = luminance(a);
    const float lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

std::string VisualReport::describe() const {
    std::ostringstream out;
    out << glyphs << " glyphs, worst contrast " << worstContrast << "; " << findings.size() << " findings";
    for (std::size_t i = 0; i < findings.size() && i < 12; ++i) {
        const VisualFinding& f = findings[i];
        out << "\n  " << f.kind << " at (" << f.at.x << ", " << f.at.y << ") \"" << f.text << "\"";
        if (f.kind == "contrast") out << " ratio " << f.value;
    }
    return out.str();
}

VisualReport checkFrameText(const ImDrawData& data, const ImVec4& clear, float minContrast) {
    const auto index = glyphIndex();
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    const ImRect screen(data.DisplayPos,
                        ImVec2(data.DisplayPos.x + data.DisplaySize.x, data.DisplayPos.y + data.DisplaySize.y));
    std::vector<Fill> fills;
    std::vector<Glyph> glyphs;
    int run = 0;
    unsigned lastVertex = 0;
    const ImDrawList* lastList = nullptr;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        for (const ImDrawCmd& command : list.CmdBuffer) {
            if (command.UserCallback) continue;
            const ImRect clip(command.ClipRect.x, command.ClipRect.y, command.ClipRect.z, command.ClipRect.w);
            for (unsigned e = 0; e + 2 < command.ElemCount; e += 3) {
                const unsigned i0 = command.VtxOffset + list.IdxBuffer[command.IdxOffset + e];
                const unsigned i1 = command.VtxOffset + list.IdxBuffer[command.IdxOffset + e + 1];
                const unsigned i2 = command.VtxOffset + list.IdxBuffer[command.IdxOffset + e + 2];
                const ImDrawVert& v0 = list.VtxBuffer[i0];
                if (std::abs(v0.uv.x - white.x) < 1e-6f && std::abs(v0.uv.y - white.y) < 1e-6f) {
                    fills.push_back({v0.pos, list.VtxBuffer[i1].pos, list.VtxBuffer[i2].pos, clip, v0.col});
                    continue;
                }
                // A glyph is PrimRectUV: triangles (a, a+1, a+2) and (a, a+2, a+3); take the first.
                if (i1 != i0 + 1 || i2 != i0 + 2) continue;
                const auto found = index.find({v0.uv.x, v0.uv.y});
                if (found == index.end()) continue;
                const ImVec2 corner = list.VtxBuffer[i2].pos;
                // Glyphs of one text call are consecutive quads: a gap starts another run.
                if (i0 != lastVertex + 4 || &list != lastList) ++run;
                lastVertex = i0;
                lastList = &list;
                Glyph glyph{ImRect(v0.pos, corner), clip, v0.col, found->second, {}, run};
                // What lies under the glyph's centre: the clear colour and every fill before it.
                ImVec4 below = clear;
                below.w = 1.0f;
                const ImVec2 centre = glyph.rect.GetCenter();
                for (const Fill& fill : fills)
                    if (inside(fill, centre)) below = over(unpack(fill.colour), below);
                glyph.background = below;
                glyphs.push_back(glyph);
            }
        }
    }
    VisualReport report;
    report.glyphs = static_cast<int>(glyphs.size());
    std::map<std::string, VisualFinding> byKind; // one finding per kind and line, with its text
    auto note = [&](const std::string& kind, const Glyph& g, float value) {
        const std::string key = kind + "@" + std::to_string(g.run);
        auto [it, fresh] = byKind.try_emplace(key, VisualFinding{kind, {}, g.rect.Min, value});
        if (it->second.text.size() < 40) it->second.text += utf8(g.character);
        it->second.value = std::min(it->second.value, value);
    };
    for (const Glyph& g : glyphs) {
        const ImVec4 fg = over(unpack(g.colour), g.background);
        const float ratio = contrastRatio(fg, g.background);
        report.worstContrast = std::min(report.worstContrast, ratio);
        if (ratio < minContrast) note("contrast", g, ratio);
        ImRect visible = g.clip;
        visible.ClipWithFull(screen);
        const ImRect shrunk(g.rect.Min.x + 0.5f, g.rect.Min.y + 0.5f, g.rect.Max.x - 0.5f, g.rect.Max.y - 0.5f);
        if (!visible.Contains(shrunk)) note("outside", g, 0.0f);
    }
    // Overlap: a sweep along x; glyphs of one line touch at most by a bearing's width, so a share
    // of a quarter of the smaller glyph is text drawn over text.
    std::vector<const Glyph*> order;
    for (const Glyph& g : glyphs)
        order.push_back(&g);
    std::sort(order.begin(), order.end(), [](const Glyph* a, const Glyph* b) { return a->rect.Min.x < b->rect.Min.x; });
    for (std::size_t i = 0; i < order.size(); ++i) {
        for (std::size_t j = i + 1; j < order.size() && order[j]->rect.Min.x < order[i]->rect.Max.x; ++j) {
            ImRect both = order[i]->rect;
            both.ClipWithFull(order[j]->rect);
            const float smaller = std::min(area(order[i]->rect), area(order[j]->rect));
            if (smaller > 0 && area(both) > 0.25f * smaller) {
                note("overlap", *order[i], 0.0f);
                note("overlap", *order[j], 0.0f);
            }
        }
    }
    for (auto& [key, finding] : byKind)
        report.findings.push_back(std::move(finding));
    return report;
}

} // namespace dlg::test
