// Opbrengsten: what the evening yielded, typed while it happens. The list fields add a row on
// Enter and keep the focus, so the facilitator can type the next point straight away.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/views/fields.h"
#include "app/views/online_views.h"
#include "app/state/outcomes_logic.h"
#include "app/views/outcomes_views.h"
#include "app/views/session_text_input.h"

namespace dlg {
namespace {

constexpr ImGuiInputTextFlags kNoUndo = ImGuiInputTextFlags_NoUndoRedo;

Command wrapped(const CommandWrap& wrap, Command command) {
    return wrap ? wrap(std::move(command)) : command;
}

Locator<std::string> element(Locator<std::vector<std::string>> list, std::size_t i) {
    return [list, i](Session& s) -> std::string* {
        auto* items = list(s);
        return items && i < items->size() ? &(*items)[i] : nullptr;
    };
}

// The field under a list where Enter adds the typed text. Its text lives in the UI drafts until
// Enter, so nothing half-typed reaches the session or the undo history.
void newEntryField(const ViewContext& ctx, const std::string& key, std::size_t count,
                   Locator<std::vector<std::string>> list, const CommandWrap& wrap) {
    const std::string draftKey = key + "/new";
    const auto& drafts = ctx.state.ui.drafts;
    const auto draft = drafts.find(draftKey);
    std::string buffer = draft == drafts.end() ? std::string() : draft->second;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputTextWithHint(("##" + draftKey).c_str(), ctx.t("outcomes.newEntryHint"),
                                                &buffer, kNoUndo | ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.record(draftKey);
    if (enter) {
        if (buffer.find_first_not_of(" \t") != std::string::npos)
            ctx.out.edit(wrapped(wrap, insertItem(ctx.t("undo.oc.addEntry"), list, count, buffer)));
        ctx.out.act(ActionKind::ClearDraft, {}, draftKey);
        ImGui::SetKeyboardFocusHere(-1); // stay in this field for the next point
    } else if (ImGui::IsItemEdited()) {
        ctx.out.act(ActionKind::SetDraft, buffer, draftKey);
    }
}

void closing(const ViewContext& ctx) {
    const Outcomes& outcomes = ctx.state.doc.session.outcomes;
    heading(ctx, ctx.t("outcomes.closing.heading"));
    ImGui::TextUnformatted(ctx.t("outcomes.closing.points"));
    entryList(ctx, "closing", outcomes.closingPoints, [](Session& s) { return &s.outcomes.closingPoints; });
    ImGui::TextUnformatted(ctx.t("outcomes.closing.nextSteps"));
    entryList(ctx, "nextSteps", outcomes.nextSteps, [](Session& s) { return &s.outcomes.nextSteps; });
    ImGui::TextUnformatted(ctx.t("outcomes.closing.keepInTouch"));
    multilineInput(ctx,
                   {"keepInTouch", outcomes.keepInTouch, [](Session& s) { return &s.outcomes.keepInTouch; },
                    ctx.t("undo.oc.keepInTouch")},
                   2);
}

void tables(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    heading(ctx, ctx.t("outcomes.tables.heading"));
    if (session.tables.empty()) {
        ImGui::TextWrapped("%s", ctx.t("outcomes.tables.none"));
        return;
    }
    if (!ImGui::BeginTabBar("##outcome-tables", ImGuiTabBarFlags_FittingPolicyScroll)) return;
    for (const Table& table : session.tables) {
        ImGui::PushID(table.id.c_str());
        const std::string name = table.name.empty() ? table.id : table.name;
        const bool open = ImGui::BeginTabItem((name + "###tab").c_str());
        ctx.record("outcome/" + table.id + "/tab");
        if (open) {
            drawTableOutcome(ctx, table);
            ImGui::EndTabItem();
        }
        ImGui::PopID();
    }
    ImGui::EndTabBar();
}

} // namespace

void entryList(const ViewContext& ctx, const std::string& key, const std::vector<std::string>& items,
               Locator<std::vector<std::string>> list, const CommandWrap& wrap) {
    ImGui::PushID(key.c_str());
    const float side = ImGui::GetFrameHeight();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string rowKey = key + "/" + std::to_string(i);
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        const float buttons = 3 * (side + spacing);
        const Locator<std::string> locate = element(list, i);
        std::string buffer = items[i];
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - buttons);
        const SessionTextEdit edited = sessionTextInput(("##" + rowKey).c_str(), buffer, kNoUndo);
        reportReleased(ctx, edited, rowKey);
        if (edited.changed && buffer != items[i])
            ctx.out.edit(wrapped(
                wrap, setValue<std::string>(ctx.t("undo.oc.editEntry"), rowKey, locate, items[i], buffer)));
        ctx.record(rowKey);
        ImGui::SameLine();
        ImGui::BeginDisabled(i == 0);
        if (ImGui::ArrowButton("up", ImGuiDir_Up))
            ctx.out.edit(wrapped(wrap, swapItems<std::string>(ctx.t("undo.oc.moveEntry"), list, i - 1, i)));
        ImGui::EndDisabled();
        ctx.record(rowKey + "/up");
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == items.size());
        if (ImGui::ArrowButton("down", ImGuiDir_Down))
            ctx.out.edit(wrapped(wrap, swapItems<std::string>(ctx.t("undo.oc.moveEntry"), list, i, i + 1)));
        ImGui::EndDisabled();
        ctx.record(rowKey + "/down");
        ImGui::SameLine();
        if (deleteButton(ctx))
            ctx.out.edit(wrapped(wrap, eraseItem(ctx.t("undo.oc.deleteEntry"), list, i, items[i])));
        ctx.record(rowKey + "/delete");
        ImGui::PopID();
    }
    newEntryField(ctx, key, items.size(), list, wrap);
    ImGui::PopID();
}

std::optional<std::string> wordCombo(const ViewContext& ctx, const std::string& key,
                                     const std::string& current, const std::vector<std::string>& words,
                                     const std::string& prefix, const char* emptyKey, float width) {
    std::optional<std::string> chosen;
    const auto shown = [&](const std::string& word) -> std::string {
        return word.empty() ? ctx.t(emptyKey) : ctx.t(prefix + word);
    };
    ImGui::SetNextItemWidth(width);
    const bool open = ImGui::BeginCombo(("##" + key).c_str(), shown(current).c_str());
    ctx.record(key);
    if (open) {
        for (const std::string& word : words) {
            if (ImGui::Selectable((shown(word) + "##" + word).c_str(), word == current) && word != current)
                chosen = word;
            ctx.record(key + "/" + (word.empty() ? std::string("none") : word));
        }
        ImGui::EndCombo();
    }
    return chosen;
}

void drawOutcomes(const ViewContext& ctx) {
    const Outcomes& outcomes = ctx.state.doc.session.outcomes;
    heading(ctx, ctx.t("screen.opbrengsten.title"));
    ImGui::TextWrapped("%s", ctx.t("outcomes.intro"));
    ImGui::Spacing();
    drawTablesOnline(ctx);
    drawOnlineConflicts(ctx);
    ImGui::Spacing();
    heading(ctx, ctx.t("outcomes.summary.heading"));
    ImGui::TextWrapped("%s", ctx.t("outcomes.summary.help"));
    entryList(ctx, "summary", outcomes.summaryPoints, [](Session& s) { return &s.outcomes.summaryPoints; });
    ImGui::Spacing();
    tables(ctx);
    ImGui::Spacing();
    drawVoting(ctx);
    ImGui::Spacing();
    closing(ctx);
}

} // namespace dlg
