// The Privacy panel: a school answers a parent's AVG request (inzage, wis) and cleans up personal
// data after the evening (opschonen), from the same core as `dialoogavond inzage|wis|opschonen`.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/state/edit_commands.h"
#include "app/views/fields.h"
#include "app/views/privacy_views.h"
#include "core/avg/avg_erase.h"
#include "core/avg/avg_inzage.h"
#include "core/avg/avg_purge.h"
#include "core/privacy/privacy_guard_text.h"

namespace dlg {
namespace {

constexpr std::size_t kMaxCandidates = 8;
constexpr const char* kConfirmPopup = "###privacy-confirm";

void act(const ViewContext& ctx, const char* key, std::string text = {}, int number = 0) {
    ctx.out.act(ActionKind::Privacy, std::move(text), key, number);
}

/// One undo step that runs `change` and restores the whole session on undo (wis and opschonen
/// touch many places; a snapshot restores them exactly).
Command snapshotCommand(std::string label, const Session& before, std::function<void(Session&)> change) {
    Command command;
    command.label = std::move(label);
    command.apply = std::move(change);
    command.revert = [before](Session& s) { s = before; };
    return command;
}

const Participant* chosen(const ViewContext& ctx) {
    const auto& people = ctx.state.doc.session.participants;
    const std::string& id = ctx.state.ui.privacy.personId;
    auto it = std::find_if(people.begin(), people.end(), [&](const Participant& p) { return p.id == id; });
    return it == people.end() ? nullptr : &*it;
}

std::string folded(const std::string& text) { return foldForMatching(text).text; }

void mentionList(const std::vector<avg::Mention>& mentions) {
    for (const avg::Mention& m : mentions) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s: \u201c%s\u201d", m.place.c_str(), m.text.c_str());
    }
}

void retentionLines(const ViewContext& ctx, const avg::Retention& retention) {
    for (std::size_t i = 0; i < retention.lines.size(); ++i) {
        const bool warning = retention.due && i + 1 == retention.lines.size();
        if (warning) ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", retention.lines[i].c_str());
        if (warning) ImGui::PopStyleColor();
    }
    ctx.record("privacy/retention");
}

void termField(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t("privacy.term"));
    ImGui::SameLine();
    int weeks = session.privacy.retentionWeeks;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputInt("##privacy-term", &weeks, 1, 4)) {
        weeks = std::clamp(weeks, 1, 520);
        if (weeks != session.privacy.retentionWeeks)
            ctx.out.edit(setValue<int>(ctx.t("undo.privacy.term"), "privacy/term",
                                       [](Session& s) { return &s.privacy.retentionWeeks; },
                                       session.privacy.retentionWeeks, weeks));
    }
    ctx.record("privacy/term");
    ImGui::SameLine();
    ImGui::TextUnformatted(ctx.t("privacy.term.unit"));
}

void personPicker(const ViewContext& ctx) {
    const PrivacyUiState& ui = ctx.state.ui.privacy;
    const Session& session = ctx.state.doc.session;
    std::string query = ui.query;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    if (ImGui::InputTextWithHint("##privacy-query", ctx.t("privacy.person.hint"), &query))
        act(ctx, "query", query);
    ctx.record("privacy/query");
    const std::string wanted = folded(ui.query);
    if (wanted.find_first_not_of(' ') == std::string::npos) return;
    std::size_t shown = 0, matches = 0;
    for (const Participant& person : session.participants) {
        if (folded(avg::personName(person)).find(wanted) == std::string::npos && person.id != ui.query) continue;
        if (++matches > kMaxCandidates) continue;
        ImGui::PushID(person.id.c_str());
        if (ImGui::Selectable(avg::describeCandidate(person, session.meta.language).c_str(),
                              person.id == ui.personId))
            act(ctx, "person", person.id);
        ctx.record("privacy/candidate/" + person.id);
        ImGui::PopID();
        ++shown;
    }
    if (matches == 0) ImGui::TextDisabled("%s", ctx.t("privacy.person.none"));
    if (matches > shown) ImGui::TextDisabled("%s", ctx.t("privacy.person.more"));
}

void personActions(const ViewContext& ctx, const Participant& person) {
    const PrivacyUiState& ui = ctx.state.ui.privacy;
    const Session& session = ctx.state.doc.session;
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %s (%s)", ctx.t("privacy.person.chosen"), avg::personName(person).c_str(), person.id.c_str());
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label(ui.showInzage ? "privacy.inzage.hide" : "privacy.inzage.show", "inzage").c_str()))
        act(ctx, "inzage", {}, ui.showInzage ? 0 : 1);
    ctx.record("privacy/inzage");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("privacy.erase", "erase").c_str())) act(ctx, "erase/ask");
    ctx.record("privacy/erase");
    if (!ui.showInzage) return;
    std::string text = avg::inzageText(session, avg::inspectPerson(session, person));
    ImGui::InputTextMultiline("##privacy-inzage", &text, ImVec2(-FLT_MIN, ImGui::GetFontSize() * 16),
                              ImGuiInputTextFlags_ReadOnly);
    ctx.record("privacy/inzageText");
    if (ImGui::Button(ctx.t.label("privacy.inzage.copy", "copy").c_str())) ImGui::SetClipboardText(text.c_str());
    ctx.record("privacy/inzageCopy");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", ctx.t("privacy.inzage.note"));
}

void confirmBody(const ViewContext& ctx, const PrivacyUiState& ui) {
    const Session& session = ctx.state.doc.session;
    const bool erase = ui.confirm == PrivacyUiState::Confirm::Erase;
    const float em = ImGui::GetFontSize();
    ImGui::TextWrapped("%s", ctx.t(erase ? "privacy.confirm.eraseIntro" : "privacy.confirm.purgeIntro"));
    if (!erase) {
        bool force = ui.forcePurge;
        if (!ui.refusal.empty() || force) {
            if (!ui.refusal.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
                ImGui::TextWrapped("%s", ui.refusal.c_str());
                ImGui::PopStyleColor();
                ctx.record("privacy/confirm/refusal");
            }
            if (session.participants.end() !=
                    std::find_if(session.participants.begin(), session.participants.end(),
                                 [](const Participant& p) { return !avg::isAnonymous(p); }) &&
                ImGui::Checkbox(ctx.t.label("privacy.confirm.force", "force").c_str(), &force))
                act(ctx, "purge/force", {}, force ? 1 : 0);
            ctx.record("privacy/confirm/force");
        }
    }
    if (ImGui::BeginChild("##privacy-changes", ImVec2(-FLT_MIN, em * 14), true)) {
        for (const std::string& change : ui.changes) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", change.c_str());
        }
        if (!ui.flagged.empty()) {
            ImGui::Spacing();
            ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
            ImGui::TextWrapped("%s", ctx.t("privacy.flagged"));
            ImGui::PopStyleColor();
            mentionList(ui.flagged);
        }
    }
    ImGui::EndChild();
    ImGui::TextWrapped("%s", ctx.t("privacy.confirm.undo"));
    const bool blocked = !erase && !ui.refusal.empty();
    ImGui::BeginDisabled(blocked);
    if (ImGui::Button(ctx.t.label(erase ? "privacy.confirm.erase" : "privacy.confirm.purge", "confirm").c_str(),
                      ImVec2(em * 10, 0))) {
        const std::string today = privacyToday(ui);
        if (erase) {
            const std::string id = ui.personId;
            const Participant* person = chosen(ctx);
            const std::string name = person ? avg::personName(*person) : id;
            ctx.out.edit(snapshotCommand(std::string(ctx.t("undo.privacy.erase")) + ": " + name, session,
                                         [id](Session& s) { avg::erasePerson(s, id); }));
            act(ctx, "erase/done", std::string(ctx.t("privacy.done.erase")) + " " + name + " (" + id + ")");
        } else {
            const bool force = ui.forcePurge;
            ctx.out.edit(snapshotCommand(ctx.t("undo.privacy.purge"), session, [today, force](Session& s) {
                avg::purgePersonalData(s, today, force);
            }));
            act(ctx, "purge/done", ctx.t("privacy.done.purge"));
        }
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ctx.record("privacy/confirm/ok");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("privacy.confirm.cancel", "cancel").c_str(), ImVec2(em * 10, 0))) {
        act(ctx, "confirm/cancel");
        ImGui::CloseCurrentPopup();
    }
    ctx.record("privacy/confirm/cancel");
}

void confirmDialog(const ViewContext& ctx) {
    const PrivacyUiState& ui = ctx.state.ui.privacy;
    if (ui.confirm == PrivacyUiState::Confirm::None) return;
    const bool erase = ui.confirm == PrivacyUiState::Confirm::Erase;
    const std::string title = std::string(ctx.t(erase ? "privacy.confirm.eraseTitle" : "privacy.confirm.purgeTitle")) +
                              kConfirmPopup;
    if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(viewport->WorkSize.x * 0.9f, ImGui::GetFontSize() * 48), 0),
                             ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoCollapse)) return;
    confirmBody(ctx, ui);
    ImGui::EndPopup();
}

} // namespace

void drawRetentionReminder(const ViewContext& ctx) {
    const avg::Retention retention =
        avg::retentionStatus(ctx.state.doc.session, privacyToday(ctx.state.ui.privacy));
    if (!retention.due) return;
    ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    ImGui::TextWrapped("%s %s", retention.lines.back().c_str(), ctx.t("privacy.reminder"));
    ImGui::PopStyleColor();
    ctx.record("privacy/reminder");
}

void drawPrivacyPanel(const ViewContext& ctx) {
    const PrivacyUiState& ui = ctx.state.ui.privacy;
    const avg::Retention retention = avg::retentionStatus(ctx.state.doc.session, privacyToday(ui));
    const bool open = ImGui::CollapsingHeader(ctx.t.label("privacy.heading", "privacy").c_str(),
                                              retention.due ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    ctx.record("privacy/header");
    confirmDialog(ctx);
    if (!open) return;
    ImGui::PushID("privacy");
    retentionLines(ctx, retention);
    termField(ctx);
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    if (ImGui::Button(ctx.t.label("privacy.purge", "purge").c_str())) act(ctx, "purge/ask");
    ctx.record("privacy/purge");
    ImGui::Spacing();
    ImGui::TextWrapped("%s", ctx.t("privacy.person.intro"));
    personPicker(ctx);
    if (const Participant* person = chosen(ctx)) personActions(ctx, *person);
    if (!ui.message.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", ui.message.c_str());
        ctx.record("privacy/message");
        if (!ui.toEdit.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
            ImGui::TextWrapped("%s", ctx.t("privacy.flagged"));
            ImGui::PopStyleColor();
            mentionList(ui.toEdit);
            ctx.record("privacy/toEdit");
        }
    }
    ImGui::PopID();
}

} // namespace dlg
