#include <string>

#include "app/fields.h"
#include "app/views.h"

namespace dlg {

void drawScreen(const ViewContext& ctx, Screen screen) {
    if (screen == Screen::Preparation) {
        drawPreparation(ctx);
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
