// Input widgets bound to session values. Each draws from the current value and, when the user
// changes it, returns a command through the ViewContext instead of writing the session.
#pragma once

#include <string>

#include "app/state/edit_commands.h"
#include "app/views/view_context.h"

namespace dlg {

/// A text value in the session and how to edit it.
struct TextBinding {
    std::string key;          ///< stable field key ("checklist/v-03/text"): ImGui id, merge key, probe name
    const std::string& value; ///< current value
    Locator<std::string> locate; ///< finds the value again when the command runs
    std::string undoLabel;       ///< label of the undo step
};

/// Colour for error text and invalid fields (readable on the light theme).
ImVec4 errorColour();
/// Colour for a warning the facilitator should act on (nobody at a table yet, a conflict).
ImVec4 warningColour();

/// One-line text field; `width` in pixels from font units (negative = fill, as ImGui).
void textInput(const ViewContext& ctx, const TextBinding& binding, float width);

/// Multi-line text field of `lines` text lines.
void multilineInput(const ViewContext& ctx, const TextBinding& binding, float lines);

/// A field whose value must satisfy `isValid` (or be empty when `allowEmpty`). Invalid input is kept
/// as a draft, shown in red with the catalogue text `errorKey`, and never stored in the session.
void validatedInput(const ViewContext& ctx, const TextBinding& binding, float width,
                    bool (*isValid)(const std::string&), bool allowEmpty, const char* errorKey);

/// A checkbox bound to a session flag; `label` may be empty (hidden label).
void flagCheckbox(const ViewContext& ctx, const std::string& key, const std::string& label, bool value,
                  Locator<bool> locate, std::string undoLabel);

/// A compact square "×" button that deletes a row; its tooltip says so in the UI language.
/// Returns true when clicked.
bool deleteButton(const ViewContext& ctx);

/// A heading in the bold font with a rule under it.
void heading(const ViewContext& ctx, const char* text);

} // namespace dlg
