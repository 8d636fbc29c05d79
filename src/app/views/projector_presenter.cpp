// Live's panel for the room: a live preview of the projector (the same slide function drawn into
// a small child window, so it costs one more slide per displayed second and nothing while idle),
// the blackout state in plain sight, the message to the room and the "Waar zit ik?" view choice.
#include <algorithm>
#include <string>

#include "app/views/live_views.h"
#include "app/views/projector_layout.h"

namespace dlg {

namespace {

void live(const ViewContext& ctx, LiveOp op, std::string text = {}) {
    ctx.out.act(ActionKind::Live, std::move(text), {}, static_cast<int>(op));
}

constexpr const char* kDraftKey = "live/room-message";

/// The preview, 16:9, with a frame; black with the warning while the projector is blank.
void preview(const ViewContext& ctx, const LiveSnapshot& snapshot, float width) {
    const ImVec2 size(width, width * 9.0f / 16.0f);
    const bool blank = projectorIsBlank(ctx.state, snapshot.run);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_Border,
                          blank ? ImVec4(0.85f, 0.1f, 0.1f, 1.0f) : ImVec4(0.3f, 0.3f, 0.35f, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, blank ? 4.0f : 1.0f);
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoInputs;
    if (ImGui::BeginChild("##room-preview", size, true, flags)) {
        ViewContext quiet = ctx; // the preview records nothing: probes name the room's own window
        quiet.probe = nullptr;
        drawProjectorContent(quiet, snapshot, true);
        if (blank) {
            // Only here, never on the projector: say why the picture is black.
            const char* text = ctx.t("projector.kind.blank");
            const ImVec2 textSize = ImGui::CalcTextSize(text);
            ImGui::SetCursorPos(ImVec2((size.x - textSize.x) / 2, (size.y - textSize.y) / 2));
            ImGui::TextColored(ImVec4(1, 1, 1, 1), "%s", text);
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    ctx.record("live/room-preview");
}

void messageControls(const ViewContext& ctx) {
    const std::string& shown = ctx.state.ui.live.roomMessage;
    ImGui::TextUnformatted(ctx.t("live.room.message"));
    for (const char* key : {"live.room.fiveMinutes", "live.room.backToRoom"}) {
        const std::string text = ctx.t(key);
        if (ImGui::Button((text + "##" + key).c_str())) live(ctx, LiveOp::ShowRoomMessage, text);
        ctx.record(std::string("live/message/") + key);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    const auto draft = ctx.state.ui.drafts.find(kDraftKey);
    char buffer[121] = {}; // a short message: one line on the projector
    if (draft != ctx.state.ui.drafts.end()) draft->second.copy(buffer, sizeof buffer - 1);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const bool enter =
        ImGui::InputText("##room-message", buffer, sizeof buffer, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemEdited()) ctx.out.act(ActionKind::SetDraft, buffer, kDraftKey);
    ctx.record("live/message/text");
    ImGui::SameLine();
    if ((ImGui::Button(ctx.t.label("live.room.show", "room-show").c_str()) || enter) && buffer[0] != '\0')
        live(ctx, LiveOp::ShowRoomMessage, buffer);
    ctx.record("live/message/show");
    if (!shown.empty()) {
        ImGui::TextWrapped("%s \u201c%s\u201d", ctx.t("live.room.current"), shown.c_str());
        if (ImGui::Button(ctx.t.label("live.room.clear", "room-clear").c_str()))
            live(ctx, LiveOp::ShowRoomMessage);
        ctx.record("live/message/clear");
    }
}

} // namespace

void drawRoomPanel(const ViewContext& ctx, const LiveSnapshot& snapshot) {
    const Session& session = ctx.state.doc.session;
    const RunState& run = snapshot.run;
    ImGui::Separator();
    // As large as the width allows next to the controls (on a 1920 screen a 400 px preview was
    // too small to read the names of "Waar zit ik?"), but not taller than the presenter can spare.
    const float width = std::min(ImGui::GetContentRegionAvail().x * 0.42f, ImGui::GetFontSize() * 40);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", ctx.t("live.room.title"));
    preview(ctx, snapshot, width);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    if (projectorIsBlank(ctx.state, run)) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.0f, 0.0f, 1.0f));
        ImGui::PushFont(ctx.headingFont ? ctx.headingFont : ImGui::GetFont());
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 18);
        ImGui::TextWrapped("%s", ctx.t("live.room.blank"));
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::PopStyleColor();
        ctx.record("live/room-blank");
    }
    messageControls(ctx);
    const bool seating = run.current && *run.current < session.phases.size() &&
                         session.phases[*run.current].projector == ProjectorKind::Tables;
    if (seating) {
        const char* key = ctx.state.ui.live.seatingByName ? "live.room.byTable" : "live.room.byName";
        if (ImGui::Button(ctx.t.label(key, "seating-view").c_str())) live(ctx, LiveOp::ToggleSeatingView);
        ctx.record("live/seating-view");
        // Before anyone is seated the room would read table names only, or an empty list.
        if (session.assignment.seats.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.0f, 0.0f, 1.0f));
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 22);
            ImGui::TextWrapped("%s", ctx.t("live.room.nobodySeated"));
            ImGui::PopTextWrapPos();
            ImGui::PopStyleColor();
            ctx.record("live/nobody-seated");
        }
    }
    ImGui::EndGroup();
}

} // namespace dlg
