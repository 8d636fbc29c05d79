// AssignRules <-> JSON (session key `assignRules`), used by session_json_read/_write.
#pragma once

#include <string>

#include "core/model/model.h"
#include "core/model/problems.h"

namespace dlg {

/// Reads the balancer rules; a wrong type or word becomes a Problem at `path.<key>` and the field
/// keeps its default. Unknown keys are kept.
AssignRules assignRulesFromJson(const Json& value, const std::string& path, Problems& problems);

/// The rules as JSON, or null when they are all defaults (so files without rules stay unchanged).
Json assignRulesToJson(const AssignRules& rules);

} // namespace dlg
