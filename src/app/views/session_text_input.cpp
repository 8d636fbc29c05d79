#include "app/views/session_text_input.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace dlg {
namespace {

// Never 0: 0 is "no text remembered" in ImGui's storage.
int textHash(const std::string& text) {
    return static_cast<int>(ImHashStr(text.data(), text.size()) | 1u);
}

} // namespace

SessionTextEdit sessionTextInput(const char* label, std::string& buffer, ImGuiInputTextFlags flags,
                                 ImVec2 multilineSize) {
    const ImGuiID id = ImGui::GetID(label);
    // The text this field last showed or wrote, kept in the window's storage under a key of its own.
    const ImGuiID slot = ImHashStr("session-text", 0, id);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    SessionTextEdit edit;
    if (ImGui::GetActiveID() == id) {
        const int expected = storage->GetInt(slot, 0);
        if (expected != 0 && expected != textHash(buffer)) {
            ImGui::ClearActiveID();
            edit.released = true;
        }
    }
    edit.changed = multilineSize.y > 0 ? ImGui::InputTextMultiline(label, &buffer, multilineSize, flags)
                                       : ImGui::InputText(label, &buffer, flags);
    storage->SetInt(slot, ImGui::IsItemActive() ? textHash(buffer) : 0);
    return edit;
}

void reportReleased(const ViewContext& ctx, const SessionTextEdit& edit, const std::string& key) {
    if (edit.released) ctx.out.act(ActionKind::TextChangedElsewhere, {}, key);
}

} // namespace dlg
