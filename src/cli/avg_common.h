// What inzage, wis and opschonen share: loading the session (refusing what cannot be saved back),
// finding the person named on the command line, and the date of today.
#pragma once

#include <optional>
#include <string>

#include "cli/cli.h"
#include "core/model/model.h"

namespace dlg::cli {

/// Loads `file`. With `forWriting`, a file with problems or from a newer version is refused (saving
/// it would lose what this build cannot read). On failure prints why and sets `exitCode`.
std::optional<Session> loadForAvg(const std::string& file, bool forWriting, Io& io, int& exitCode);

/// The participant `query` names (id or name). None or several: prints why (the candidates, one a
/// line) in the session's language and returns nullptr; the exit code is then kInvalid.
const Participant* resolvePerson(const Session& session, const std::string& query, Io& io);

/// Today's date in local time, YYYY-MM-DD.
std::string localToday();

} // namespace dlg::cli
