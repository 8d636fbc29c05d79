// Opbrengsten per table (one tab each) and the dot votes of the presentations. A table's outcome
// is created by its first edit, inside that edit's undo step.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/views/fields.h"
#include "app/state/outcomes_logic.h"
#include "app/views/outcomes_views.h"
#include "app/views/session_text_input.h"

namespace dlg {
namespace {

constexpr ImGuiInputTextFlags kNoUndo = ImGuiInputTextFlags_NoUndoRedo;
const std::vector<std::string> kProposalBy = {"school", "ouders", "samen"};

/// A member of the table's outcome, found again by table id when the command runs.
template <class T> Locator<T> outcomeField(const std::string& tableId, T TableOutcome::*member) {
    return [tableId, member](Session& s) -> T* {
        TableOutcome* outcome = findOutcome(s, tableId);
        return outcome ? &(outcome->*member) : nullptr;
    };
}

ProposedAction* findProposal(Session& s, const std::string& id) {
    for (TableOutcome& outcome : s.outcomes.tables)
        for (ProposedAction& proposal : outcome.proposals)
            if (proposal.id == id) return &proposal;
    return nullptr;
}

template <class T> Locator<T> proposalField(const std::string& id, T ProposedAction::*member) {
    return [id, member](Session& s) -> T* {
        ProposedAction* proposal = findProposal(s, id);
        return proposal ? &(proposal->*member) : nullptr;
    };
}

// One text field whose command goes through `wrap` (typing merges into one undo step per field).
void wrappedText(const ViewContext& ctx, const std::string& key, const std::string& value,
                 Locator<std::string> locate, const CommandWrap& wrap, float lines = 0) {
    std::string buffer = value;
    ImVec2 size(0, 0);
    if (lines > 0)
        size = {-FLT_MIN, ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2};
    else
        ImGui::SetNextItemWidth(-FLT_MIN);
    const SessionTextEdit edited = sessionTextInput(("##" + key).c_str(), buffer, kNoUndo, size);
    reportReleased(ctx, edited, key);
    if (edited.changed && buffer != value)
        ctx.out.edit(wrap(setValue<std::string>(ctx.t("undo.oc.editOutcome"), key, locate, value, buffer)));
    ctx.record(key);
}

void label(const ViewContext& ctx, const char* key) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t(key));
    ImGui::TableNextColumn();
}

void themeCombo(const ViewContext& ctx, const TableOutcome& shown, const CommandWrap& wrap) {
    const Session& session = ctx.state.doc.session;
    const std::string key = "outcome/" + shown.tableId + "/theme";
    std::string current = ctx.t("outcomes.table.noTheme");
    for (const Theme& theme : session.themes)
        if (theme.id == shown.themeId) current = theme.title;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool open = ImGui::BeginCombo(("##" + key).c_str(), current.c_str());
    ctx.record(key);
    if (!open) return;
    for (const Theme& theme : session.themes) {
        ImGui::PushID(theme.id.c_str());
        if (ImGui::Selectable(theme.title.c_str(), theme.id == shown.themeId) && theme.id != shown.themeId)
            ctx.out.edit(wrap(setValue<std::string>(ctx.t("undo.oc.editOutcome"), {},
                                                    outcomeField(shown.tableId, &TableOutcome::themeId),
                                                    shown.themeId, theme.id)));
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void proposalRow(const ViewContext& ctx, const TableOutcome& shown, std::size_t i, const CommandWrap& wrap) {
    const ProposedAction& proposal = shown.proposals[i];
    const std::string key = "proposal/" + proposal.id;
    ImGui::PushID(proposal.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    wrappedText(ctx, key + "/text", proposal.text, proposalField(proposal.id, &ProposedAction::text), wrap);
    ImGui::TableNextColumn();
    if (auto by = wordCombo(ctx, key + "/by", proposal.by, kProposalBy, "outcomes.by.", "outcomes.by.none",
                            -FLT_MIN))
        ctx.out.edit(
            wrap(setValue<std::string>(ctx.t("undo.oc.editOutcome"), {},
                                       proposalField(proposal.id, &ProposedAction::by), proposal.by, *by)));
    ImGui::TableNextColumn();
    std::vector<std::string> forms = {""};
    forms.insert(forms.end(), kPartnershipForms.begin(), kPartnershipForms.end());
    if (auto form =
            wordCombo(ctx, key + "/form", proposal.form, forms, "form.", "outcomes.form.none", -FLT_MIN))
        ctx.out.edit(wrap(setValue<std::string>(ctx.t("undo.oc.editOutcome"), {},
                                                proposalField(proposal.id, &ProposedAction::form),
                                                proposal.form, *form)));
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", proposal.votes);
    ImGui::TableNextColumn();
    if (deleteButton(ctx))
        ctx.out.edit(wrap(eraseItem(ctx.t("undo.oc.deleteProposal"),
                                    outcomeField(shown.tableId, &TableOutcome::proposals), i, proposal)));
    ctx.record(key + "/delete");
    ImGui::PopID();
}

void proposalTable(const ViewContext& ctx, const TableOutcome& shown, const CommandWrap& wrap) {
    ImGui::TextUnformatted(ctx.t("outcomes.table.proposals"));
    const float em = ImGui::GetFontSize();
    if (!shown.proposals.empty() &&
        ImGui::BeginTable("##proposals", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(ctx.t("outcomes.proposal.text"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(ctx.t("outcomes.proposal.by"), ImGuiTableColumnFlags_WidthFixed, em * 7);
        ImGui::TableSetupColumn(ctx.t("outcomes.proposal.form"), ImGuiTableColumnFlags_WidthFixed, em * 9);
        ImGui::TableSetupColumn(ctx.t("outcomes.proposal.votes"), ImGuiTableColumnFlags_WidthFixed,
                                em * 3.5f);
        ImGui::TableSetupColumn("##delete", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < shown.proposals.size(); ++i)
            proposalRow(ctx, shown, i, wrap);
        ImGui::EndTable();
    }
    // Enter adds a proposal; by and form can be chosen afterwards.
    const std::string draftKey = "outcome/" + shown.tableId + "/proposals/new";
    const auto draft = ctx.state.ui.drafts.find(draftKey);
    std::string buffer = draft == ctx.state.ui.drafts.end() ? std::string() : draft->second;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputTextWithHint(("##" + draftKey).c_str(), ctx.t("outcomes.proposal.newHint"),
                                                &buffer, kNoUndo | ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.record(draftKey);
    if (enter) {
        if (buffer.find_first_not_of(" \t") != std::string::npos) {
            ProposedAction fresh;
            fresh.id = nextId("pr", proposalIds(ctx.state.doc.session));
            fresh.text = buffer;
            fresh.by = "samen";
            ctx.out.edit(wrap(insertItem(ctx.t("undo.oc.addProposal"),
                                         outcomeField(shown.tableId, &TableOutcome::proposals),
                                         shown.proposals.size(), fresh)));
        }
        ctx.out.act(ActionKind::ClearDraft, {}, draftKey);
        ImGui::SetKeyboardFocusHere(-1);
    } else if (ImGui::IsItemEdited()) {
        ctx.out.act(ActionKind::SetDraft, buffer, draftKey);
    }
}

} // namespace

void drawTableOutcome(const ViewContext& ctx, const Table& table) {
    const Session& session = ctx.state.doc.session;
    const TableOutcome* outcome = findOutcome(session, table.id);
    const TableOutcome fresh = freshOutcome(session, table);
    const TableOutcome& shown = outcome ? *outcome : fresh;
    const bool creates = outcome == nullptr;
    const CommandWrap wrap = [fresh, creates](Command command) {
        return withOutcome(std::move(command), fresh, creates);
    };
    const std::string key = "outcome/" + table.id;
    if (ImGui::BeginTable("##outcome-head", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 10);
        ImGui::TableSetupColumn("##field", ImGuiTableColumnFlags_WidthStretch);
        label(ctx, "outcomes.table.leader");
        wrappedText(ctx, key + "/leader", shown.leader, outcomeField(table.id, &TableOutcome::leader), wrap);
        label(ctx, "outcomes.table.theme");
        themeCombo(ctx, shown, wrap);
        ImGui::EndTable();
    }
    ImGui::TextUnformatted(ctx.t("outcomes.table.goesWell"));
    entryList(ctx, key + "/goesWell", shown.goesWell, outcomeField(table.id, &TableOutcome::goesWell), wrap);
    ImGui::TextUnformatted(ctx.t("outcomes.table.difficult"));
    entryList(ctx, key + "/difficult", shown.difficult, outcomeField(table.id, &TableOutcome::difficult),
              wrap);
    ImGui::TextUnformatted(ctx.t("outcomes.table.ideas"));
    entryList(ctx, key + "/ideas", shown.ideas, outcomeField(table.id, &TableOutcome::ideas), wrap);
    proposalTable(ctx, shown, wrap);
    ImGui::TextUnformatted(ctx.t("outcomes.table.quote"));
    wrappedText(ctx, key + "/quote", shown.quote, outcomeField(table.id, &TableOutcome::quote), wrap);
    ImGui::TextUnformatted(ctx.t("outcomes.table.notes"));
    wrappedText(ctx, key + "/notes", shown.notes, outcomeField(table.id, &TableOutcome::notes), wrap, 3);
}

void drawVoting(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    heading(ctx, ctx.t("outcomes.votes.heading"));
    ImGui::TextWrapped("%s", ctx.t("outcomes.votes.help"));
    const auto ranked = rankProposals(session);
    if (ranked.empty()) {
        ImGui::TextWrapped("%s", ctx.t("outcomes.votes.none"));
        return;
    }
    if (!ImGui::BeginTable("##votes", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 2);
    ImGui::TableSetupColumn(ctx.t("outcomes.proposal.text"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(ctx.t("outcomes.votes.table"), ImGuiTableColumnFlags_WidthFixed, em * 12);
    ImGui::TableSetupColumn(ctx.t("outcomes.proposal.votes"), ImGuiTableColumnFlags_WidthFixed, em * 8);
    ImGui::TableHeadersRow();
    for (std::size_t rank = 0; rank < ranked.size(); ++rank) {
        const ProposedAction& proposal = *ranked[rank].proposal;
        const TableOutcome& outcome = session.outcomes.tables[ranked[rank].table];
        const std::string key = "vote/" + proposal.id;
        ImGui::PushID(proposal.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%zu.", rank + 1);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextWrapped("%s", proposal.text.c_str());
        ctx.record("ranked/" + proposal.id);
        ImGui::TableNextColumn();
        std::string tableName = outcome.tableId;
        for (const Table& table : session.tables)
            if (table.id == outcome.tableId && !table.name.empty()) tableName = table.name;
        ImGui::TextWrapped("%s", tableName.c_str());
        ImGui::TableNextColumn();
        const auto votes = proposalField(proposal.id, &ProposedAction::votes);
        ImGui::BeginDisabled(proposal.votes <= 0);
        if (ImGui::Button("-", ImVec2(ImGui::GetFrameHeight(), 0)))
            ctx.out.edit(setValue<int>(ctx.t("undo.oc.vote"), {}, votes, proposal.votes, proposal.votes - 1));
        ImGui::EndDisabled();
        ctx.record(key + "/minus");
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%3d", proposal.votes);
        ctx.record(key + "/count");
        ImGui::SameLine();
        if (ImGui::Button("+", ImVec2(ImGui::GetFrameHeight(), 0)))
            ctx.out.edit(setValue<int>(ctx.t("undo.oc.vote"), {}, votes, proposal.votes, proposal.votes + 1));
        ctx.record(key + "/plus");
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace dlg
