// The projector picture for the room. Only public texts: never remarks, talking points, e-mails or
// language-support flags. The slides themselves are in projector_slides.cpp (one per phase kind)
// and projector_tables.cpp ("Waar zit ik?"); here: the window, the background and blank.
#include <string>

#include "app/views/live_views.h"
#include "app/views/projector_slides.h"

namespace dlg {

std::string publicName(const Participant& person) {
    std::string name = person.firstName;
    if (person.lastName.empty()) return name;
    // The initial is the first UTF-8 code point of the last name ("Şahin" -> "Ş.").
    std::size_t length = 1;
    while (length < person.lastName.size() &&
           (static_cast<unsigned char>(person.lastName[length]) & 0xC0) == 0x80)
        ++length;
    return name + " " + person.lastName.substr(0, length) + ".";
}

bool projectorIsBlank(const AppState& state, const RunState& run) {
    const auto& phases = state.doc.session.phases;
    return state.ui.live.projectorBlank || (run.current && *run.current < phases.size() &&
                                            phases[*run.current].projector == ProjectorKind::Blank);
}

ImVec4 projectorBackground(const AppState& state) {
    return projectorIsBlank(state, liveSnapshot(state).run) ? ImVec4(0, 0, 0, 1) : projector::kBackground;
}

void drawProjectorContent(const ViewContext& ctx, const LiveSnapshot& snapshot, bool paintBackground) {
    const ImVec2 origin = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    const projector::Box screen{origin, ImVec2(origin.x + size.x, origin.y + size.y)};
    const bool blank = projectorIsBlank(ctx.state, snapshot.run);
    if (paintBackground) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        // The whole window, padding included, not only the content area; intersected with the
        // current clip so Live's preview, a child scrolled partly out of view, stays inside Live.
        draw->PushClipRect(screen.min, screen.max, true);
        draw->AddRectFilled(screen.min, screen.max, ImGui::GetColorU32(projectorBackground(ctx.state)));
        draw->PopClipRect();
    }
    if (blank) return;
    projector::drawSlide(ctx, snapshot, screen);
    ctx.record("projector/content");
}

namespace {

/// The projector picture filling the current ImGui display; in presenting mode (`presenting`)
/// also the keys and the facilitator's corner.
void projectorFillingDisplay(const ViewContext& ctx, bool presenting) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    // The slides place their own margins (a share of the screen), so the window has none.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("##projector", nullptr, flags)) {
        if (presenting) collectLiveKeys(ctx);
        // The platform clears the display in projectorBackground(): no full-screen fill on top.
        const LiveSnapshot snapshot = liveSnapshot(ctx.state);
        drawProjectorContent(ctx, snapshot, false);
        if (presenting && !projectorIsBlank(ctx.state, snapshot.run)) {
            const ImVec2 origin = ImGui::GetWindowPos();
            const ImVec2 size = ImGui::GetWindowSize();
            projector::drawFacilitatorCorner(ctx, snapshot, {origin, ImVec2(origin.x + size.x, origin.y + size.y)});
        }
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

} // namespace

void drawPresenting(const ViewContext& ctx) {
    projectorFillingDisplay(ctx, true);
}

void drawProjectorWindow(const ViewContext& ctx) {
    projectorFillingDisplay(ctx, false);
}

} // namespace dlg
