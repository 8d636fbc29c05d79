// The texts a phone and the laptop changed differently (core/online/conflict_resolution.h): both
// are in the outcome until the facilitator chooses here. Shown on Opbrengsten whether or not Tafels
// online is on, because the conflicts stay in the session after the phones are gone.
#include <string>

#include <imgui.h>

#include "app/state/outcomes_logic.h"
#include "app/views/fields.h"
#include "app/views/online_views.h"
#include "core/timeline/timeline_format.h"

namespace dlg {
namespace {

// The Opbrengsten screen's own label of the field.
const char* fieldLabel(const Texts& t, const std::string& field) {
    for (const char* known : {"goesWell", "difficult", "ideas", "proposals", "quote", "notes"})
        if (field == known) return t(std::string("outcomes.table.") + known);
    return field.c_str();
}

void textCell(const ViewContext& ctx, const std::string& text) {
    ImGui::TableNextColumn();
    if (text.empty())
        ImGui::TextDisabled("%s", ctx.t("online.conflicts.empty"));
    else
        ImGui::TextWrapped("%s", text.c_str());
}

void conflictEntry(const ViewContext& ctx, const OnlineConflict& conflict, std::size_t index) {
    const Session& session = ctx.state.doc.session;
    const std::string key = "online/conflict/" + std::to_string(index);
    ImGui::PushID(static_cast<int>(index));
    ImGui::PushStyleColor(ImGuiCol_Text, warningColour());
    ImGui::TextWrapped("%s \u00b7 %s \u00b7 %s", tableLabel(session, conflict.tableId).c_str(),
                       fieldLabel(ctx.t, conflict.field),
                       formatClockTimeAt(conflict.at, ctx.state.ui.live.clock.utcOffsetSeconds).c_str());
    ImGui::PopStyleColor();
    ctx.record(key);
    if (ImGui::BeginTable("##texts", 2, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupColumn(ctx.t("online.conflicts.laptop"));
        ImGui::TableSetupColumn(ctx.t("online.conflicts.phone"));
        ImGui::TableHeadersRow();
        ImGui::TableNextRow();
        textCell(ctx, conflict.laptopText);
        textCell(ctx, conflict.phoneText);
        ImGui::EndTable();
    }
    const auto choice = [&](const char* labelKey, const char* word) {
        if (ImGui::Button(ctx.t.label(labelKey, std::string("keep-") + word).c_str()))
            ctx.out.act(ActionKind::Online, word, "resolveConflict", static_cast<int>(index));
        ctx.record(key + "/" + word);
    };
    choice("online.conflicts.keepLaptop", "laptop");
    ImGui::SameLine();
    choice("online.conflicts.keepPhone", "phone");
    ImGui::SameLine();
    choice("online.conflicts.keepBoth", "both");
    ImGui::Spacing();
    ImGui::PopID();
}

} // namespace

void drawOnlineConflicts(const ViewContext& ctx) {
    const auto& conflicts = ctx.state.doc.session.tablesOnline.conflicts;
    if (conflicts.empty()) return;
    ImGui::Spacing();
    heading(ctx, ctx.t("online.conflicts.heading"));
    ImGui::TextWrapped("%s", ctx.t("online.conflicts.help"));
    for (std::size_t i = 0; i < conflicts.size(); ++i)
        conflictEntry(ctx, conflicts[i], i);
}

} // namespace dlg
