// The part of a session that a phone's edit of one table changes: the table's outcome, its phone
// revision and time, and the list of kept conflicts. The app's undo step of a phone edit and the
// session journal both carry it. The table's token and lock are not in it: undoing an edit must
// not bring back a code replaced by "Nieuwe codes" or lift a lock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace dlg {

struct TableSlice {
    std::optional<TableOutcome> outcome; ///< empty: the table had no outcome yet
    std::int64_t revision = 0;
    std::int64_t lastEditAt = 0;
    std::vector<OnlineConflict> conflicts; ///< the whole list: a resolution may remove another table's
};

TableSlice tableSlice(const Session& session, const std::string& tableId);
/// Sets table `tableId` of `session` to `slice`; a table the session no longer has phone access
/// for keeps only the outcome and the conflicts.
void restoreTableSlice(Session& session, const std::string& tableId, const TableSlice& slice);

} // namespace dlg
