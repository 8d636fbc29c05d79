// A phone's edit of a table's outcome as one undo step: the table's slice (core/model/table_slice.h)
// before and after.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/state/command.h"
#include "core/model/table_slice.h"

namespace dlg {

/// The undo step "`label`" that sets table `tableId` from `before` to `after`.
Command phoneEditCommand(std::string label, const std::string& tableId, TableSlice before, TableSlice after);

/// The undo step "`label`" for what was just done to table `tableId` of `session` since `before`
/// (a phone's edit, a resolved conflict). Puts the session back to `before`: pushing the step on
/// the undo stack applies it again.
Command stepSince(std::string label, Session& session, const std::string& tableId, TableSlice before);

} // namespace dlg
