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

/// nlohmann's parse error message without its "[json.exception...] parse error at ...: " prefix
/// and without the text it echoes ("last read: '...'"): that echo can hold part of a parent's
/// name (AVG), invalid UTF-8, and grows with the input (a phone's body of newlines made a refusal
/// of many kilobytes). The caller says where, by line and column or byte.
std::string jsonParseReason(const std::string& what);

} // namespace dlg
