// Undo/redo of session edits, and the dirty flag: the session is unsaved whenever the stack position
// differs from the position at the last save.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/state/command.h"

namespace dlg {

class UndoStack {
  public:
    /// Applies `command` to `session` and records it. Drops everything that could be redone. Merges
    /// into the previous step when both have the same non-empty mergeKey and the stack is not sealed.
    void push(Command command, Session& session);

    /// Reverts the newest step; false when there is nothing to undo.
    bool undo(Session& session);
    /// Re-applies the newest undone step; false when there is nothing to redo.
    bool redo(Session& session);

    /// Reverts the newest step and forgets it (no redo): a phone's edit whose save failed is not
    /// kept, the phone keeps it and sends it again. False when there is nothing to drop.
    bool dropNewest(Session& session);

    bool canUndo() const { return !done_.empty(); }
    bool canRedo() const { return !undone_.empty(); }
    /// Label of the step undo() would revert; empty when none.
    std::string undoLabel() const;
    /// Label of the step redo() would re-apply; empty when none.
    std::string redoLabel() const;

    /// Ends the current merge run: the next command becomes its own undo step (e.g. focus left the field).
    void seal() { mergeOpen_ = false; }

    /// The current position is what is on disk now.
    void markSaved();
    /// True when the session differs from the last save (or was never saved since clear()).
    bool isDirty() const;

    /// Forgets all history; the current session counts as saved when `saved` is true.
    void clear(bool saved = true);

    /// Number of steps that can be undone.
    std::size_t depth() const { return done_.size(); }

  private:
    std::vector<Command> done_;
    std::vector<Command> undone_;
    std::optional<std::size_t> savedDepth_ = 0; ///< empty when the saved state can no longer be reached
    bool mergeOpen_ = false;
};

} // namespace dlg
