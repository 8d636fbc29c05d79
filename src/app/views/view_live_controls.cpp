// The facilitator's safety net (live_controls.h): questions, rehearsal bar and mark, toast.
#include <string>

#include "app/views/fields.h"
#include "app/views/live_controls.h"

namespace dlg {

namespace {

void live(const ViewContext& ctx, LiveOp op, std::string text = {}) {
    ctx.out.act(ActionKind::Live, std::move(text), {}, static_cast<int>(op));
}

ImVec4 rehearsalColour() {
    return ImVec4(0.85f, 0.55f, 0.05f, 1.0f); // amber: visible on the light UI and the dark slides
}

const char* questionKey(LiveOp question) {
    switch (question) {
    case LiveOp::AskStart:
        return "confirm.start";
    case LiveOp::AskReset:
        return "confirm.reset";
    default:
        return "confirm.finish";
    }
}

} // namespace

void drawLiveConfirm(const ViewContext& ctx) {
    const LiveUi& ui = ctx.state.ui.live;
    if (!ui.confirming) return;
    const std::string key = questionKey(*ui.confirming);
    const std::string id = std::string(ctx.t(key)) + "###live-confirm";
    if (!ImGui::IsPopupOpen("###live-confirm")) ImGui::OpenPopup("###live-confirm");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(ctx.t(key + ".text"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(ctx.t.label(key + ".yes", "confirm-yes").c_str()) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
        live(ctx, LiveOp::Confirm);
        ImGui::CloseCurrentPopup();
    }
    ctx.record("confirm/yes");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("common.cancel", "confirm-no").c_str()) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        live(ctx, LiveOp::CancelConfirm);
        ImGui::CloseCurrentPopup();
    }
    ctx.record("confirm/no");
    ImGui::EndPopup();
}

void drawRehearsalBar(const ViewContext& ctx) {
    const auto& rehearsal = ctx.state.ui.live.rehearsal;
    if (!rehearsal) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, rehearsalColour());
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 1));
    ImGui::BeginChild("rehearsal-bar", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 1.6f), false);
    ImGui::SetCursorPos(ImGui::GetStyle().FramePadding);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t("rehearsal.banner"));
    ctx.record("rehearsal/banner");
    ImGui::SameLine();
    ImGui::TextUnformatted(ctx.t("rehearsal.speed"));
    for (int speed : {1, 10, 60}) {
        ImGui::SameLine();
        const std::string label = "x" + std::to_string(speed) + "##speed" + std::to_string(speed);
        if (ImGui::RadioButton(label.c_str(), rehearsal->speed == speed))
            live(ctx, LiveOp::RehearsalSpeed, std::to_string(speed));
        ctx.record("rehearsal/speed/" + std::to_string(speed));
    }
    ImGui::SameLine();
    ImGui::PopStyleColor();
    if (ImGui::Button(ctx.t.label("rehearsal.stop", "rehearsal-stop").c_str()))
        live(ctx, LiveOp::StopRehearsal);
    ctx.record("rehearsal/stop");
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void drawRehearsalMark(const ViewContext& ctx) {
    if (!ctx.state.ui.live.rehearsal) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float margin = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - margin, viewport->Pos.y + margin),
                            ImGuiCond_Always, ImVec2(1, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, rehearsalColour());
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 1));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoInputs;
    if (ImGui::Begin("##rehearsal-mark", nullptr, flags)) {
        ImGui::TextUnformatted(ctx.t("rehearsal.mark"));
        ctx.record("rehearsal/mark");
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
}

void drawToast(const ViewContext& ctx) {
    const LiveUi& ui = ctx.state.ui.live;
    if (!ui.toast || ui.clock.now >= ui.toast->until) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2,
                                   viewport->Pos.y + viewport->Size.y - ImGui::GetFontSize() * 3),
                            ImGuiCond_Always, ImVec2(0.5f, 1));
    ImGui::SetNextWindowBgAlpha(0.92f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoInputs;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                        ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize() * 0.6f));
    if (ImGui::Begin("##toast", nullptr, flags)) {
        ImGui::PushFont(ctx.headingFont ? ctx.headingFont : ImGui::GetFont());
        ImGui::TextUnformatted(ui.toast->text.c_str());
        ImGui::PopFont();
        ctx.record("toast");
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void drawRehearseAndReset(const ViewContext& ctx, const RunState& run) {
    if (ctx.state.ui.live.rehearsal) return;
    if (run.status == RunStatus::NotStarted) {
        if (ImGui::Button(ctx.t.label("rehearsal.start", "rehearse").c_str()))
            live(ctx, LiveOp::StartRehearsal);
        ctx.record("live/rehearse");
        ImGui::SameLine();
        ImGui::TextDisabled("%s", ctx.t("rehearsal.hint"));
        return;
    }
    // A run that was tried for real before the evening can be cleared (and the clearing undone).
    if (ImGui::Button(ctx.t.label("live.reset", "reset").c_str())) live(ctx, LiveOp::AskReset);
    ctx.record("live/reset");
}

void collectProjectorEscape(const ViewContext& ctx) {
    const UiState& ui = ctx.state.ui;
    constexpr int kKeyEscape = 256; // GLFW's number, as the 1.86 backend fills io.KeysDown
    if (ui.live.presenting || ui.live.projectorMonitor < 0 || ui.notice || ui.confirmUnsaved ||
        ui.fileDialog || ui.live.confirming || ImGui::GetIO().WantTextInput)
        return;
    // On one screen the room's window covers everything; Esc (also pressed in that window, whose
    // keys come here) closes it, as it ends a slide show.
    if (ImGui::IsKeyPressed(kKeyEscape, false))
        ctx.out.act(ActionKind::Live, "-1", {}, static_cast<int>(LiveOp::ChooseMonitor));
}

void drawUndoFinish(const ViewContext& ctx) {
    const UndoStack& history = ctx.state.doc.history;
    if (ctx.state.ui.live.rehearsal || !history.canUndo() || history.undoLabel() != ctx.t("live.undo.finish"))
        return;
    if (ImGui::Button(ctx.t.label("live.undoFinish", "undo-finish").c_str())) ctx.out.act(ActionKind::Undo);
    ctx.record("live/undo-finish");
    ImGui::SameLine();
    ImGui::TextDisabled("Ctrl+Z");
}

} // namespace dlg
