// Deelnemers: the CSV import dialog. Preview runs the import on a copy (a dry run, read between
// frames by the app); Importeren applies the same file to the session as one undoable step.
#include <algorithm>
#include <filesystem>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/views/fields.h"
#include "app/state/people_logic.h"
#include "app/views/view_people.h"
#include "core/people/participant_import_report.h"

namespace dlg {

namespace {

constexpr const char* kPopup = "##import-dialog";

void drawReport(const ViewContext& ctx, const ImportDialogState& dialog) {
    if (!dialog.readError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", dialog.readError.c_str());
        ImGui::PopStyleColor();
        ctx.record("import/error");
        return;
    }
    if (!dialog.preview) return;
    const ImportReport& report = *dialog.preview;
    if (!report.ok()) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", report.error.c_str());
        ImGui::PopStyleColor();
        ctx.record("import/error");
        return;
    }
    ImGui::Text("%s: %zu  \u00B7  %s: %zu  \u00B7  %s: %zu  \u00B7  %s: %zu", ctx.t("people.import.added"),
                report.added.size(), ctx.t("people.import.updated"), report.updated.size(),
                ctx.t("people.import.unchanged"), report.unchanged.size(), ctx.t("people.import.skipped"),
                report.skipped.size());
    ctx.record("import/summary");
    // The core's report text has every skipped row with its line and reason, and the columns read,
    // ignored and dropped for privacy; it never contains a BSN or an e-mail address.
    std::string text = formatImportReport(report, true);
    ImGui::InputTextMultiline("##import-report", &text, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 16),
                              ImGuiInputTextFlags_ReadOnly);
    ctx.record("import/report");
}

} // namespace

void drawImportDialog(const ViewContext& ctx) {
    const auto& open = ctx.state.ui.people.import;
    if (!open) return;
    const ImportDialogState& dialog = *open;
    if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(viewport->Size.x * 0.9f, ImGui::GetFontSize() * 48), 0));
    if (!ImGui::BeginPopupModal(kPopup, nullptr,
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    heading(ctx, ctx.t("people.import.title"));
    ImGui::TextWrapped("%s", ctx.t("people.import.intro"));
    std::string path = dialog.pathText;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##import-path", ctx.t("people.import.pathHint"), &path))
        peopleAct(ctx, "import/path", path);
    ctx.record("import/path");
    if (!dialog.candidates.empty()) {
        ImGui::TextDisabled("%s", ctx.t("people.import.found"));
        ImGui::BeginChild("candidates", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 4.5f), true);
        for (const std::string& candidate : dialog.candidates) {
            ImGui::PushID(candidate.c_str());
            if (ImGui::Selectable(candidate.c_str(), candidate == dialog.pathText)) {
                peopleAct(ctx, "import/path", candidate);
                peopleAct(ctx, "import/preview");
            }
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    ImGui::BeginDisabled(dialog.pathText.empty());
    if (ImGui::Button(ctx.t.label("people.import.preview", "import-preview").c_str()))
        peopleAct(ctx, "import/preview");
    ImGui::EndDisabled();
    ctx.record("import/preview");
    ImGui::Spacing();
    drawReport(ctx, dialog);

    ImGui::Spacing();
    // Import only what was previewed: a path edited after the preview must be previewed again.
    const bool ready = dialog.preview && dialog.preview->ok() && dialog.previewPath == dialog.pathText &&
                       dialog.preview->changedSession();
    ImGui::BeginDisabled(!ready);
    if (ImGui::Button(ctx.t.label("people.import.apply", "import-apply").c_str())) {
        ctx.out.edit(importCommand(ctx.t("undo.people.import"), dialog.bytes,
                                   std::filesystem::path(dialog.previewPath).filename().string()));
        peopleAct(ctx, "status", std::string(ctx.t("people.import.done")) + ": " + dialog.preview->fileName);
        peopleAct(ctx, "import/close");
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ctx.record("import/apply");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("common.cancel", "import-cancel").c_str()) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        peopleAct(ctx, "import/close");
        ImGui::CloseCurrentPopup();
    }
    ctx.record("import/cancel");
    ImGui::EndPopup();
}

} // namespace dlg
