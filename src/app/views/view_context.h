// What a view gets to draw with and what it returns: commands (undoable session edits) and UI
// actions (navigation, file operations, drafts), both applied by App between frames.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/state/app_state.h"
#include "app/state/command.h"
#include "app/views/style.h"
#include "app/views/texts.h"

namespace dlg {

enum class ActionKind {
    Navigate,   ///< number = Screen
    SetDraft,   ///< key = field key, text = invalid input
    ClearDraft, ///< key = field key
    NewSession, ///< from the default template (asks first when unsaved)
    ShowOpenDialog,
    OpenPath, ///< text = path (asks first when unsaved)
    Save,
    ShowSaveAsDialog,
    SaveAsPath,    ///< text = path
    SetDialogPath, ///< text = the dialog's path field
    CloseDialog,
    Undo,
    Redo,
    SetLanguage, ///< text = "nl" | "en"
    ToggleLargeText,
    RequestQuit,
    ConfirmSave, ///< answers to "unsaved changes?"
    ConfirmDiscard,
    ConfirmCancel,
    DismissNotice,
    Live,     ///< number = LiveOp (live_state.h); key = phase id for JumpTo; text = monitor index
    People,   ///< Deelnemers/Indeling UI state: key = field, text/number = value (people_ui.h)
    Outcomes, ///< Opbrengsten/Nazorg UI state: key = field or operation, text/number = value (outcomes_ui.h)
    Privacy,  ///< the Privacy panel: key = field or step, text/number = value (privacy_ui.h)
    Online,   ///< Tafels online: key = operation (app_online.cpp), text/number = value
    TextChangedElsewhere, ///< key = field key: an active text field let go (session_text_input.h)
};

struct UiAction {
    ActionKind kind;
    std::string text;
    std::string key;
    int number = 0;
};

struct FrameOutput {
    std::vector<Command> edits;
    std::vector<UiAction> actions;

    void edit(Command command) { edits.push_back(std::move(command)); }
    void act(ActionKind kind, std::string text = {}, std::string key = {}, int number = 0) {
        actions.push_back({kind, std::move(text), std::move(key), number});
    }
};

/// Screen rectangles of named widgets, recorded when a probe is passed (tests click and type there).
struct WidgetProbe {
    struct Rect {
        ImVec2 min;
        ImVec2 max;
        ImVec2 center() const { return {(min.x + max.x) / 2, (min.y + max.y) / 2}; }
    };
    std::map<std::string, Rect> items;
};

struct ViewContext {
    const AppState& state;
    Texts t;
    FrameOutput& out;
    ImFont* headingFont = nullptr; ///< bold font for headings; nullptr = the default font
    WidgetProbe* probe = nullptr;
    const FontSet* fonts = nullptr; ///< every font, e.g. the projector sizes; nullptr = default font only

    /// Records the last drawn item under `name` when probing.
    void record(const std::string& name) const {
        if (probe) probe->items[name] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    }
};

} // namespace dlg
