// Modal dialogs. Each is opened when the state asks for it and answers with actions; nothing here
// blocks or touches files.
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/chrome/chrome.h"

namespace dlg {

namespace {

// Opens the popup the first frame the state asks for it; centres it on the window.
bool beginModal(const char* id) {
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 24, 0),
                                        ImVec2(viewport->WorkSize.x * 0.9f, viewport->WorkSize.y * 0.9f));
    return ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_AlwaysAutoResize);
}

bool answer(const ViewContext& ctx, const char* key, ActionKind kind) {
    if (!ImGui::Button(ctx.t.label(key, key).c_str())) return false;
    ctx.out.act(kind);
    ImGui::CloseCurrentPopup();
    return true;
}

void noticeModal(const ViewContext& ctx, const Notice& notice) {
    const std::string id = notice.title + "###notice";
    if (!beginModal(id.c_str())) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
    ImGui::TextUnformatted(notice.text.c_str());
    if (!notice.details.empty()) {
        const float height =
            ImGui::GetTextLineHeightWithSpacing() * std::min<float>(10, notice.details.size() + 1);
        ImGui::BeginChild("details", ImVec2(ImGui::GetFontSize() * 36, height), true);
        for (const std::string& line : notice.details)
            ImGui::BulletText("%s", line.c_str());
        ImGui::EndChild();
    }
    ImGui::PopTextWrapPos();
    if (notice.offerSaveAs) {
        if (answer(ctx, "menu.file.saveAs", ActionKind::ShowSaveAsDialog))
            ctx.out.act(ActionKind::DismissNotice);
        ImGui::SameLine();
    }
    answer(ctx, "common.ok", ActionKind::DismissNotice);
    ctx.record("notice/ok");
    ImGui::EndPopup();
}

void unsavedModal(const ViewContext& ctx) {
    const std::string id = std::string(ctx.t("confirm.unsaved.title")) + "###unsaved";
    if (!beginModal(id.c_str())) return;
    const std::string& title = ctx.state.doc.session.meta.title;
    ImGui::TextUnformatted(ctx.t("confirm.unsaved.text"));
    if (!title.empty()) ImGui::TextUnformatted(("\u201C" + title + "\u201D").c_str());
    answer(ctx, "confirm.unsaved.save", ActionKind::ConfirmSave);
    ctx.record("unsaved/save");
    ImGui::SameLine();
    answer(ctx, "confirm.unsaved.discard", ActionKind::ConfirmDiscard);
    ctx.record("unsaved/discard");
    ImGui::SameLine();
    answer(ctx, "common.cancel", ActionKind::ConfirmCancel);
    ctx.record("unsaved/cancel");
    ImGui::EndPopup();
}

void fileModal(const ViewContext& ctx, const FileDialogState& dialog) {
    const bool saving = dialog.mode == FileDialogState::Mode::SaveAs;
    const std::string id =
        std::string(ctx.t(saving ? "dialog.saveAs.title" : "dialog.open.title")) + "###file";
    if (!beginModal(id.c_str())) return;
    const ActionKind confirm = saving ? ActionKind::SaveAsPath : ActionKind::OpenPath;
    ImGui::TextUnformatted(ctx.t("dialog.path"));
    std::string path = dialog.pathText;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 32);
    if (ImGui::InputText("##path", &path)) ctx.out.act(ActionKind::SetDialogPath, path);
    // Enter in the path field confirms, as in any file dialog.
    if (ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) &&
        !path.empty()) {
        ctx.out.act(confirm, path);
        ImGui::CloseCurrentPopup();
    }
    ctx.record("file/path");
    ImGui::TextUnformatted(ctx.t("dialog.sessions"));
    ImGui::BeginChild("files", ImVec2(ImGui::GetFontSize() * 32, ImGui::GetTextLineHeightWithSpacing() * 8),
                      true);
    if (dialog.candidates.empty()) ImGui::TextDisabled("%s", ctx.t("dialog.noSessions"));
    for (const std::string& candidate : dialog.candidates) {
        if (ImGui::Selectable(candidate.c_str(), candidate == dialog.pathText,
                              ImGuiSelectableFlags_AllowDoubleClick)) {
            const bool chosen = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
            ctx.out.act(chosen ? confirm : ActionKind::SetDialogPath, candidate);
        }
    }
    ImGui::EndChild();
    ImGui::BeginDisabled(dialog.pathText.empty());
    if (ImGui::Button(ctx.t.label(saving ? "dialog.save" : "dialog.open", "confirm").c_str())) {
        ctx.out.act(confirm, dialog.pathText);
        ImGui::CloseCurrentPopup();
    }
    ctx.record("file/confirm");
    ImGui::EndDisabled();
    ImGui::SameLine();
    answer(ctx, "common.cancel", ActionKind::CloseDialog);
    ImGui::EndPopup();
}

} // namespace

void drawDialogs(const ViewContext& ctx) {
    const UiState& ui = ctx.state.ui;
    // One modal at a time, the most urgent first; the others come back when it is answered.
    if (ui.notice) {
        noticeModal(ctx, *ui.notice);
    } else if (ui.confirmUnsaved) {
        unsavedModal(ctx);
    } else if (ui.fileDialog) {
        fileModal(ctx, *ui.fileDialog);
    }
}

} // namespace dlg
