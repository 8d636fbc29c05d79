// A text field that edits a value of the session. ImGui keeps its own copy of the text while a
// field is active and writes that copy back on the next keystroke; when the session's value
// changed elsewhere meanwhile (a table leader's phone, Ctrl+Z), that keystroke would put the old
// text back over the change. These fields let go instead, so the new value shows; what was typed
// before is already in the session (every keystroke is an edit), so nothing is lost.
#pragma once

#include <string>

#include <imgui.h>

#include "app/views/view_context.h"

namespace dlg {

struct SessionTextEdit {
    bool changed = false;  ///< `buffer` holds the user's new text
    bool released = false; ///< the field was active but its value changed elsewhere: it let go
};

/// InputText (or InputTextMultiline when `multilineSize.y > 0`) on `buffer`, which holds the
/// session's current value on entry.
SessionTextEdit sessionTextInput(const char* label, std::string& buffer, ImGuiInputTextFlags flags,
                                 ImVec2 multilineSize = {0, 0});

/// Tells the app that the field `key` let go (it shows why in the status line).
void reportReleased(const ViewContext& ctx, const SessionTextEdit& edit, const std::string& key);

} // namespace dlg
