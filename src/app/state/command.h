// An undoable edit of the session. Views never change the session themselves: they return commands,
// and the app applies them between frames through the UndoStack.
#pragma once

#include <functional>
#include <string>

#include "core/model/model.h"

namespace dlg {

struct Command {
    std::string label;                    ///< what the edit does, in the UI language ("Titel wijzigen")
    std::function<void(Session&)> apply;  ///< performs the edit
    std::function<void(Session&)> revert; ///< restores the session exactly as before `apply`
    /// Non-empty for edits that continue each other (typing in one field): consecutive commands with
    /// the same key become one undo step until the stack is sealed.
    std::string mergeKey;
};

} // namespace dlg
