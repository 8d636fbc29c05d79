#include "app/state/phone_edit_command.h"

#include <algorithm>

#include "core/online/join_tokens.h"

namespace dlg {

PhoneEditSlice phoneEditSlice(const Session& session, const std::string& tableId) {
    PhoneEditSlice slice;
    for (const TableOutcome& outcome : session.outcomes.tables)
        if (outcome.tableId == tableId) slice.outcome = outcome;
    if (const TableAccess* access = findAccess(session.tablesOnline, tableId)) {
        slice.revision = access->revision;
        slice.lastEditAt = access->lastEditAt;
    }
    slice.conflicts = session.tablesOnline.conflicts;
    return slice;
}

void restorePhoneEditSlice(Session& session, const std::string& tableId, const PhoneEditSlice& slice) {
    auto& outcomes = session.outcomes.tables;
    const auto found = std::find_if(outcomes.begin(), outcomes.end(),
                                    [&](const TableOutcome& o) { return o.tableId == tableId; });
    if (!slice.outcome) {
        if (found != outcomes.end()) outcomes.erase(found);
    } else if (found != outcomes.end()) {
        *found = *slice.outcome;
    } else {
        outcomes.push_back(*slice.outcome);
    }
    if (TableAccess* access = findAccess(session.tablesOnline, tableId)) {
        access->revision = slice.revision;
        access->lastEditAt = slice.lastEditAt;
    }
    session.tablesOnline.conflicts = slice.conflicts;
}

Command phoneEditCommand(std::string label, const std::string& tableId, PhoneEditSlice before,
                         PhoneEditSlice after) {
    Command command;
    command.label = std::move(label);
    command.apply = [tableId, after = std::move(after)](Session& s) {
        restorePhoneEditSlice(s, tableId, after);
    };
    command.revert = [tableId, before = std::move(before)](Session& s) {
        restorePhoneEditSlice(s, tableId, before);
    };
    return command; // no mergeKey: every arrived edit is a step of its own
}

Command stepSince(std::string label, Session& session, const std::string& tableId, PhoneEditSlice before) {
    PhoneEditSlice after = phoneEditSlice(session, tableId);
    restorePhoneEditSlice(session, tableId, before);
    return phoneEditCommand(std::move(label), tableId, std::move(before), std::move(after));
}

} // namespace dlg
