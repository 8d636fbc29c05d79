// Reading JSON text stricter than nlohmann's parse, for files a person may have edited by hand:
// a key written twice in one object and a number too large for a double are reported with where
// they are, instead of the first value vanishing on the next save or an exception with no position.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/model/model.h"
#include "core/model/problems.h"

namespace dlg {

/// Parses `text`. A syntax error throws Json::parse_error as Json::parse does. Each duplicate key
/// becomes a Problem at its JSON path (the last value is the one kept); each number too large
/// (1e999) becomes a Problem at its path, naming `where(offset)`, and reads as null. Either kind
/// makes the file unsafe to save over, so the caller opens it read-only.
Json parseJsonStrict(std::string_view text, Problems& problems,
                     const std::function<std::string(std::size_t)>& where);

} // namespace dlg
