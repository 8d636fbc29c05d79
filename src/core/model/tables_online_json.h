// TablesOnline <-> JSON (session key `tablesOnline`), used by session_json_read/_write.
#pragma once

#include <string>

#include "core/model/model.h"
#include "core/model/problems.h"

namespace dlg {

/// Reads the phones' access section; a wrong type becomes a Problem with its path. Unknown keys are kept.
TablesOnline tablesOnlineFromJson(const Json& value, const std::string& path, Problems& problems);

/// One item of `tablesOnline.conflicts` (the session journal carries the list on its own).
OnlineConflict conflictFromJson(const Json& value, const std::string& path, Problems& problems);
Json conflictToJson(const OnlineConflict& conflict);

/// The section as JSON, or null when it is empty (so files of evenings without phones stay unchanged).
Json tablesOnlineToJson(const TablesOnline& online);

} // namespace dlg
