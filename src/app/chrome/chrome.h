// The frame around the screens: menu bar, screen list, banners, status line, modal dialogs and
// keyboard shortcuts. Like the screens, these only read state and return actions.
#pragma once

#include "app/views/view_context.h"

namespace dlg {

/// Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z / Ctrl+S / Ctrl+O / Ctrl+N; nothing while a dialog is open.
void collectShortcuts(const ViewContext& ctx);

/// The main menu bar (Bestand, Bewerken, Beeld).
void drawMenuBar(const ViewContext& ctx);

/// The full-window area under the menu: banners, screen list, the current screen, status line.
void drawWorkspace(const ViewContext& ctx);

/// Whichever modal is due: a notice, the unsaved-changes question, or the file dialog.
void drawDialogs(const ViewContext& ctx);

/// ImGui key index of a letter key: GLFW numbers letter keys by their upper-case ASCII code, and
/// headless tests press the same indices.
constexpr int letterKey(char upper) {
    return static_cast<int>(upper);
}

} // namespace dlg
