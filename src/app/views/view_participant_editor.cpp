// Deelnemers: the edit panel of one participant. Every change is an undoable command.
#include <sstream>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/state/people_logic.h"
#include "app/views/fields.h"
#include "app/views/view_people.h"
#include "core/model/grade.h"

namespace dlg {

namespace {

template <class T> Locator<T> personField(const std::string& id, T Participant::*member) {
    return [id, member](Session& s) -> T* {
        Participant* p = findParticipant(s, id);
        return p ? &(p->*member) : nullptr;
    };
}

std::string joinList(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

// "4, 6 , 7" -> {"4","6","7"}: comma separated, spaces around items dropped.
std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::istringstream in(text);
    for (std::string item; std::getline(in, item, ',');) {
        const auto first = item.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        items.push_back(item.substr(first, item.find_last_not_of(' ') - first + 1));
    }
    return items;
}

// TableNextColumn wraps to a new row after the fourth column: two label/field pairs per row.
void label(const ViewContext& ctx, const char* key) {
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t(key));
    ImGui::TableNextColumn();
}

void textRow(const ViewContext& ctx, const Participant& p, const char* key, const char* field,
             std::string Participant::*member) {
    label(ctx, key);
    textInput(
        ctx,
        {"people/" + p.id + "/" + field, p.*member, personField(p.id, member), ctx.t("undo.people.edit")},
        -FLT_MIN);
}

// Grades and languages: edited as one comma-separated line.
// `canonical` (may be null) puts the list in its one stored form once the field is left, not while
// typing: "groep 8" would otherwise turn into "8" halfway through the word.
void listRow(const ViewContext& ctx, const Participant& p, const char* key, const char* field,
             std::vector<std::string> Participant::*member,
             std::vector<std::string> (*canonical)(const std::vector<std::string>&) = nullptr) {
    label(ctx, key);
    const std::string fieldKey = "people/" + p.id + "/" + field;
    std::string buffer = joinList(p.*member);
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool typed = ImGui::InputText(("##" + fieldKey).c_str(), &buffer, ImGuiInputTextFlags_NoUndoRedo);
    const bool left = canonical && ImGui::IsItemDeactivatedAfterEdit();
    if (typed || left) {
        std::vector<std::string> after = left ? canonical(splitList(buffer)) : splitList(buffer);
        if (after != p.*member)
            ctx.out.edit(setValue<std::vector<std::string>>(ctx.t("undo.people.edit"), fieldKey,
                                                            personField(p.id, member), p.*member, after));
    }
    ctx.record(fieldKey);
}

void themeRow(const ViewContext& ctx, const Participant& p, const char* key, const char* field,
              std::string Participant::*member) {
    label(ctx, key);
    const Session& session = ctx.state.doc.session;
    const std::string& current = p.*member;
    std::string preview = ctx.t("people.theme.none");
    for (const Theme& theme : session.themes)
        if (theme.id == current) preview = theme.title;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string fieldKey = "people/" + p.id + "/" + field;
    if (ImGui::BeginCombo(("##" + fieldKey).c_str(), preview.c_str())) {
        auto choose = [&](const std::string& value) {
            if (value != current)
                ctx.out.edit(setValue<std::string>(ctx.t("undo.people.edit"), {}, personField(p.id, member),
                                                   current, value));
        };
        if (ImGui::Selectable(ctx.t("people.theme.none"), current.empty())) choose("");
        for (const Theme& theme : session.themes) {
            ImGui::PushID(theme.id.c_str());
            if (ImGui::Selectable(theme.title.c_str(), theme.id == current)) choose(theme.id);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ctx.record(fieldKey);
}

template <class E>
void enumRow(const ViewContext& ctx, const Participant& p, const char* key, const char* field,
             E Participant::*member, const std::vector<E>& values, const char* prefix) {
    label(ctx, key);
    const std::string fieldKey = "people/" + p.id + "/" + field;
    const E current = p.*member;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo(("##" + fieldKey).c_str(), ctx.t(std::string(prefix) + toString(current)))) {
        for (E value : values)
            if (ImGui::Selectable(ctx.t(std::string(prefix) + toString(value)), value == current) &&
                value != current)
                ctx.out.edit(
                    setValue<E>(ctx.t("undo.people.edit"), {}, personField(p.id, member), current, value));
        ImGui::EndCombo();
    }
    ctx.record(fieldKey);
}

} // namespace

void drawParticipantEditor(const ViewContext& ctx) {
    const std::string& id = ctx.state.ui.people.editingId;
    if (id.empty()) return;
    const Participant* found = findParticipant(ctx.state.doc.session, id);
    if (!found) return;
    const Participant& p = *found;
    ImGui::Spacing();
    heading(ctx, (std::string(ctx.t("people.edit.heading")) + ": " + displayName(p)).c_str());
    if (ImGui::Button(ctx.t.label("people.edit.close", "edit-close").c_str())) peopleAct(ctx, "edit", "");
    ctx.record("people/edit/close");
    ImGui::PushID(p.id.c_str());
    // Two label/field pairs per row, so the panel fits under the list on a laptop screen.
    if (ImGui::BeginTable("edit", 4, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("l1", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("f1", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("l2", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("f2", ImGuiTableColumnFlags_WidthStretch);
        textRow(ctx, p, "people.col.first", "first", &Participant::firstName);
        textRow(ctx, p, "people.col.infix", "infix", &Participant::infix);
        textRow(ctx, p, "people.col.last", "last", &Participant::lastName);
        enumRow(ctx, p, "people.col.role", "role", &Participant::role, {Role::Parent, Role::Staff},
                "people.role.");
        textRow(ctx, p, "people.col.function", "function", &Participant::function);
        listRow(ctx, p, "people.col.grades", "grades", &Participant::grades, canonicalGrades);
        textRow(ctx, p, "people.col.family", "family", &Participant::family);
        listRow(ctx, p, "people.col.languages", "languages", &Participant::languages);
        textRow(ctx, p, "people.col.support", "support", &Participant::languageSupport);
        textRow(ctx, p, "people.col.email", "email", &Participant::email);
        themeRow(ctx, p, "people.col.pref", "pref1", &Participant::preference1);
        themeRow(ctx, p, "people.col.prefTwo", "pref2", &Participant::preference2);
        enumRow(ctx, p, "people.col.rsvp", "rsvp", &Participant::rsvp,
                {Rsvp::Invited, Rsvp::Registered, Rsvp::Declined}, "people.rsvp.");
        label(ctx, "people.col.present");
        flagCheckbox(ctx, "people/" + p.id + "/present-edit", "", p.present,
                     personField(p.id, &Participant::present), ctx.t("undo.people.present"));
        ImGui::EndTable();
    }
    ImGui::PopID();
}

} // namespace dlg
