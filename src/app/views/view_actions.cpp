// Nazorg: the proposals of the evening become actions, and each action is followed up with an
// owner, a planned moment, a status and dated progress updates.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/views/fields.h"
#include "app/state/outcomes_logic.h"
#include "app/views/outcomes_views.h"
#include "app/views/privacy_views.h"
#include "core/model/paths.h"

namespace dlg {
namespace {

const std::vector<std::string> kStatuses = {"voorgesteld", "gepland", "bezig", "gedaan", "vervallen"};
/// Bodies that can own an action besides a staff member.
const std::vector<std::string> kBodies = {"directie", "MR", "ouderraad", "team"};

Locator<std::vector<Action>> actions() {
    return [](Session& s) { return &s.actions; };
}

template <class T> Locator<T> actionField(const std::string& id, T Action::*member) {
    return [id, member](Session& s) -> T* {
        Action* action = findAction(s, id);
        return action ? &(action->*member) : nullptr;
    };
}

Locator<std::string> updateField(const std::string& id, std::size_t i, std::string ProgressUpdate::*member) {
    return [id, i, member](Session& s) -> std::string* {
        Action* action = findAction(s, id);
        return action && i < action->updates.size() ? &(action->updates[i].*member) : nullptr;
    };
}

void act(const ViewContext& ctx, const char* key, std::string text = {}, int number = 0) {
    ctx.out.act(ActionKind::Outcomes, std::move(text), key, number);
}

void label(const ViewContext& ctx, const char* key) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t(key));
    ImGui::TableNextColumn();
}

// Staff of the evening first, then the bodies: picking one fills the owner field.
void ownerField(const ViewContext& ctx, const Action& action) {
    const std::string key = "action/" + action.id + "/owner";
    const float side = ImGui::GetFrameHeight();
    textInput(ctx, {key, action.owner, actionField(action.id, &Action::owner), ctx.t("undo.oc.editAction")},
              ImGui::GetContentRegionAvail().x - side - ImGui::GetStyle().ItemSpacing.x);
    ImGui::SameLine();
    const bool open = ImGui::BeginCombo(("##" + key + "/pick").c_str(), nullptr, ImGuiComboFlags_NoPreview);
    ctx.record(key + "/pick");
    if (!open) return;
    std::vector<std::string> choices;
    for (const Participant& person : ctx.state.doc.session.participants) {
        if (person.role != Role::Staff) continue;
        std::string name = person.firstName;
        for (const std::string* part : {&person.infix, &person.lastName})
            if (!part->empty()) name += " " + *part;
        if (!person.function.empty()) name += " (" + person.function + ")";
        choices.push_back(name);
    }
    choices.insert(choices.end(), kBodies.begin(), kBodies.end());
    for (std::size_t i = 0; i < choices.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(choices[i].c_str(), choices[i] == action.owner))
            ctx.out.edit(setValue<std::string>(ctx.t("undo.oc.editAction"), {},
                                               actionField(action.id, &Action::owner), action.owner,
                                               choices[i]));
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void statusField(const ViewContext& ctx, const Action& action) {
    const std::string key = "action/" + action.id + "/status";
    const std::string current = toString(action.status);
    if (auto chosen = wordCombo(ctx, key, current, kStatuses, "status.action.", "status.action.voorgesteld",
                                ImGui::GetFontSize() * 10)) {
        if (auto status = actionStatusFromString(*chosen))
            ctx.out.edit(setValue<ActionStatus>(ctx.t("undo.oc.actionStatus"), {},
                                                actionField(action.id, &Action::status), action.status,
                                                *status));
    }
    if (action.status != ActionStatus::Dropped) return;
    // "vervallen" needs a reason: parents must be told why something does not happen.
    textInput(ctx,
              {"action/" + action.id + "/droppedReason", action.droppedReason,
               actionField(action.id, &Action::droppedReason), ctx.t("undo.oc.editAction")},
              -FLT_MIN);
    if (action.droppedReason.find_first_not_of(" \t") == std::string::npos) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", ctx.t("care.action.reasonMissing"));
        ImGui::PopStyleColor();
        ctx.record("action/" + action.id + "/reasonMissing");
    }
}

void updateRows(const ViewContext& ctx, const Action& action) {
    ImGui::TextUnformatted(ctx.t("care.action.updates"));
    for (std::size_t i = 0; i < action.updates.size(); ++i) {
        const ProgressUpdate& update = action.updates[i];
        const std::string key = "action/" + action.id + "/update/" + std::to_string(i);
        ImGui::PushID(static_cast<int>(i));
        validatedInput(ctx,
                       {key + "/date", update.date, updateField(action.id, i, &ProgressUpdate::date),
                        ctx.t("undo.oc.editAction")},
                       ImGui::GetFontSize() * 7, isValidDate, false, "care.action.badDate");
        ImGui::SameLine();
        textInput(ctx,
                  {key + "/text", update.text, updateField(action.id, i, &ProgressUpdate::text),
                   ctx.t("undo.oc.editAction")},
                  ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() -
                      ImGui::GetStyle().ItemSpacing.x);
        ImGui::SameLine();
        if (deleteButton(ctx))
            ctx.out.edit(eraseItem(ctx.t("undo.oc.deleteUpdate"), actionField(action.id, &Action::updates), i,
                                   update));
        ctx.record(key + "/delete");
        ImGui::PopID();
    }
    if (ImGui::Button(ctx.t.label("care.action.addUpdate", "add-update").c_str())) {
        ProgressUpdate fresh;
        fresh.date = todayIso();
        ctx.out.edit(insertItem(ctx.t("undo.oc.addUpdate"), actionField(action.id, &Action::updates),
                                action.updates.size(), fresh));
    }
    ctx.record("action/" + action.id + "/addUpdate");
}

void actionCard(const ViewContext& ctx, const Action& action, std::size_t index) {
    ImGui::PushID(action.id.c_str());
    const std::string title =
        action.title.empty() ? std::string(ctx.t("care.action.untitled")) : action.title;
    const std::string header =
        title + "  [" + ctx.t(std::string("status.action.") + toString(action.status)) + "]###header";
    const bool open = ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    ctx.record("action/" + action.id + "/header");
    if (open && ImGui::BeginTable("##action", 2, ImGuiTableFlags_SizingStretchProp)) {
        const std::string key = "action/" + action.id;
        ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
        ImGui::TableSetupColumn("##field", ImGuiTableColumnFlags_WidthStretch);
        label(ctx, "care.action.title");
        textInput(ctx,
                  {key + "/title", action.title, actionField(action.id, &Action::title),
                   ctx.t("undo.oc.editAction")},
                  -FLT_MIN);
        label(ctx, "care.action.description");
        multilineInput(ctx,
                       {key + "/description", action.description,
                        actionField(action.id, &Action::description), ctx.t("undo.oc.editAction")},
                       2);
        label(ctx, "care.action.owner");
        ownerField(ctx, action);
        label(ctx, "care.action.form");
        std::vector<std::string> forms = {""};
        forms.insert(forms.end(), kPartnershipForms.begin(), kPartnershipForms.end());
        if (auto form = wordCombo(ctx, key + "/form", action.form, forms, "form.", "outcomes.form.none",
                                  ImGui::GetFontSize() * 10))
            ctx.out.edit(setValue<std::string>(ctx.t("undo.oc.editAction"), {},
                                               actionField(action.id, &Action::form), action.form, *form));
        label(ctx, "care.action.planned");
        textInput(ctx,
                  {key + "/planned", action.planned, actionField(action.id, &Action::planned),
                   ctx.t("undo.oc.editAction")},
                  ImGui::GetFontSize() * 12);
        label(ctx, "care.action.status");
        statusField(ctx, action);
        ImGui::EndTable();
    }
    if (open) {
        updateRows(ctx, action);
        if (ImGui::Button(ctx.t.label("care.action.delete", "delete-action").c_str()))
            ctx.out.edit(eraseItem(ctx.t("undo.oc.deleteAction"), actions(), index, action));
        ctx.record("action/" + action.id + "/delete");
        ImGui::Spacing();
    }
    ImGui::PopID();
}

void proposalsToPromote(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    heading(ctx, ctx.t("care.proposals.heading"));
    const auto ranked = rankProposals(session);
    if (ranked.empty()) {
        ImGui::TextWrapped("%s", ctx.t("care.proposals.none"));
        return;
    }
    for (const PlacedProposal& placed : ranked) {
        const ProposedAction& proposal = *placed.proposal;
        ImGui::PushID(proposal.id.c_str());
        const Action* promoted = actionFromProposal(session, proposal.id);
        const std::string key = "promote/" + proposal.id;
        ImGui::BeginDisabled(promoted != nullptr);
        if (ImGui::Button(
                ctx.t.label(promoted ? "care.proposals.promoted" : "care.proposals.promote", "promote")
                    .c_str()))
            ctx.out.edit(insertItem(ctx.t("undo.oc.promote"), actions(), session.actions.size(),
                                    promotedAction(session, proposal)));
        ImGui::EndDisabled();
        ctx.record(key);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextWrapped("%s (%d)", proposal.text.c_str(), proposal.votes);
        ImGui::PopID();
    }
}

bool passesFilter(const OutcomesUiState& ui, const Action& action) {
    if (!ui.statusFilter.empty() && ui.statusFilter != toString(action.status)) return false;
    return ui.formFilter.empty() || ui.formFilter == action.form;
}

void toolbar(const ViewContext& ctx) {
    const OutcomesUiState& ui = ctx.state.ui.outcomes;
    const float em = ImGui::GetFontSize();
    if (ImGui::RadioButton(ctx.t.label("care.view.editor", "view-editor").c_str(), !ui.actionListView))
        act(ctx, "view/actionList", {}, 0);
    ctx.record("care/view/editor");
    ImGui::SameLine();
    if (ImGui::RadioButton(ctx.t.label("care.view.actionList", "view-list").c_str(), ui.actionListView))
        act(ctx, "view/actionList", {}, 1);
    ctx.record("care/view/actionList");
    ImGui::SameLine(0, em * 2);
    if (ImGui::Button(ctx.t.label("care.export.open", "export-open").c_str())) act(ctx, "export/open");
    ctx.record("care/export");

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t("care.filter.status"));
    ImGui::SameLine();
    std::vector<std::string> statuses = {""};
    statuses.insert(statuses.end(), kStatuses.begin(), kStatuses.end());
    if (auto chosen = wordCombo(ctx, "care/filter/status", ui.statusFilter, statuses, "status.action.",
                                "care.filter.all", em * 9))
        act(ctx, "filter/status", *chosen);
    ImGui::SameLine(0, em);
    ImGui::TextUnformatted(ctx.t("care.filter.form"));
    ImGui::SameLine();
    std::vector<std::string> forms = {""};
    forms.insert(forms.end(), kPartnershipForms.begin(), kPartnershipForms.end());
    if (auto chosen =
            wordCombo(ctx, "care/filter/form", ui.formFilter, forms, "form.", "care.filter.all", em * 10))
        act(ctx, "filter/form", *chosen);
}

} // namespace

void drawActionEditor(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    const OutcomesUiState& ui = ctx.state.ui.outcomes;
    heading(ctx, ctx.t("care.actions.heading"));
    int shown = 0;
    for (std::size_t i = 0; i < session.actions.size(); ++i) {
        if (!passesFilter(ui, session.actions[i])) continue;
        actionCard(ctx, session.actions[i], i);
        ++shown;
    }
    if (shown == 0)
        ImGui::TextWrapped("%s",
                           ctx.t(session.actions.empty() ? "care.actions.none" : "care.actions.filtered"));
    if (ImGui::Button(ctx.t.label("care.actions.add", "add-action").c_str())) {
        std::vector<std::string> taken;
        for (const Action& action : session.actions)
            taken.push_back(action.id);
        Action fresh;
        fresh.id = nextId("a", taken);
        fresh.title = ctx.t("care.actions.newTitle");
        ctx.out.edit(insertItem(ctx.t("undo.oc.addAction"), actions(), session.actions.size(), fresh));
    }
    ctx.record("care/actions/add");
}

void drawActionList(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    const OutcomesUiState& ui = ctx.state.ui.outcomes;
    struct Group {
        const char* headingKey;
        std::vector<ActionStatus> statuses;
    };
    const Group groups[] = {{"care.list.done", {ActionStatus::Done}},
                            {"care.list.inProgress", {ActionStatus::InProgress}},
                            {"care.list.toDo", {ActionStatus::Proposed, ActionStatus::Planned}}};
    for (const Group& group : groups) {
        heading(ctx, ctx.t(group.headingKey));
        ctx.record(std::string("care/list/") + group.headingKey);
        bool any = false;
        std::vector<std::string> forms = kPartnershipForms;
        forms.push_back(""); // actions without a form last
        for (const std::string& form : forms) {
            std::vector<const Action*> rows;
            for (const Action& action : session.actions)
                if (action.form == form && passesFilter(ui, action) &&
                    std::find(group.statuses.begin(), group.statuses.end(), action.status) !=
                        group.statuses.end())
                    rows.push_back(&action);
            if (rows.empty()) continue;
            any = true;
            ImGui::TextUnformatted(form.empty() ? ctx.t("outcomes.form.none") : ctx.t("form." + form));
            ImGui::Indent();
            for (const Action* action : rows) {
                ImGui::Bullet();
                if (action->owner.empty()) {
                    ImGui::TextWrapped("%s", action->title.c_str());
                } else {
                    ImGui::TextWrapped("%s (%s)", action->title.c_str(), action->owner.c_str());
                }
            }
            ImGui::Unindent();
        }
        if (!any) ImGui::TextDisabled("%s", ctx.t("care.list.empty"));
        ImGui::Spacing();
    }
}

void drawAftercare(const ViewContext& ctx) {
    heading(ctx, ctx.t("screen.nazorg.title"));
    ImGui::TextWrapped("%s", ctx.t("care.intro"));
    drawRetentionReminder(ctx);
    ImGui::Spacing();
    toolbar(ctx);
    ImGui::Spacing();
    if (ctx.state.ui.outcomes.actionListView) {
        drawActionList(ctx);
    } else {
        proposalsToPromote(ctx);
        ImGui::Spacing();
        drawActionEditor(ctx);
    }
    ImGui::Spacing();
    drawActionImport(ctx);
    drawPrivacyPanel(ctx);
    drawExportDialog(ctx);
}

} // namespace dlg
