// Session <-> JSON. Keys are the camelCase member names of model.h; enums are Dutch words
// (see model.cpp). Reading is lenient: a wrong type or a missing required field becomes a Problem
// with its JSON path and the field keeps its default, so one pass reports every fault.
#pragma once

#include "core/model/model.h"
#include "core/model/problems.h"

namespace dlg {

/// Reads a session document (already parsed). Adds every structural problem to `problems`.
Session sessionFromJson(const Json& document, Problems& problems);

/// Writes the whole session, including `format`, `version` and every preserved unknown key.
Json sessionToJson(const Session& session);

/// One item of `outcomes.tables` (the session journal carries single tables).
TableOutcome tableOutcomeFromJson(const Json& value, const std::string& path, Problems& problems);
Json tableOutcomeToJson(const TableOutcome& outcome);

} // namespace dlg
