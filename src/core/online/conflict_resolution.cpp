#include "core/online/conflict_resolution.h"

#include <algorithm>

#include "core/online/outcome_merge.h"

namespace dlg {
namespace {

TableOutcome* outcomeOf(Session& session, const std::string& tableId) {
    for (TableOutcome& outcome : session.outcomes.tables)
        if (outcome.tableId == tableId) return &outcome;
    return nullptr;
}

std::vector<std::string>* listOf(TableOutcome& outcome, const std::string& field) {
    if (field == "goesWell") return &outcome.goesWell;
    if (field == "difficult") return &outcome.difficult;
    if (field == "ideas") return &outcome.ideas;
    return nullptr;
}

std::string* textOf(TableOutcome& outcome, const std::string& field) {
    if (field == "quote") return &outcome.quote;
    if (field == "notes") return &outcome.notes;
    return nullptr;
}

// Removes the first item equal to `text`; false when there is none.
template <class T, class Text> bool eraseFirst(std::vector<T>& items, const std::string& text, Text textOfItem) {
    const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return textOfItem(item) == text; });
    if (found == items.end()) return false;
    items.erase(found);
    return true;
}

bool apply(TableOutcome& outcome, const OnlineConflict& conflict, ConflictChoice choice) {
    const std::string& kept = choice == ConflictChoice::Laptop ? conflict.laptopText : conflict.phoneText;
    const std::string& dropped = choice == ConflictChoice::Laptop ? conflict.phoneText : conflict.laptopText;
    if (std::string* text = textOf(outcome, conflict.field)) {
        // Later conflicts of the same field append after this one, so look for the pair inside.
        const std::string both = conflict.laptopText + kConflictSeparator + conflict.phoneText;
        const std::size_t at = text->find(both);
        if (at == std::string::npos) return false;
        text->replace(at, both.size(), kept);
        return true;
    }
    if (std::vector<std::string>* list = listOf(outcome, conflict.field))
        return eraseFirst(*list, dropped, [](const std::string& item) -> const std::string& { return item; });
    if (conflict.field == "proposals")
        return eraseFirst(outcome.proposals, dropped,
                          [](const ProposedAction& proposal) -> const std::string& { return proposal.text; });
    return false;
}

} // namespace

ConflictResolution resolveConflict(Session& session, std::size_t index, ConflictChoice choice) {
    auto& conflicts = session.tablesOnline.conflicts;
    if (index >= conflicts.size()) return ConflictResolution::NoSuchConflict;
    const OnlineConflict conflict = conflicts[index];
    conflicts.erase(conflicts.begin() + static_cast<std::ptrdiff_t>(index));
    if (choice == ConflictChoice::Both) return ConflictResolution::Resolved;
    TableOutcome* outcome = outcomeOf(session, conflict.tableId);
    return outcome && apply(*outcome, conflict, choice) ? ConflictResolution::Resolved
                                                        : ConflictResolution::TextChangedSince;
}

} // namespace dlg
