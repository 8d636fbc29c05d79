#include "core/model/table_slice.h"

#include <algorithm>

namespace dlg {
namespace {

template <typename Online> auto* accessOf(Online& online, const std::string& tableId) {
    const auto found = std::find_if(online.tables.begin(), online.tables.end(),
                                    [&](const TableAccess& access) { return access.tableId == tableId; });
    return found == online.tables.end() ? nullptr : &*found;
}

} // namespace

TableSlice tableSlice(const Session& session, const std::string& tableId) {
    TableSlice slice;
    for (const TableOutcome& outcome : session.outcomes.tables)
        if (outcome.tableId == tableId) slice.outcome = outcome;
    if (const TableAccess* access = accessOf(session.tablesOnline, tableId)) {
        slice.revision = access->revision;
        slice.lastEditAt = access->lastEditAt;
    }
    slice.conflicts = session.tablesOnline.conflicts;
    return slice;
}

void restoreTableSlice(Session& session, const std::string& tableId, const TableSlice& slice) {
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
    if (TableAccess* access = accessOf(session.tablesOnline, tableId)) {
        access->revision = slice.revision;
        access->lastEditAt = slice.lastEditAt;
    }
    session.tablesOnline.conflicts = slice.conflicts;
}

} // namespace dlg
