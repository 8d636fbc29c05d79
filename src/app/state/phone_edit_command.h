// A phone's edit of a table's outcome as one undo step: what the edit changed of that table (its
// outcome, the phone revision and time, the conflict list) before and after.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/state/command.h"

namespace dlg {

/// The part of a session a phone edit of one table changes. The table's token and lock are not in
/// it: undoing an edit must not bring back a code replaced by "Nieuwe codes" or lift a lock.
struct PhoneEditSlice {
    std::optional<TableOutcome> outcome; ///< empty: the table had no outcome yet
    std::int64_t revision = 0;
    std::int64_t lastEditAt = 0;
    std::vector<OnlineConflict> conflicts;
};

PhoneEditSlice phoneEditSlice(const Session& session, const std::string& tableId);
void restorePhoneEditSlice(Session& session, const std::string& tableId, const PhoneEditSlice& slice);

/// The undo step "`label`" that sets table `tableId` from `before` to `after`.
Command phoneEditCommand(std::string label, const std::string& tableId, PhoneEditSlice before,
                         PhoneEditSlice after);

/// The undo step "`label`" for what was just done to table `tableId` of `session` since `before`
/// (a phone's edit, a resolved conflict). Puts the session back to `before`: pushing the step on
/// the undo stack applies it again.
Command stepSince(std::string label, Session& session, const std::string& tableId, PhoneEditSlice before);

} // namespace dlg
