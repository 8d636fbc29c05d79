#include "app/state/phone_edit_command.h"

namespace dlg {

Command phoneEditCommand(std::string label, const std::string& tableId, TableSlice before, TableSlice after) {
    Command command;
    command.label = std::move(label);
    command.apply = [tableId, after = std::move(after)](Session& s) { restoreTableSlice(s, tableId, after); };
    command.revert = [tableId, before = std::move(before)](Session& s) {
        restoreTableSlice(s, tableId, before);
    };
    return command; // no mergeKey: every arrived edit is a step of its own
}

Command stepSince(std::string label, Session& session, const std::string& tableId, TableSlice before) {
    TableSlice after = tableSlice(session, tableId);
    restoreTableSlice(session, tableId, before);
    return phoneEditCommand(std::move(label), tableId, std::move(before), std::move(after));
}

} // namespace dlg
