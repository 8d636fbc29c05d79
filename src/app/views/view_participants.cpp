// Deelnemers: the header with presence counts, the filterable, sortable list of participants.
#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/views/fields.h"
#include "app/state/people_logic.h"
#include "app/views/view_people.h"
#include "app/views/wording.h"

namespace dlg {

namespace {

// Names first and Aanwezig right after them, so the column that matters on the evening stays in
// view on a 1366-wide screen; the delete button (undoable) comes after role and grades, away from
// the names and from the Aanwezig box, and still in view without scrolling.
enum Column {
    kFirst,
    kInfix,
    kLast,
    kPresent,
    kRole,
    kGrades,
    kActions,
    kFunction,
    kFamily,
    kLanguages,
    kSupport,
    kPref1,
    kPref2,
    kRsvp,
    kEmail,
    kColumnCount
};

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::string themeTitle(const Session& session, const std::string& id) {
    for (const Theme& theme : session.themes)
        if (theme.id == id) return theme.title;
    return id;
}

std::string cellText(const ViewContext& ctx, const Participant& p, int column) {
    const Session& s = ctx.state.doc.session;
    switch (column) {
    case kFirst:
        return p.firstName;
    case kInfix:
        return p.infix;
    case kLast:
        return p.lastName;
    case kRole:
        return ctx.t(std::string("people.role.") + toString(p.role));
    case kFunction:
        return p.function;
    case kGrades:
        return join(p.grades);
    case kFamily:
        return p.family;
    case kLanguages:
        return join(p.languages);
    case kSupport:
        return p.languageSupport;
    case kPref1:
        return themeTitle(s, p.preference1);
    case kPref2:
        return themeTitle(s, p.preference2);
    case kRsvp:
        return ctx.t(std::string("people.rsvp.") + toString(p.rsvp));
    case kPresent:
        return p.present ? "1" : "0";
    case kEmail:
        return p.email;
    default:
        return {};
    }
}

// The name of a filter, in front of its combo.
void filterLabel(const ViewContext& ctx, const char* key) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t(key));
    ImGui::SameLine();
}

// A filter combo over fixed values; "" is "all".
void filterCombo(const ViewContext& ctx, const char* id, const std::string& current,
                 const std::vector<std::pair<std::string, std::string>>& options, const std::string& key) {
    std::string preview = ctx.t("people.filter.all");
    for (const auto& [value, label] : options)
        if (value == current) preview = label;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.5f);
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (ImGui::Selectable(ctx.t("people.filter.all"), current.empty())) peopleAct(ctx, key, "");
        for (const auto& [value, label] : options)
            if (ImGui::Selectable((label + "##" + value).c_str(), value == current))
                peopleAct(ctx, key, value);
        ImGui::EndCombo();
    }
    ctx.record("people/filter/" + key);
}

void drawFilters(const ViewContext& ctx) {
    const PeopleUiState& ui = ctx.state.ui.people;
    std::string search = ui.search;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (ImGui::InputTextWithHint("##people-search", ctx.t("people.search.hint"), &search))
        peopleAct(ctx, "search", search);
    ctx.record("people/search");
    ImGui::SameLine();
    filterLabel(ctx, "people.col.role");
    filterCombo(ctx, "##role", ui.roleFilter,
                {{"ouder", ctx.t("people.role.ouder")}, {"medewerker", ctx.t("people.role.medewerker")}},
                "role");
    ImGui::SameLine();
    filterLabel(ctx, "people.col.rsvp");
    filterCombo(ctx, "##rsvp", ui.rsvpFilter,
                {{"uitgenodigd", ctx.t("people.rsvp.uitgenodigd")},
                 {"aangemeld", ctx.t("people.rsvp.aangemeld")},
                 {"afgemeld", ctx.t("people.rsvp.afgemeld")}},
                "rsvp");
    ImGui::SameLine();
    filterLabel(ctx, "people.col.present");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.5f);
    const char* presentLabels[] = {ctx.t("people.filter.all"), ctx.t("people.filter.present"),
                                   ctx.t("people.filter.absent")};
    if (ImGui::BeginCombo("##present", presentLabels[ui.presentFilter])) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable(presentLabels[i], ui.presentFilter == i)) peopleAct(ctx, "present", {}, i);
        ImGui::EndCombo();
    }
    ctx.record("people/filter/present");
    ImGui::SameLine();
    std::set<std::string> grades;
    for (const Participant& p : ctx.state.doc.session.participants)
        grades.insert(p.grades.begin(), p.grades.end());
    std::vector<std::pair<std::string, std::string>> gradeOptions;
    for (const std::string& grade : grades)
        gradeOptions.emplace_back(grade, gradeText(ctx.t("people.filter.grade"), grade));
    filterLabel(ctx, "people.filter.grade");
    filterCombo(ctx, "##grade", ui.gradeFilter, gradeOptions, "grade");
}

// Row order: the visible rows, sorted by the clicked header (stable, so equal keys keep list order).
std::vector<const Participant*> sortedRows(const ViewContext& ctx, std::vector<const Participant*> rows) {
    const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || specs->SpecsCount == 0) return rows;
    const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
    const int column = static_cast<int>(spec.ColumnUserID);
    const bool ascending = spec.SortDirection != ImGuiSortDirection_Descending;
    std::vector<std::pair<std::string, const Participant*>> keyed;
    for (const Participant* p : rows)
        keyed.emplace_back(cellText(ctx, *p, column), p);
    std::stable_sort(keyed.begin(), keyed.end(), [ascending](const auto& a, const auto& b) {
        return ascending ? a.first < b.first : b.first < a.first;
    });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
    return rows;
}

void drawRow(const ViewContext& ctx, const Participant& p) {
    ImGui::PushID(p.id.c_str());
    ImGui::TableNextRow();
    const bool editing = ctx.state.ui.people.editingId == p.id;
    // The delete button is submitted before the row's selectable, so a click on it reaches the
    // button and not the row (the selectable spans every column and lets earlier items overlap).
    for (int step = 0; step < kColumnCount; ++step) {
        const int column = step == 0 ? kActions : step <= kActions ? step - 1 : step;
        if (!ImGui::TableSetColumnIndex(column)) continue;
        if (column == kFirst) {
            // The whole row is a selectable: a click opens the edit panel.
            if (ImGui::Selectable(p.firstName.empty() ? "-" : p.firstName.c_str(), editing,
                                  ImGuiSelectableFlags_SpanAllColumns |
                                      ImGuiSelectableFlags_AllowItemOverlap))
                peopleAct(ctx, "edit", editing ? "" : p.id);
            // The name cell, not the whole row: its middle would be another column's widget.
            if (ctx.probe)
                ctx.probe->items["people/row/" + p.id] = {
                    ImGui::GetItemRectMin(),
                    ImVec2(ImGui::GetItemRectMin().x + ImGui::GetFontSize() * 2, ImGui::GetItemRectMax().y)};
        } else if (column == kPresent) {
            flagCheckbox(
                ctx, "people/" + p.id + "/present", "", p.present,
                [id = p.id](Session& s) -> bool* {
                    Participant* found = findParticipant(s, id);
                    return found ? &found->present : nullptr;
                },
                ctx.t("undo.people.present"));
        } else if (column == kActions) {
            if (deleteButton(ctx)) {
                ctx.out.edit(
                    deleteParticipantCommand(ctx.t("undo.people.delete"), ctx.state.doc.session, p.id));
                if (editing) peopleAct(ctx, "edit", "");
            }
            ctx.record("people/" + p.id + "/delete");
        } else {
            ImGui::TextUnformatted(cellText(ctx, p, column).c_str());
        }
    }
    ImGui::PopID();
}

} // namespace

void peopleAct(const ViewContext& ctx, const std::string& key, std::string text, int number) {
    ctx.out.act(ActionKind::People, std::move(text), key, number);
}

void drawParticipants(const ViewContext& ctx) {
    const PeopleUiState& ui = ctx.state.ui.people;
    heading(ctx, ctx.t("screen.deelnemers.title"));
    const PresenceCounts counts = countPresence(ctx.state.doc.session);
    ImGui::Text("%s: %s, %s  \u00B7  %s: %d  \u00B7  %s: %d", ctx.t("people.counts.present"),
                countNoun(ctx.t, counts.parentsPresent, "people.counts.parent", "people.counts.parents").c_str(),
                countNoun(ctx.t, counts.staffPresent, "people.counts.staffOne", "people.counts.staff").c_str(),
                ctx.t("people.counts.registered"), counts.registered, ctx.t("people.counts.total"), counts.total);
    ctx.record("people/counts");

    if (ImGui::Button(
            ctx.t.label(ui.checkIn ? "people.checkin.close" : "people.checkin.open", "checkin").c_str()))
        peopleAct(ctx, "checkin", {}, ui.checkIn ? 0 : 1);
    ctx.record("people/checkin-mode");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("people.import.open", "import").c_str())) peopleAct(ctx, "import/open");
    ctx.record("people/import");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("people.add", "add").c_str())) {
        Participant fresh;
        fresh.id = nextParticipantId(ctx.state.doc.session);
        fresh.firstName = ctx.t("people.newName");
        ctx.out.edit(addParticipantCommand(ctx.t("undo.people.add"), fresh));
        peopleAct(ctx, "edit", fresh.id);
    }
    ctx.record("people/add");
    ImGui::Spacing();

    if (ui.checkIn) {
        drawCheckIn(ctx);
    } else {
        drawParticipantList(ctx);
        drawParticipantEditor(ctx);
    }
    drawImportDialog(ctx);
}

void drawParticipantList(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    drawFilters(ctx);
    std::vector<const Participant*> rows;
    for (const Participant& p : session.participants)
        if (passesFilters(p, ctx.state.ui.people)) rows.push_back(&p);
    ImGui::TextDisabled("%s: %zu / %zu", ctx.t("people.shown"), rows.size(), session.participants.size());
    if (session.participants.empty()) ImGui::TextWrapped("%s", ctx.t("people.empty"));

    const bool editing = !ctx.state.ui.people.editingId.empty();
    const float height = editing
                             ? std::max(ImGui::GetContentRegionAvail().y * 0.5f, ImGui::GetFontSize() * 10)
                             : ImGui::GetContentRegionAvail().y;
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Hideable | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("participants", kColumnCount, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    const char* keys[kColumnCount] = {"people.col.first",    "people.col.infix",     "people.col.last",
                                      "people.col.present",  "people.col.role",      "people.col.grades",
                                      "##actions",           "people.col.function",  "people.col.family",
                                      "people.col.languages", "people.col.support",  "people.col.pref",
                                      "people.col.prefTwo",  "people.col.rsvp",      "people.col.email"};
    for (int column = 0; column < kColumnCount; ++column) {
        ImGuiTableColumnFlags columnFlags = 0;
        if (column == kFirst) columnFlags |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide;
        if (column == kFamily || column == kEmail) columnFlags |= ImGuiTableColumnFlags_DefaultHide;
        if (column == kActions) columnFlags |= ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_NoHide;
        const char* name = column == kActions ? keys[column] : ctx.t(keys[column]);
        ImGui::TableSetupColumn(name, columnFlags, 0.0f, static_cast<ImGuiID>(column));
    }
    ImGui::TableHeadersRow();
    for (const Participant* p : sortedRows(ctx, rows))
        drawRow(ctx, *p);
    ImGui::EndTable();
}

} // namespace dlg
