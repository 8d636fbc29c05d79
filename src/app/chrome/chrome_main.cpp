#include <algorithm>
#include <string>

#include "app/chrome/chrome.h"
#include "app/views/fields.h"
#include "app/views/views.h"

namespace dlg {

namespace {

bool dialogOpen(const UiState& ui) {
    return ui.notice || ui.confirmUnsaved || ui.fileDialog;
}

void banner(const ViewContext& ctx) {
    const Document& doc = ctx.state.doc;
    if (doc.readOnly) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s %s", ctx.t("banner.readOnly"), doc.readOnlyReason.c_str());
        ImGui::PopStyleColor();
        if (ImGui::Button(ctx.t.label("menu.file.saveAs", "banner-save-as").c_str()))
            ctx.out.act(ActionKind::ShowSaveAsDialog);
        if (!doc.path.empty()) {
            // The other program is done, or changed the file: read it again (asks about unsaved edits).
            ImGui::SameLine();
            if (ImGui::Button(ctx.t.label("banner.reopen", "banner-reopen").c_str()))
                ctx.out.act(ActionKind::OpenPath, doc.path.string());
        }
        ImGui::Separator();
    } else if (!doc.loadProblems.empty()) {
        ImGui::TextWrapped("%s (%zu)", ctx.t("banner.problems"), doc.loadProblems.size());
        ImGui::Separator();
    }
}

void screenList(const ViewContext& ctx) {
    for (std::size_t i = 0; i < kAllScreens.size(); ++i) {
        const Screen screen = kAllScreens[i];
        const std::string name = viewName(screen);
        const bool current = ctx.state.ui.screen == screen;
        if (ImGui::Selectable(ctx.t.label("screen." + name + ".title", "nav-" + name).c_str(), current))
            ctx.out.act(ActionKind::Navigate, {}, {}, static_cast<int>(i));
        ctx.record("nav/" + name);
    }
}

void statusLine(const ViewContext& ctx) {
    const Document& doc = ctx.state.doc;
    const std::string where = doc.path.empty() ? std::string(ctx.t("status.notSaved")) : doc.path.string();
    ImGui::TextDisabled("%s%s", where.c_str(), doc.history.isDirty() ? ctx.t("status.unsavedSuffix") : "");
    if (!ctx.state.ui.status.empty()) {
        ImGui::SameLine();
        ImGui::TextUnformatted(ctx.state.ui.status.c_str());
    }
}

} // namespace

void collectShortcuts(const ViewContext& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || dialogOpen(ctx.state.ui)) return;
    if (ImGui::IsKeyPressed(letterKey('Z'))) ctx.out.act(io.KeyShift ? ActionKind::Redo : ActionKind::Undo);
    if (ImGui::IsKeyPressed(letterKey('Y'))) ctx.out.act(ActionKind::Redo);
    if (ImGui::IsKeyPressed(letterKey('S'), false)) ctx.out.act(ActionKind::Save);
    if (ImGui::IsKeyPressed(letterKey('O'), false)) ctx.out.act(ActionKind::ShowOpenDialog);
    if (ImGui::IsKeyPressed(letterKey('N'), false)) ctx.out.act(ActionKind::NewSession);
}

void drawMenuBar(const ViewContext& ctx) {
    if (!ImGui::BeginMainMenuBar()) return;
    const AppState& state = ctx.state;
    if (ImGui::BeginMenu(ctx.t("menu.file"))) {
        if (ImGui::MenuItem(ctx.t("menu.file.new"), "Ctrl+N")) ctx.out.act(ActionKind::NewSession);
        if (ImGui::MenuItem(ctx.t("menu.file.open"), "Ctrl+O")) ctx.out.act(ActionKind::ShowOpenDialog);
        if (ImGui::BeginMenu(ctx.t("menu.file.recent"), !state.settings.recentFiles.empty())) {
            for (const std::string& path : state.settings.recentFiles) {
                if (ImGui::MenuItem(path.c_str())) ctx.out.act(ActionKind::OpenPath, path);
            }
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem(ctx.t("menu.file.save"), "Ctrl+S")) ctx.out.act(ActionKind::Save);
        if (ImGui::MenuItem(ctx.t("menu.file.saveAs"))) ctx.out.act(ActionKind::ShowSaveAsDialog);
        ImGui::Separator();
        if (ImGui::MenuItem(ctx.t("menu.file.quit"))) ctx.out.act(ActionKind::RequestQuit);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(ctx.t("menu.edit"))) {
        const UndoStack& history = state.doc.history;
        const std::string undo = std::string(ctx.t("menu.edit.undo")) +
                                 (history.canUndo() ? ": " + history.undoLabel() : std::string());
        const std::string redo = std::string(ctx.t("menu.edit.redo")) +
                                 (history.canRedo() ? ": " + history.redoLabel() : std::string());
        if (ImGui::MenuItem((undo + "###undo").c_str(), "Ctrl+Z", false, history.canUndo()))
            ctx.out.act(ActionKind::Undo);
        if (ImGui::MenuItem((redo + "###redo").c_str(), "Ctrl+Y", false, history.canRedo()))
            ctx.out.act(ActionKind::Redo);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(ctx.t("menu.view"))) {
        if (ImGui::MenuItem(ctx.t("menu.view.largeText"), nullptr, state.settings.largeText))
            ctx.out.act(ActionKind::ToggleLargeText);
        if (ImGui::BeginMenu(ctx.t("menu.view.language"))) {
            if (ImGui::MenuItem("Nederlands", nullptr, state.settings.language == "nl"))
                ctx.out.act(ActionKind::SetLanguage, "nl");
            if (ImGui::MenuItem("English", nullptr, state.settings.language == "en"))
                ctx.out.act(ActionKind::SetLanguage, "en");
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void drawWorkspace(const ViewContext& ctx) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    // No background of its own: the platform clears the screen in the window colour already, and
    // with software OpenGL every full-screen layer costs milliseconds per frame.
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoBackground;
    if (ImGui::Begin("##workspace", nullptr, flags)) {
        banner(ctx);
        const float statusHeight = ImGui::GetFrameHeightWithSpacing();
        float listWidth = 0;
        for (Screen screen : kAllScreens)
            listWidth =
                std::max(listWidth,
                         ImGui::CalcTextSize(ctx.t("screen." + std::string(viewName(screen)) + ".title")).x);
        listWidth += ImGui::GetStyle().WindowPadding.x * 2 + ImGui::GetFontSize() * 2;
        ImGui::BeginChild("screens", ImVec2(listWidth, -statusHeight), true);
        screenList(ctx);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("screen", ImVec2(0, -statusHeight), true);
        drawScreen(ctx, ctx.state.ui.screen);
        ImGui::EndChild();
        statusLine(ctx);
    }
    ImGui::End();
}

} // namespace dlg
