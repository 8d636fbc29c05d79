// What a phone may see of its own table: nothing about other tables, participants or files.
#pragma once

#include <cstdint>
#include <string>

#include "core/model/model.h"

namespace dlg {

/// The table's name, theme (title, description, questions), its leader's first name only, the
/// current phase and its remaining seconds, the language, whether it is locked, the revision and
/// the outcome fields. `now` is UTC seconds (the run clock). Throws nothing; an unknown table
/// gives null (the server answers 404).
Json phoneView(const Session& session, const std::string& tableId, std::int64_t now);

} // namespace dlg
