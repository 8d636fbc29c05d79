// Builders for the commands views return. Every command finds its target again through a locator
// (by stable id), so it stays correct after other steps were undone or redone around it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "app/state/command.h"

namespace dlg {

/// Finds a value in the session; returns nullptr when its owner no longer exists.
template <class T> using Locator = std::function<T*(Session&)>;

/// Sets one value; revert restores `before`.
template <class T>
Command setValue(std::string label, std::string mergeKey, Locator<T> field, T before, T after) {
    Command command;
    command.label = std::move(label);
    command.mergeKey = std::move(mergeKey);
    command.apply = [field, after](Session& s) {
        if (T* target = field(s)) *target = after;
    };
    command.revert = [field, before](Session& s) {
        if (T* target = field(s)) *target = before;
    };
    return command;
}

/// Inserts `item` at `index` (clamped to the end).
template <class T>
Command insertItem(std::string label, Locator<std::vector<T>> list, std::size_t index, T item) {
    Command command;
    command.label = std::move(label);
    command.apply = [list, index, item](Session& s) {
        if (auto* items = list(s)) items->insert(items->begin() + std::min(index, items->size()), item);
    };
    command.revert = [list, index](Session& s) {
        auto* items = list(s);
        if (items && index < items->size()) items->erase(items->begin() + index);
    };
    return command;
}

/// Removes the element at `index`; `removed` is a copy of it so revert can put it back.
template <class T>
Command eraseItem(std::string label, Locator<std::vector<T>> list, std::size_t index, T removed) {
    Command command = insertItem(std::move(label), list, index, std::move(removed));
    std::swap(command.apply, command.revert);
    return command;
}

/// Swaps two elements (move up/down); its own inverse.
template <class T>
Command swapItems(std::string label, Locator<std::vector<T>> list, std::size_t a, std::size_t b) {
    Command command;
    command.label = std::move(label);
    command.apply = [list, a, b](Session& s) {
        auto* items = list(s);
        if (items && a < items->size() && b < items->size()) std::swap((*items)[a], (*items)[b]);
    };
    command.revert = command.apply;
    return command;
}

/// The checklist item with `id`, or nullptr.
ChecklistItem* findChecklistItem(Session& session, const std::string& id);
/// The theme with `id`, or nullptr.
Theme* findTheme(Session& session, const std::string& id);

} // namespace dlg
