// Planned versus actual minutes per phase, drawn with ImDrawList: one row per phase with a planned
// bar above an actual bar, a minute scale and a legend. All sizes in font units.
#include <algorithm>
#include <string>

#include "app/views/fields.h"
#include "app/views/live_views.h"
#include "app/views/wording.h"
#include "core/timeline/timeline_format.h"

namespace dlg {

namespace {

const ImVec4 kPlannedColour(0.55f, 0.65f, 0.80f, 1.0f);
const ImVec4 kActualColour(0.10f, 0.35f, 0.70f, 1.0f);
const ImVec4 kOverColour(0.78f, 0.15f, 0.10f, 1.0f);

void legendItem(ImDrawList* draw, ImVec2& at, ImVec4 colour, const char* text) {
    const float unit = ImGui::GetFontSize();
    draw->AddRectFilled(ImVec2(at.x, at.y + unit * 0.2f), ImVec2(at.x + unit, at.y + unit * 0.9f),
                        ImGui::GetColorU32(colour));
    draw->AddText(ImVec2(at.x + unit * 1.3f, at.y), ImGui::GetColorU32(ImGuiCol_Text), text);
    at.x += unit * 2 + ImGui::CalcTextSize(text).x + unit;
}

} // namespace

void drawRunChart(const ViewContext& ctx, const LiveSnapshot& snapshot) {
    if (!snapshot.plan || snapshot.plan->phases.empty()) return;
    const Plan& plan = *snapshot.plan;
    const RunState& run = snapshot.run;
    heading(ctx, ctx.t("chart.heading"));
    const float unit = ImGui::GetFontSize();
    float labelWidth = 0;
    for (const PlannedPhase& phase : plan.phases)
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(phase.title.c_str()).x);
    labelWidth = std::min(labelWidth, unit * 16) + unit;
    std::int64_t longest = 60;
    for (const PhaseRun& phase : run.phases)
        longest = std::max({longest, phase.durationSeconds, phase.actualSeconds});

    const float barHeight = unit * 0.7f;
    const float rowHeight = barHeight * 2 + unit * 0.6f;
    const float width = std::max(ImGui::GetContentRegionAvail().x, unit * 30);
    const float barSpace = width - labelWidth - unit * 9; // room for "45 min / 52 min" after the longest bar
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 textColour = ImGui::GetColorU32(ImGuiCol_Text);
    auto barLength = [&](std::int64_t seconds) { return barSpace * static_cast<float>(seconds) / longest; };

    ImVec2 legend = origin;
    legendItem(draw, legend, kPlannedColour, ctx.t("chart.planned"));
    legendItem(draw, legend, kActualColour, ctx.t("chart.actual"));
    legendItem(draw, legend, kOverColour, ctx.t("chart.over"));
    float y = origin.y + unit * 1.6f;
    for (std::size_t i = 0; i < plan.phases.size() && i < run.phases.size(); ++i) {
        const PhaseRun& phase = run.phases[i];
        const std::string& title = plan.phases[i].title;
        draw->PushClipRect(ImVec2(origin.x, y), ImVec2(origin.x + labelWidth - unit * 0.5f, y + rowHeight),
                           true);
        draw->AddText(ImVec2(origin.x, y + barHeight * 0.5f), textColour, title.c_str());
        draw->PopClipRect();
        const float x = origin.x + labelWidth;
        const float planned = barLength(phase.durationSeconds);
        draw->AddRectFilled(ImVec2(x, y), ImVec2(x + planned, y + barHeight),
                            ImGui::GetColorU32(kPlannedColour));
        const float actualY = y + barHeight + unit * 0.1f;
        const float actual = barLength(phase.actualSeconds);
        draw->AddRectFilled(ImVec2(x, actualY), ImVec2(x + std::min(actual, planned), actualY + barHeight),
                            ImGui::GetColorU32(kActualColour));
        if (actual > planned)
            draw->AddRectFilled(ImVec2(x + planned, actualY), ImVec2(x + actual, actualY + barHeight),
                                ImGui::GetColorU32(kOverColour));
        const std::string figures = plannedActualMinutes(phase.durationSeconds, phase.actualSeconds);
        draw->AddText(ImVec2(x + std::max(planned, actual) + unit * 0.4f, y + barHeight * 0.5f), textColour,
                      figures.c_str());
        y += rowHeight;
    }
    ImGui::Dummy(ImVec2(width, y - origin.y));
    ctx.record("chart");
}

} // namespace dlg
