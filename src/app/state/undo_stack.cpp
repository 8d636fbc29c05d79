#include "app/state/undo_stack.h"

namespace dlg {

void UndoStack::push(Command command, Session& session) {
    command.apply(session);
    // A step that is already on disk must stay a separate step, or undo would skip past the save.
    const bool topIsSaved = savedDepth_ && *savedDepth_ == done_.size();
    if (mergeOpen_ && undone_.empty() && !done_.empty() && !command.mergeKey.empty() &&
        done_.back().mergeKey == command.mergeKey && !topIsSaved) {
        done_.back().apply = std::move(command.apply);
        return;
    }
    if (!undone_.empty()) {
        if (savedDepth_ && *savedDepth_ > done_.size()) savedDepth_.reset();
        undone_.clear();
    }
    done_.push_back(std::move(command));
    mergeOpen_ = true;
}

bool UndoStack::undo(Session& session) {
    if (done_.empty()) return false;
    mergeOpen_ = false;
    done_.back().revert(session);
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    return true;
}

bool UndoStack::dropNewest(Session& session) {
    if (done_.empty()) return false;
    mergeOpen_ = false;
    done_.back().revert(session);
    done_.pop_back();
    if (savedDepth_ && *savedDepth_ > done_.size()) savedDepth_.reset();
    return true;
}

bool UndoStack::redo(Session& session) {
    if (undone_.empty()) return false;
    mergeOpen_ = false;
    undone_.back().apply(session);
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    return true;
}

std::string UndoStack::undoLabel() const {
    return done_.empty() ? std::string() : done_.back().label;
}

std::string UndoStack::redoLabel() const {
    return undone_.empty() ? std::string() : undone_.back().label;
}

void UndoStack::markSaved() {
    savedDepth_ = done_.size();
    mergeOpen_ = false;
}

bool UndoStack::isDirty() const {
    return !savedDepth_ || *savedDepth_ != done_.size();
}

void UndoStack::clear(bool saved) {
    done_.clear();
    undone_.clear();
    mergeOpen_ = false;
    if (saved)
        savedDepth_ = 0;
    else
        savedDepth_.reset();
}

} // namespace dlg
