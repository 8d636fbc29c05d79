// Nazorg: carrying actions over from an earlier evening, and the export dialog. The dialog shows
// the report before it is written and lists every piece of personal data it found, each with its
// text to correct right there (AVG: names of parents never go out by accident).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/state/outcomes_logic.h"
#include "app/views/fields.h"
#include "app/views/outcomes_views.h"
#include "core/report/report_places.h"

namespace dlg {
namespace {

constexpr const char* kExportPopup = "###export-dialog";

void act(const ViewContext& ctx, const char* key, std::string text = {}, int number = 0) {
    ctx.out.act(ActionKind::Outcomes, std::move(text), key, number);
}

// A path-like text field of the UI state (not the session): every change becomes an action.
void stateField(const ViewContext& ctx, const char* key, const std::string& value, const char* hint,
                float width) {
    std::string buffer = value;
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint((std::string("##") + key).c_str(), hint, &buffer)) act(ctx, key, buffer);
    ctx.record(key);
}

void options(const ViewContext& ctx, const ExportDialogState& dialog) {
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("##export-options", 2, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed, em * 10);
    ImGui::TableSetupColumn("##field", ImGuiTableColumnFlags_WidthStretch);
    const auto row = [&](const char* key) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(ctx.t(key));
        ImGui::TableNextColumn();
    };
    row("export.kind");
    for (const char* kind : {"terugkoppeling", "voortgang", "intern"}) {
        if (ImGui::RadioButton(ctx.t.label(std::string("export.kind.") + kind, kind).c_str(),
                               dialog.kind == kind))
            act(ctx, "export/kind", kind);
        ctx.record(std::string("export/kind/") + kind);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    row("export.format");
    for (const std::string& format : exportFormats()) {
        if (ImGui::RadioButton((format + "##format").c_str(), dialog.format == format))
            act(ctx, "export/format", format);
        ctx.record("export/format/" + format);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    if (dialog.kind == "voortgang") {
        row("export.since");
        stateField(ctx, "export/since", dialog.since, ctx.t("export.sinceHint"), em * 8);
    }
    ImGui::EndTable();
}

// Each hit: where it is and what was found, with a button that opens that text for correction.
void privacyHits(const ViewContext& ctx, const ExportPreview& preview) {
    const std::string& language = ctx.state.settings.language;
    ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    ImGui::TextWrapped("%s %zu", ctx.t("export.hits.found"), preview.hits.size());
    ImGui::PopStyleColor();
    ctx.record("export/hits");
    for (std::size_t i = 0; i < preview.hits.size(); ++i) {
        const PrivacyHit& hit = preview.hits[i];
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton(ctx.t("export.hits.edit"))) act(ctx, "export/edit", hit.path);
        ctx.record("export/hit/" + std::to_string(i) + "/edit");
        ImGui::SameLine();
        ImGui::TextWrapped("%s", describeHit(ctx.state.doc.session, hit, language).c_str());
        ctx.record("export/hit/" + std::to_string(i));
        ImGui::PopID();
    }
}

// The text opened from a hit stays open while it is corrected, even once its hit is gone.
void correction(const ViewContext& ctx, const ExportDialogState& dialog) {
    if (dialog.editPath.empty()) return;
    const std::string* text = textAtPath(ctx.state.doc.session, dialog.editPath);
    if (!text) return;
    ImGui::TextUnformatted(ctx.t("export.hits.editing"));
    ImGui::SameLine();
    ImGui::TextDisabled("%s", dialog.editPath.c_str());
    const std::string path = dialog.editPath;
    textInput(ctx,
              {"export/editText", *text, [path](Session& s) { return textAtPath(s, path); },
               ctx.t("undo.oc.redact")},
              ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 6);
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("export.hits.done", "edit-done").c_str(), ImVec2(-FLT_MIN, 0)))
        act(ctx, "export/edit");
    ctx.record("export/editDone");
}

void decision(const ViewContext& ctx, const ExportDialogState& dialog, const ExportPreview& preview) {
    if (preview.hits.empty()) {
        ImGui::TextWrapped("%s", ctx.t("export.hits.none"));
        correction(ctx, dialog);
        return;
    }
    privacyHits(ctx, preview);
    correction(ctx, dialog);
    if (preview.report.kind == ReportKind::Internal) {
        ImGui::TextWrapped("%s", ctx.t("export.internalNote"));
        return;
    }
    // Rule 4 of the privacy guard: the user opts in for this export, after seeing every hit.
    bool allow = dialog.allowPersonalData;
    if (ImGui::Checkbox(ctx.t.label("export.allow", "allow").c_str(), &allow))
        act(ctx, "export/allow", {}, allow ? 1 : 0);
    ctx.record("export/allow");
}

void exportDialogBody(const ViewContext& ctx, const ExportDialogState& dialog) {
    const float em = ImGui::GetFontSize();
    options(ctx, dialog);
    const ExportPreview preview = makeExportPreview(
        ctx.state.doc.session, dialog, ctx.state.sessionsDir.string(), ctx.state.doc.path.string());
    if (!preview.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", ctx.t("export.error.options"));
        ImGui::PopStyleColor();
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(ctx.t("export.preview"));
        ImGui::SameLine();
        // Paste-ready text for a school app or an e-mail. Copying is not publishing, but a public
        // report with personal data is not copied either until the user has opted in below.
        const bool copyBlocked = !preview.decision.allowed;
        ImGui::BeginDisabled(copyBlocked);
        if (ImGui::SmallButton(ctx.t.label("export.copyText", "copy-text").c_str())) {
            ImGui::SetClipboardText(preview.clipboardText.c_str());
            act(ctx, "export/copied");
        }
        ImGui::EndDisabled();
        ctx.record("export/copyText");
        if (dialog.copied) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", ctx.t("export.copied"));
        }
        std::string text = preview.previewText;
        ImGui::InputTextMultiline("##export-preview", &text, ImVec2(-FLT_MIN, em * 14),
                                  ImGuiInputTextFlags_ReadOnly);
        ctx.record("export/preview");
        decision(ctx, dialog, preview);
    }
    ImGui::Separator();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t("export.path"));
    ImGui::SameLine();
    stateField(ctx, "export/path", dialog.pathText, preview.suggestedPath.c_str(), -FLT_MIN);
    const bool blocked = !preview.error.empty() || !preview.decision.allowed;
    ImGui::BeginDisabled(blocked);
    if (ImGui::Button(ctx.t.label("export.write", "write").c_str(), ImVec2(em * 8, 0)))
        act(ctx, "export/write");
    ImGui::EndDisabled();
    ctx.record("export/write");
    if (blocked && preview.error.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", ctx.t("export.blocked"));
        ImGui::PopStyleColor();
        ctx.record("export/blocked");
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("export.close", "close").c_str(), ImVec2(em * 8, 0)))
        act(ctx, "export/close");
    ctx.record("export/close");
    if (!dialog.result.empty()) {
        ImGui::TextWrapped("%s %s", ctx.t("export.written"), dialog.result.c_str());
        ctx.record("export/result");
    }
    if (!dialog.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", dialog.error.c_str());
        ImGui::PopStyleColor();
    }
}

} // namespace

void drawActionImport(const ViewContext& ctx) {
    const OutcomesUiState& ui = ctx.state.ui.outcomes;
    if (!ImGui::CollapsingHeader(ctx.t.label("care.import.heading", "import").c_str())) return;
    ctx.record("care/import");
    ImGui::TextWrapped("%s", ctx.t("care.import.help"));
    const float em = ImGui::GetFontSize();
    stateField(ctx, "import/path", ui.importPath, ctx.t("care.import.pathHint"), em * 24);
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("care.import.run", "import-run").c_str())) act(ctx, "import/run");
    ctx.record("care/import/run");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("care.import.refresh", "import-refresh").c_str()))
        act(ctx, "import/refresh");
    ctx.record("care/import/refresh");
    for (const std::string& candidate : ui.importCandidates) {
        ImGui::PushID(candidate.c_str());
        if (ImGui::Selectable(candidate.c_str(), candidate == ui.importPath))
            act(ctx, "import/path", candidate);
        ImGui::PopID();
    }
    if (!ui.importMessage.empty()) ImGui::TextWrapped("%s", ui.importMessage.c_str());
}

void drawExportDialog(const ViewContext& ctx) {
    const ExportDialogState& dialog = ctx.state.ui.outcomes.exportDialog;
    if (!dialog.open) return;
    const std::string title = std::string(ctx.t("export.title")) + kExportPopup;
    if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.85f, viewport->WorkSize.y * 0.85f),
                             ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoCollapse)) return;
    exportDialogBody(ctx, dialog);
    ImGui::EndPopup();
}

} // namespace dlg
