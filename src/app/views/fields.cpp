#include "app/views/fields.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/views/session_text_input.h"

namespace dlg {

namespace {

// The app's own undo stack owns undo; ImGui's per-field undo would fight it over Ctrl+Z.
constexpr ImGuiInputTextFlags kTextFlags = ImGuiInputTextFlags_NoUndoRedo;

void emitIfChanged(const ViewContext& ctx, const TextBinding& binding, const std::string& edited) {
    if (edited == binding.value) return;
    ctx.out.edit(
        setValue<std::string>(binding.undoLabel, binding.key, binding.locate, binding.value, edited));
}

// Long texts (checklist tasks) are cut off in a one-line field; hovering shows them whole.
void tooltipIfClipped(const std::string& value) {
    if (!ImGui::IsItemHovered() || ImGui::IsItemActive()) return;
    const float room = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2;
    if (ImGui::CalcTextSize(value.c_str()).x <= room) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace

ImVec4 errorColour() {
    return {0.72f, 0.0f, 0.0f, 1.0f};
}

ImVec4 warningColour() {
    return {0.72f, 0.40f, 0.0f, 1.0f};
}

void textInput(const ViewContext& ctx, const TextBinding& binding, float width) {
    std::string buffer = binding.value;
    ImGui::SetNextItemWidth(width);
    const SessionTextEdit edited = sessionTextInput(("##" + binding.key).c_str(), buffer, kTextFlags);
    reportReleased(ctx, edited, binding.key);
    if (edited.changed) emitIfChanged(ctx, binding, buffer);
    tooltipIfClipped(binding.value);
    ctx.record(binding.key);
}

void multilineInput(const ViewContext& ctx, const TextBinding& binding, float lines) {
    std::string buffer = binding.value;
    const ImVec2 size(-FLT_MIN, ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2);
    const SessionTextEdit edited = sessionTextInput(("##" + binding.key).c_str(), buffer, kTextFlags, size);
    reportReleased(ctx, edited, binding.key);
    if (edited.changed) emitIfChanged(ctx, binding, buffer);
    ctx.record(binding.key);
}

void validatedInput(const ViewContext& ctx, const TextBinding& binding, float width,
                    bool (*isValid)(const std::string&), bool allowEmpty, const char* errorKey) {
    const auto draft = ctx.state.ui.drafts.find(binding.key);
    const bool invalid = draft != ctx.state.ui.drafts.end();
    std::string buffer = invalid ? draft->second : binding.value;
    if (invalid) {
        ImGui::PushStyleColor(ImGuiCol_Border, errorColour());
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ImGui::GetFontSize() / 8);
    }
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputText(("##" + binding.key).c_str(), &buffer, kTextFlags)) {
        if ((allowEmpty && buffer.empty()) || isValid(buffer)) {
            emitIfChanged(ctx, binding, buffer);
            if (invalid) ctx.out.act(ActionKind::ClearDraft, {}, binding.key);
        } else {
            ctx.out.act(ActionKind::SetDraft, buffer, binding.key);
        }
    }
    ctx.record(binding.key);
    if (invalid) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", ctx.t(errorKey));
        ImGui::PopStyleColor();
        ctx.record(binding.key + "/error");
    }
}

void flagCheckbox(const ViewContext& ctx, const std::string& key, const std::string& label, bool value,
                  Locator<bool> locate, std::string undoLabel) {
    bool edited = value;
    if (ImGui::Checkbox((label + "##" + key).c_str(), &edited))
        ctx.out.edit(setValue<bool>(std::move(undoLabel), {}, std::move(locate), value, edited));
    ctx.record(key);
}

bool deleteButton(const ViewContext& ctx) {
    const float side = ImGui::GetFrameHeight();
    const bool clicked = ImGui::Button("\u00D7##delete", ImVec2(side, side));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t("common.delete"));
    return clicked;
}

void heading(const ViewContext& ctx, const char* text) {
    if (ctx.headingFont) ImGui::PushFont(ctx.headingFont);
    ImGui::TextUnformatted(text);
    if (ctx.headingFont) ImGui::PopFont();
    ImGui::Separator();
}

} // namespace dlg
