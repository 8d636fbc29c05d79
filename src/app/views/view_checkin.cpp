// Deelnemers, check-in mode for the walk-in: one big search field that keeps the focus; Enter or a
// click marks the person present (undoable); people not on the list are added on the spot.
#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/views/fields.h"
#include "app/state/people_logic.h"
#include "app/views/view_people.h"
#include "app/views/wording.h"

namespace dlg {

namespace {

// Enough results to tell namesakes apart, few enough to read at a glance in a queue.
constexpr std::size_t kMaxResults = 8;
// Text in check-in mode is larger: the screen is read standing, at arm's length, in a hurry.
constexpr float kCheckInScale = 1.4f;

std::string resultLabel(const ViewContext& ctx, const Participant& p) {
    std::string text = displayName(p) + "  \u00B7  " + ctx.t(std::string("people.role.") + toString(p.role));
    if (!p.grades.empty()) {
        for (std::size_t i = 0; i < p.grades.size(); ++i)
            text += (i ? ", " : "  \u00B7  ") + gradeText(ctx.t("people.filter.grade"), p.grades[i]);
    }
    if (p.present) text += "  \u00B7  " + std::string(ctx.t("people.checkin.alreadyPresent"));
    return text;
}

void checkIn(const ViewContext& ctx, const Participant& p) {
    if (!p.present) ctx.out.edit(setPresentCommand(ctx.t("undo.people.checkin"), p.id, false, true));
    peopleAct(ctx, "checkin/done", displayName(p));
}

void drawWalkIn(const ViewContext& ctx, const std::string& name) {
    const PeopleUiState& ui = ctx.state.ui.people;
    ImGui::Spacing();
    ImGui::TextWrapped("%s", ctx.t("people.walkin.heading"));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(name.empty() ? ctx.t("people.walkin.typeName") : name.c_str());
    ImGui::SameLine();
    if (ImGui::RadioButton(ctx.t.label("people.role.ouder", "walkin-parent").c_str(), !ui.walkInStaff))
        peopleAct(ctx, "walkin/staff", {}, 0);
    ctx.record("checkin/walkin/parent");
    ImGui::SameLine();
    if (ImGui::RadioButton(ctx.t.label("people.role.medewerker", "walkin/staff").c_str(), ui.walkInStaff))
        peopleAct(ctx, "walkin/staff", {}, 1);
    ctx.record("checkin/walkin/staff");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t("people.filter.grade"));
    ImGui::SameLine();
    std::string grade = ui.walkInGrade;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
    if (ImGui::InputText("##walkin-grade", &grade, ImGuiInputTextFlags_NoUndoRedo))
        peopleAct(ctx, "walkin/grade", grade);
    ctx.record("checkin/walkin/grade");
    ImGui::SameLine();
    ImGui::BeginDisabled(name.find_first_not_of(' ') == std::string::npos);
    if (ImGui::Button(ctx.t.label("people.walkin.add", "walkin-add").c_str())) {
        const Participant person = makeWalkIn(ctx.state.doc.session, name,
                                              ui.walkInStaff ? Role::Staff : Role::Parent, ui.walkInGrade);
        ctx.out.edit(addParticipantCommand(ctx.t("undo.people.walkin"), person));
        peopleAct(ctx, "checkin/done", displayName(person));
        peopleAct(ctx, "walkin/grade", "");
    }
    ImGui::EndDisabled();
    ctx.record("checkin/walkin/add");
}

} // namespace

void drawCheckIn(const ViewContext& ctx) {
    const PeopleUiState& ui = ctx.state.ui.people;
    const Session& session = ctx.state.doc.session;
    ImGui::BeginChild("checkin", ImVec2(0, 0), false);
    ImGui::SetWindowFontScale(kCheckInScale);
    ImGui::TextWrapped("%s", ctx.t("people.checkin.intro"));

    if (ui.focusCheckIn) {
        ImGui::SetKeyboardFocusHere();
        peopleAct(ctx, "checkin/focused");
    }
    std::string query = ui.checkInQuery;
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30));
    const bool enter =
        ImGui::InputTextWithHint("##checkin-query", ctx.t("people.checkin.hint"), &query,
                                 ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_NoUndoRedo);
    ctx.record("checkin/query");
    if (query != ui.checkInQuery) peopleAct(ctx, "checkin/query", query);

    const bool typed = query.find_first_not_of(' ') != std::string::npos;
    const auto matches =
        typed ? checkInMatches(session, query, kMaxResults) : std::vector<const Participant*>{};
    if (enter && !matches.empty()) checkIn(ctx, *matches.front());

    if (!ui.lastCheckedIn.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.0f, 0.45f, 0.1f, 1.0f));
        ImGui::Text("%s: %s", ctx.t("people.checkin.done"), ui.lastCheckedIn.c_str());
        ImGui::PopStyleColor();
        ctx.record("checkin/feedback");
        ImGui::SameLine();
        if (ImGui::SmallButton(ctx.t.label("people.checkin.undo", "checkin-undo").c_str()))
            ctx.out.act(ActionKind::Undo);
    }
    ImGui::Spacing();
    if (typed && matches.empty()) ImGui::TextDisabled("%s", ctx.t("people.checkin.noMatch"));
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const Participant& p = *matches[i];
        ImGui::PushID(p.id.c_str());
        // The first result is what Enter takes: highlighted so the host sees who it will be.
        if (ImGui::Selectable(resultLabel(ctx, p).c_str(), i == 0)) checkIn(ctx, p);
        ctx.record("checkin/result/" + p.id);
        ImGui::PopID();
    }
    if (typed) drawWalkIn(ctx, query);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::EndChild();
}

} // namespace dlg
