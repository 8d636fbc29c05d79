// Voorbereiding, part two: the themes of the table conversations.
#include <algorithm>
#include <string>
#include <vector>

#include "app/views/fields.h"
#include "app/views/views.h"

namespace dlg {

namespace {

Locator<std::vector<Theme>> themes() {
    return [](Session& s) { return &s.themes; };
}

Locator<std::string> themeField(const std::string& id, std::string Theme::*member) {
    return [id, member](Session& s) -> std::string* {
        Theme* theme = findTheme(s, id);
        return theme ? &(theme->*member) : nullptr;
    };
}

Locator<std::vector<std::string>> themeList(const std::string& id, std::vector<std::string> Theme::*member) {
    return [id, member](Session& s) -> std::vector<std::string>* {
        Theme* theme = findTheme(s, id);
        return theme ? &(theme->*member) : nullptr;
    };
}

// The forms stay in the policy's order whatever order they were ticked in.
std::vector<std::string> toggledForms(const std::vector<std::string>& current, const std::string& form,
                                      bool on) {
    std::vector<std::string> result;
    for (const std::string& known : kPartnershipForms) {
        const bool has = std::find(current.begin(), current.end(), known) != current.end();
        if (known == form ? on : has) result.push_back(known);
    }
    // Keep forms this build does not know rather than silently dropping them.
    for (const std::string& other : current) {
        if (std::find(kPartnershipForms.begin(), kPartnershipForms.end(), other) == kPartnershipForms.end())
            result.push_back(other);
    }
    return result;
}

void formCheckboxes(const ViewContext& ctx, const Theme& theme) {
    ImGui::TextUnformatted(ctx.t("prep.themes.forms"));
    for (const std::string& form : kPartnershipForms) {
        const bool has = std::find(theme.forms.begin(), theme.forms.end(), form) != theme.forms.end();
        bool ticked = has;
        const std::string key = "theme/" + theme.id + "/form/" + form;
        ImGui::SameLine();
        if (ImGui::Checkbox((std::string(ctx.t("form." + form)) + "##" + key).c_str(), &ticked)) {
            ctx.out.edit(setValue<std::vector<std::string>>(ctx.t("undo.themeForms"), {},
                                                            themeList(theme.id, &Theme::forms), theme.forms,
                                                            toggledForms(theme.forms, form, ticked)));
        }
        ctx.record(key);
    }
}

void questions(const ViewContext& ctx, const Theme& theme) {
    ImGui::TextUnformatted(ctx.t("prep.themes.questions"));
    const auto list = themeList(theme.id, &Theme::questions);
    for (std::size_t i = 0; i < theme.questions.size(); ++i) {
        const std::string key = "theme/" + theme.id + "/question/" + std::to_string(i);
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        const float deleteWidth = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
        Locator<std::string> locate = [list, i](Session& s) -> std::string* {
            auto* items = list(s);
            return items && i < items->size() ? &(*items)[i] : nullptr;
        };
        textInput(ctx, {key, theme.questions[i], locate, ctx.t("undo.themeQuestion")},
                  ImGui::GetContentRegionAvail().x - deleteWidth);
        ImGui::SameLine();
        if (deleteButton(ctx))
            ctx.out.edit(eraseItem(ctx.t("undo.themeQuestionDelete"), list, i, theme.questions[i]));
        ctx.record(key + "/delete");
        ImGui::PopID();
    }
    if (ImGui::Button(ctx.t.label("prep.themes.addQuestion", "question-add").c_str()))
        ctx.out.edit(insertItem(ctx.t("undo.themeQuestionAdd"), list, theme.questions.size(),
                                std::string(ctx.t("prep.themes.newQuestion"))));
    ctx.record("theme/" + theme.id + "/question-add");
}

void themeCard(const ViewContext& ctx, const Theme& theme, std::size_t index) {
    const std::string key = "theme/" + theme.id;
    ImGui::PushID(theme.id.c_str());
    const std::string shown = theme.title.empty() ? std::string(ctx.t("prep.themes.untitled")) : theme.title;
    if (ImGui::CollapsingHeader((shown + "###header").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::Indent(ImGui::GetFontSize());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(ctx.t("prep.themes.title"));
        ImGui::SameLine(ImGui::GetFontSize() * 9);
        textInput(
            ctx, {key + "/title", theme.title, themeField(theme.id, &Theme::title), ctx.t("undo.themeTitle")},
            -FLT_MIN);
        ImGui::TextUnformatted(ctx.t("prep.themes.description"));
        multilineInput(ctx,
                       {key + "/description", theme.description, themeField(theme.id, &Theme::description),
                        ctx.t("undo.themeDescription")},
                       3);
        formCheckboxes(ctx, theme);
        questions(ctx, theme);
        if (ImGui::Button(ctx.t.label("prep.themes.delete", "theme-delete").c_str()))
            ctx.out.edit(eraseItem(ctx.t("undo.themeDelete"), themes(), index, theme));
        ctx.record(key + "/delete");
        ImGui::Unindent(ImGui::GetFontSize());
        ImGui::Spacing();
    }
    ImGui::PopID();
}

} // namespace

void drawThemes(const ViewContext& ctx) {
    const auto& all = ctx.state.doc.session.themes;
    heading(ctx, ctx.t("prep.themes.heading"));
    if (all.empty()) ImGui::TextWrapped("%s", ctx.t("prep.themes.empty"));
    for (std::size_t i = 0; i < all.size(); ++i)
        themeCard(ctx, all[i], i);
    if (ImGui::Button(ctx.t.label("prep.themes.add", "theme-add").c_str())) {
        std::vector<std::string> taken;
        for (const Theme& theme : all)
            taken.push_back(theme.id);
        Theme fresh;
        fresh.id = nextId("th", taken);
        fresh.title = ctx.t("prep.themes.newTheme");
        ctx.out.edit(insertItem(ctx.t("undo.themeAdd"), themes(), all.size(), fresh));
    }
    ctx.record("themes/add");
}

} // namespace dlg
