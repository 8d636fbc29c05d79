#include <string>

#include "app/views/fields.h"
#include "app/views/live_views.h"
#include "app/views/outcomes_views.h"
#include "app/views/view_people.h"
#include "app/views/views.h"

namespace dlg {

void drawScreen(const ViewContext& ctx, Screen screen) {
    if (screen == Screen::Preparation) {
        drawPreparation(ctx);
    } else if (screen == Screen::RunSheet) {
        drawRunSheet(ctx);
    } else if (screen == Screen::Live) {
        drawLive(ctx);
    } else if (screen == Screen::Participants) {
        drawParticipants(ctx);
    } else if (screen == Screen::Assignment) {
        drawAssignment(ctx);
    } else if (screen == Screen::Outcomes) {
        drawOutcomes(ctx);
    } else if (screen == Screen::Aftercare) {
        drawAftercare(ctx);
    } else {
        drawPlaceholder(ctx, screen);
    }
}

void drawPreparation(const ViewContext& ctx) {
    heading(ctx, ctx.t("screen.voorbereiding.title"));
    ImGui::TextWrapped("%s", ctx.t("prep.intro"));
    ImGui::Spacing();
    drawMetaForm(ctx);
    ImGui::Spacing();
    drawChecklist(ctx);
    ImGui::Spacing();
    drawThemes(ctx);
}

void drawPlaceholder(const ViewContext& ctx, Screen screen) {
    const std::string name = viewName(screen);
    heading(ctx, ctx.t("screen." + name + ".title"));
    ImGui::TextWrapped("%s", ctx.t("screen." + name + ".placeholder"));
    ctx.record("placeholder/" + name);
}

} // namespace dlg
