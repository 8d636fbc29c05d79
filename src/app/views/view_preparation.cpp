// Voorbereiding, part one: the evening's details and the preparation checklist.
#include <algorithm>
#include <string>
#include <vector>

#include "app/views/fields.h"
#include "app/views/views.h"
#include "core/model/paths.h"

namespace dlg {

namespace {

Locator<std::string> metaField(std::string Meta::*member) {
    return [member](Session& s) { return &(s.meta.*member); };
}

Locator<std::vector<ChecklistItem>> checklist() {
    return [](Session& s) { return &s.preparation; };
}

Locator<std::string> itemField(const std::string& id, std::string ChecklistItem::*member) {
    return [id, member](Session& s) -> std::string* {
        ChecklistItem* item = findChecklistItem(s, id);
        return item ? &(item->*member) : nullptr;
    };
}

void metaRow(const ViewContext& ctx, const char* labelKey, const char* field, std::string Meta::*member,
             bool (*isValid)(const std::string&) = nullptr, const char* errorKey = nullptr) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t(labelKey));
    ImGui::TableNextColumn();
    const TextBinding binding{std::string("meta/") + field, ctx.state.doc.session.meta.*member,
                              metaField(member), ctx.t("undo.editMeta")};
    if (isValid) {
        validatedInput(ctx, binding, ImGui::GetFontSize() * 8, isValid, false, errorKey);
    } else {
        textInput(ctx, binding, -FLT_MIN);
    }
}

void checklistRow(const ViewContext& ctx, const ChecklistItem& item, std::size_t index, std::size_t count) {
    const std::string key = "checklist/" + item.id;
    ImGui::PushID(item.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    flagCheckbox(
        ctx, key + "/done", "", item.done,
        [id = item.id](Session& s) -> bool* {
            ChecklistItem* found = findChecklistItem(s, id);
            return found ? &found->done : nullptr;
        },
        ctx.t("undo.checklistDone"));
    ImGui::TableNextColumn();
    textInput(
        ctx,
        {key + "/text", item.text, itemField(item.id, &ChecklistItem::text), ctx.t("undo.checklistText")},
        -FLT_MIN);
    ImGui::TableNextColumn();
    textInput(
        ctx,
        {key + "/owner", item.owner, itemField(item.id, &ChecklistItem::owner), ctx.t("undo.checklistOwner")},
        -FLT_MIN);
    ImGui::TableNextColumn();
    validatedInput(
        ctx, {key + "/due", item.due, itemField(item.id, &ChecklistItem::due), ctx.t("undo.checklistDue")},
        -FLT_MIN, isValidDate, true, "error.date");
    ImGui::TableNextColumn();
    ImGui::BeginDisabled(index == 0);
    if (ImGui::ArrowButton("up", ImGuiDir_Up))
        ctx.out.edit(swapItems(ctx.t("undo.checklistMove"), checklist(), index, index - 1));
    ctx.record(key + "/up");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(index + 1 == count);
    if (ImGui::ArrowButton("down", ImGuiDir_Down))
        ctx.out.edit(swapItems(ctx.t("undo.checklistMove"), checklist(), index, index + 1));
    ctx.record(key + "/down");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (deleteButton(ctx)) ctx.out.edit(eraseItem(ctx.t("undo.checklistDelete"), checklist(), index, item));
    ctx.record(key + "/delete");
    ImGui::PopID();
}

} // namespace

void drawMetaForm(const ViewContext& ctx) {
    heading(ctx, ctx.t("prep.meta.heading"));
    if (!ImGui::BeginTable("meta", 2, ImGuiTableFlags_SizingStretchProp)) return;
    // Fixed without a width: fits the longest label in the current language and font size.
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    metaRow(ctx, "prep.meta.title", "title", &Meta::title);
    metaRow(ctx, "prep.meta.school", "school", &Meta::school);
    metaRow(ctx, "prep.meta.date", "date", &Meta::date, isValidDate, "error.date");
    metaRow(ctx, "prep.meta.start", "start", &Meta::start, isValidTime, "error.time");
    metaRow(ctx, "prep.meta.location", "location", &Meta::location);
    metaRow(ctx, "prep.meta.facilitator", "facilitator", &Meta::facilitator);
    // The school's own published contact details: the privacy guard lets exactly these through.
    metaRow(ctx, "prep.meta.contactEmail", "contactEmail", &Meta::contactEmail);
    metaRow(ctx, "prep.meta.contactPhone", "contactPhone", &Meta::contactPhone);
    ImGui::EndTable();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", ctx.t("prep.meta.contactHelp"));
    ImGui::PopStyleColor();
}

void drawChecklist(const ViewContext& ctx) {
    const auto& items = ctx.state.doc.session.preparation;
    heading(ctx, ctx.t("prep.checklist.heading"));
    if (items.empty()) ImGui::TextWrapped("%s", ctx.t("prep.checklist.empty"));
    const ImGuiTableFlags flags =
        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!items.empty() && ImGui::BeginTable("checklist", 5, flags)) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float doneWidth =
            std::max(ImGui::CalcTextSize(ctx.t("prep.checklist.done")).x, ImGui::GetFrameHeight());
        const float dateWidth = ImGui::CalcTextSize("0000-00-00").x + style.FramePadding.x * 2;
        const float actionsWidth = ImGui::GetFrameHeight() * 3 + style.ItemSpacing.x * 2;
        ImGui::TableSetupColumn(ctx.t("prep.checklist.done"), ImGuiTableColumnFlags_WidthFixed, doneWidth);
        ImGui::TableSetupColumn(ctx.t("prep.checklist.text"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(ctx.t("prep.checklist.owner"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(ctx.t("prep.checklist.due"), ImGuiTableColumnFlags_WidthFixed, dateWidth);
        ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, actionsWidth);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < items.size(); ++i)
            checklistRow(ctx, items[i], i, items.size());
        ImGui::EndTable();
    }
    if (ImGui::Button(ctx.t.label("prep.checklist.add", "checklist-add").c_str())) {
        std::vector<std::string> taken;
        for (const ChecklistItem& item : items)
            taken.push_back(item.id);
        ChecklistItem fresh;
        fresh.id = nextId("c", taken);
        fresh.text = ctx.t("prep.checklist.newItem");
        ctx.out.edit(insertItem(ctx.t("undo.checklistAdd"), checklist(), items.size(), fresh));
    }
    ctx.record("checklist/add");
}

} // namespace dlg
