#include "app/views/view_assignment_offer.h"

#include <cstdio>
#include <string>

#include <imgui.h>

#include "app/views/view_people.h"
#include "app/views/wording.h"
#include "core/assign/assign.h"

namespace dlg {
namespace {

std::string points(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

void drawProgress(const ViewContext& ctx) {
    ImGui::TextColored(ImVec4(0.0f, 0.3f, 0.6f, 1.0f), "%s", ctx.t("indeling.improveBusy"));
    ctx.record("indeling/improveBusy");
    const int percent = ctx.state.ui.people.thoroughPercent;
    const std::string overlay = std::to_string(percent) + " %";
    ImGui::ProgressBar(static_cast<float>(percent) / 100.0f, ImVec2(ImGui::GetFontSize() * 16, 0),
                       overlay.c_str());
    ctx.record("indeling/improveProgress");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("indeling.thoroughStop", "improveStop").c_str()))
        peopleAct(ctx, "thoroughStop");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t("indeling.improveStopTip"));
    ctx.record("indeling/improveStop");
}

void drawOffer(const ViewContext& ctx, const SeatingOffer& offer) {
    // Withdrawn once the seating, people or tables changed: the user's own change wins.
    if (!sameSeatingInputs(offer.basis, ctx.state.doc.session)) return;
    const double after = offer.result.objective.total;
    // Plain words, as the seating's own summary; the points are for who wants to compare closely.
    ImGui::TextColored(ImVec4(0.0f, 0.45f, 0.1f, 1.0f), "%s", offerSummary(ctx.t, offer.result).c_str());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s %s \u2192 %s %s", ctx.t("indeling.total"), points(offer.before).c_str(),
                          points(after).c_str(), ctx.t("indeling.lowerIsBetter"));
    ctx.record("indeling/offer");
    if (ImGui::Button(ctx.t.label("indeling.offerApply", "offerApply").c_str())) peopleAct(ctx, "offerApply");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t("indeling.offerApplyTip"));
    ctx.record("indeling/offerApply");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("indeling.offerDismiss", "offerDismiss").c_str()))
        peopleAct(ctx, "offerDismiss");
    ctx.record("indeling/offerDismiss");
}

} // namespace

void drawImprovement(const ViewContext& ctx) {
    if (ctx.state.ui.people.improving) drawProgress(ctx);
    if (ctx.state.ui.people.offer) drawOffer(ctx, *ctx.state.ui.people.offer);
}

} // namespace dlg
