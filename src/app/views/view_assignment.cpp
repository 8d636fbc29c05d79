// Indeling: run the balancer (one undoable step each), the objective, and the table cards. A person
// is dragged to another card to move them; while hovering, the card's tooltip shows what the move
// does to the objective and the hard rules before it is dropped.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/state/balancer_outcome.h"
#include "app/state/people_logic.h"
#include "app/views/fields.h"
#include "app/views/view_assignment_offer.h"
#include "app/views/view_people.h"
#include "app/views/wording.h"

namespace dlg {

namespace {

constexpr const char* kPayload = "DLG_PERSON";
constexpr float kCardWidthEm = 19.0f; ///< card width in font sizes

std::string fmt(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string signedFmt(double value) {
    return (value > 0.05 ? "+" : "") + fmt(value);
}

// Hands a balancer result to App as one undoable step, or a notice with the reasons.
void applyResult(const ViewContext& ctx, const AssignResult& result, bool secondRound, const char* undoKey) {
    const Session& session = ctx.state.doc.session;
    balancerOutcome(session, result, secondRound, guiAssignOptions(session).seed, ctx.t, undoKey)
        .addTo(ctx.out);
}

// The running thorough search: what it does, how far it is, and a way to stop it.
void drawThoroughProgress(const ViewContext& ctx) {
    ImGui::TextColored(ImVec4(0.0f, 0.3f, 0.6f, 1.0f), "%s", ctx.t("indeling.thoroughBusy"));
    ctx.record("indeling/thoroughBusy");
    const int percent = ctx.state.ui.people.thoroughPercent;
    const std::string overlay = std::to_string(percent) + " %";
    ImGui::ProgressBar(static_cast<float>(percent) / 100.0f, ImVec2(ImGui::GetFontSize() * 16, 0),
                       overlay.c_str());
    ctx.record("indeling/thoroughProgress");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("indeling.thoroughStop", "thoroughStop").c_str()))
        peopleAct(ctx, "thoroughStop");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t("indeling.thoroughStopTip"));
    ctx.record("indeling/thoroughStop");
}

void drawButtons(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    const AssignOptions options = guiAssignOptions(session);
    // While the thorough search runs on its worker thread, nothing else may replace the seating.
    const bool busy = ctx.state.ui.people.thoroughBusy;
    ImGui::BeginDisabled(busy);
    if (ImGui::Button(ctx.t.label("indeling.assign", "assign").c_str())) {
        const AssignResult quick = assignTables(session, options);
        applyResult(ctx, quick, false, "undo.indeling.assign");
        // Anytime: the quick seating shows now, the search goes on in the background.
        if (quick.feasible) peopleAct(ctx, "improve");
    }
    ctx.record("indeling/assign");
    ImGui::SameLine();
    // Not while the evening runs: a seating landing a second later would reshuffle the room.
    const bool live = eveningIsLive(session.run);
    ImGui::BeginDisabled(live);
    if (ImGui::Button(ctx.t.label("indeling.thorough", "thorough").c_str())) peopleAct(ctx, "thorough");
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", ctx.t(live ? "indeling.thoroughLive" : "indeling.thoroughTip"));
    ctx.record("indeling/thorough");
    ImGui::SameLine();
    ImGui::BeginDisabled(session.assignment.seats.empty());
    if (ImGui::Button(ctx.t.label("indeling.rebalance", "rebalance").c_str()))
        applyResult(ctx, rebalanceTables(session, options), false, "undo.indeling.rebalance");
    ctx.record("indeling/rebalance");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("indeling.round", "round2").c_str()))
        applyResult(ctx, planSecondRound(session, options), true, "undo.indeling.round");
    ctx.record("indeling/round2");
    ImGui::EndDisabled();
    ImGui::EndDisabled();
    if (busy) drawThoroughProgress(ctx);
    drawImprovement(ctx);
    // Wrapped: in large-text mode the sentence is wider than the screen.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s",
                       ctx.t(options.presentOnly == std::optional<bool>(false) ? "indeling.who.everyone"
                                                                               : "indeling.who.present"));
    ImGui::PopStyleColor();
}

void drawObjective(const ViewContext& ctx, const AssignResult& current) {
    // Plain words for the facilitator; the weighted objective stays in the tooltip for whoever
    // tunes the weights.
    ImGui::TextWrapped("%s", seatingSummary(ctx.t, current).c_str());
    if (ImGui::IsItemHovered()) {
        const ObjectiveBreakdown& o = current.objective;
        ImGui::SetTooltip("%s %s = %s %s + %s %s + %s %s + %s %s", ctx.t("indeling.total"), fmt(o.total).c_str(),
                          ctx.t("indeling.preference"), fmt(o.preference).c_str(), ctx.t("indeling.grade"),
                          fmt(o.grade).c_str(), ctx.t("indeling.language"), fmt(o.language).c_str(),
                          ctx.t("indeling.moves"), fmt(o.moves).c_str());
    }
    ctx.record("indeling/objective");
    if (current.hardViolations.empty()) {
        ImGui::TextColored(ImVec4(0.0f, 0.45f, 0.1f, 1.0f), "%s", ctx.t("indeling.rulesOk"));
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        const bool open = ImGui::TreeNode("violations", "%s: %zu", ctx.t("indeling.rulesBroken"),
                                          current.hardViolations.size());
        ImGui::PopStyleColor();
        if (open) {
            for (const std::string& violation : current.hardViolations)
                ImGui::BulletText("%s", violation.c_str());
            ImGui::TreePop();
        }
    }
    ctx.record("indeling/rules");
}

void dragSource(const Participant& p) {
    if (!ImGui::BeginDragDropSource()) return;
    ImGui::SetDragDropPayload(kPayload, p.id.data(), p.id.size());
    ImGui::TextUnformatted(displayName(p).c_str());
    ImGui::EndDragDropSource();
}

void memberRow(const ViewContext& ctx, const Participant& p) {
    const Assignment& assignment = ctx.state.doc.session.assignment;
    ImGui::PushID(p.id.c_str());
    const bool pinned =
        std::find(assignment.pinned.begin(), assignment.pinned.end(), p.id) != assignment.pinned.end();
    bool checked = pinned;
    if (ImGui::Checkbox((std::string(ctx.t("indeling.pin")) + "##pin").c_str(), &checked))
        ctx.out.edit(
            setPinnedCommand(ctx.t(checked ? "undo.indeling.pin" : "undo.indeling.unpin"), p.id, checked));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t("indeling.pinTip"));
    ctx.record("indeling/pin/" + p.id);
    ImGui::SameLine();
    const bool staff = p.role == Role::Staff;
    ImGui::TextColored(staff ? ImVec4(0.55f, 0.25f, 0.0f, 1.0f) : ImVec4(0.0f, 0.3f, 0.6f, 1.0f), "%s",
                       ctx.t(staff ? "indeling.badge.staff" : "indeling.badge.parent"));
    ImGui::SameLine();
    std::string label = displayName(p);
    for (const std::string& grade : p.grades)
        label += " \u00B7 " + grade;
    if (!p.languageSupport.empty())
        label += " \u00B7 " + std::string(ctx.t("indeling.support")) + " " + p.languageSupport;
    // Before the evening nobody is present yet; the marker only means something once check-in began.
    const bool checkInStarted =
        guiAssignOptions(ctx.state.doc.session).presentOnly != std::optional<bool>(false);
    if (!p.present && checkInStarted) label += " (" + std::string(ctx.t("indeling.absent")) + ")";
    // A card is narrow: a line that does not fit ends in "…", and shows whole on hover.
    const std::string shown = ellipsize(label, ImGui::GetContentRegionAvail().x);
    ImGui::Selectable((shown + "##member").c_str());
    if (ImGui::IsItemHovered() && shown != label) ImGui::SetTooltip("%s", label.c_str());
    dragSource(p);
    ctx.record("indeling/member/" + p.id);
    ImGui::PopID();
}

void staffBar(const ViewContext& ctx, const TableReport& table) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetTextLineHeight() * 0.5f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float staffShare =
        table.size > 0 ? static_cast<float>(table.staff) / static_cast<float>(table.size) : 0;
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), IM_COL32(60, 120, 200, 255));
    draw->AddRectFilled(at, ImVec2(at.x + width * staffShare, at.y + height), IM_COL32(200, 110, 20, 255));
    ImGui::Dummy(ImVec2(width, height));
    ImGui::Text("%s \u00B7 %s (%d\u2013%d)",
                countNoun(ctx.t, table.parents, "people.counts.parent", "people.counts.parents").c_str(),
                countNoun(ctx.t, table.staff, "people.counts.staffOne", "people.counts.staff").c_str(),
                table.staffMin, table.staffMax);
}

void dropTarget(const ViewContext& ctx, const Table& table) {
    if (!ImGui::BeginDragDropTarget()) return;
    const ImGuiDragDropFlags flags =
        ImGuiDragDropFlags_AcceptBeforeDelivery | ImGuiDragDropFlags_AcceptNoPreviewTooltip;
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kPayload, flags)) {
        const std::string id(static_cast<const char*>(payload->Data),
                             static_cast<std::size_t>(payload->DataSize));
        const Session& session = ctx.state.doc.session;
        const auto seat = session.assignment.seats.find(id);
        const std::string from = seat == session.assignment.seats.end() ? "" : seat->second;
        const Participant* person = findParticipant(session, id);
        if (person && from != table.id) {
            const MovePreview preview = previewMove(session, id, table.id);
            ImGui::BeginTooltip();
            ImGui::Text("%s \u2192 %s", displayName(*person).c_str(), table.name.c_str());
            ImGui::Text("%s %s", ctx.t("indeling.delta"), signedFmt(preview.delta()).c_str());
            const int ruleChange = static_cast<int>(preview.violationsAfter.size()) -
                                   static_cast<int>(preview.violationsBefore.size());
            if (ruleChange > 0) {
                ImGui::TextColored(errorColour(), "%s: +%d", ctx.t("indeling.rulesWorse"), ruleChange);
            } else if (ruleChange < 0) {
                ImGui::Text("%s: %d", ctx.t("indeling.rulesBetter"), ruleChange);
            } else {
                ImGui::TextDisabled("%s", ctx.t("indeling.rulesSame"));
            }
            ImGui::EndTooltip();
            if (payload->IsDelivery())
                ctx.out.edit(moveSeatCommand(ctx.t("undo.indeling.move"), id, from, table.id));
        }
    }
    ImGui::EndDragDropTarget();
}

void card(const ViewContext& ctx, const Table& table, const TableReport* report, const AssignResult& current,
          float height) {
    const Session& session = ctx.state.doc.session;
    ImGui::PushID(table.id.c_str());
    ImGui::BeginChild("card", ImVec2(ImGui::GetFontSize() * kCardWidthEm, height), true);
    // Wrapped, not cut off; the theme only when the name does not already say it.
    if (ctx.headingFont) ImGui::PushFont(ctx.headingFont);
    ImGui::TextWrapped("%s", table.name.c_str());
    if (ctx.headingFont) ImGui::PopFont();
    for (const Theme& theme : session.themes)
        if (theme.id == table.themeId && table.name.find(theme.title) == std::string::npos)
            ImGui::TextDisabled("%s", theme.title.c_str());
    const Participant* leader = findParticipant(session, table.leaderId);
    ImGui::Text("%s: %s", ctx.t("indeling.leader"), leader ? displayName(*leader).c_str() : "\u2014");
    if (report) staffBar(ctx, *report);
    if (report)
        for (const TableWarning& warning : tableWarnings(session, current, *report))
            ImGui::TextColored(errorColour(), "%s %s", ctx.t(warning.key), warning.detail.c_str());
    ImGui::Separator();
    std::vector<const Participant*> members;
    for (const auto& [personId, tableId] : session.assignment.seats)
        if (tableId == table.id)
            if (const Participant* p = findParticipant(session, personId)) members.push_back(p);
    std::stable_sort(members.begin(), members.end(), [](const Participant* a, const Participant* b) {
        if (a->role != b->role) return a->role == Role::Staff;
        return displayName(*a) < displayName(*b);
    });
    for (const Participant* p : members)
        memberRow(ctx, *p);
    ImGui::EndChild();
    ctx.record("indeling/card/" + table.id);
    dropTarget(ctx, table);
    ImGui::PopID();
}

} // namespace

void drawAssignment(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    heading(ctx, ctx.t("screen.indeling.title"));
    if (session.tables.empty()) {
        ImGui::TextWrapped("%s", ctx.t("indeling.noTables"));
        return;
    }
    drawButtons(ctx);
    const AssignResult current =
        evaluateSeating(session, session.assignment.seats, guiAssignOptions(session));
    if (!session.assignment.seats.empty()) drawObjective(ctx, current);

    // Selected people without a seat (walk-ins after Indelen): drag them onto a card.
    std::vector<const Participant*> unseated;
    for (const Participant* p : selectParticipants(
             session, guiAssignOptions(session).presentOnly.value_or(session.assignRules.presentOnly)))
        if (!session.assignment.seats.count(p->id)) unseated.push_back(p);
    if (!unseated.empty()) {
        ImGui::TextWrapped("%s (%zu):", ctx.t("indeling.unseated"), unseated.size());
        // Chips flow like words: a chip that would cross the right edge starts a new line.
        const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
        for (std::size_t i = 0; i < unseated.size(); ++i) {
            const Participant* p = unseated[i];
            const std::string name = displayName(*p);
            const float width = ImGui::CalcTextSize(name.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
            if (i > 0) {
                ImGui::SameLine();
                if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
            }
            ImGui::PushID(p->id.c_str());
            ImGui::SmallButton(name.c_str());
            dragSource(*p);
            ctx.record("indeling/unseated/" + p->id);
            ImGui::PopID();
        }
    }
    ImGui::Spacing();

    // One height for all cards (the fullest table), so the grid lines up; cards wrap with the width.
    std::size_t mostMembers = 0;
    for (const Table& table : session.tables) {
        std::size_t count = 0;
        for (const auto& seat : session.assignment.seats)
            count += seat.second == table.id ? 1 : 0;
        mostMembers = std::max(mostMembers, count);
    }
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float height = line * 7.5f + ImGui::GetFrameHeightWithSpacing() * static_cast<float>(mostMembers) +
                         ImGui::GetStyle().WindowPadding.y * 2;
    const float cardWidth = ImGui::GetFontSize() * kCardWidthEm;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const int perRow =
        std::max(1, static_cast<int>((ImGui::GetContentRegionAvail().x + spacing) / (cardWidth + spacing)));
    ImGui::BeginChild("cards", ImVec2(0, 0), false);
    for (std::size_t i = 0; i < session.tables.size(); ++i) {
        const Table& table = session.tables[i];
        const TableReport* report = nullptr;
        for (const TableReport& r : current.tables)
            if (r.tableId == table.id) report = &r;
        if (i % static_cast<std::size_t>(perRow) != 0) ImGui::SameLine();
        card(ctx, table, report, current, height);
    }
    ImGui::EndChild();
}

} // namespace dlg
