// Participant ids for imported people: p-NNN, continuing the session's own numbering.
#pragma once

#include <set>
#include <string>

#include "core/model/model.h"

namespace dlg {

/// Hands out ids one above the highest "p-<number>" in the session, with as many digits as the
/// session's ids have (three when there are none: p-001), never one that is taken. Keeps its own
/// record of what it handed out, so it costs nothing per id on a list of thousands.
class ParticipantIds {
  public:
    explicit ParticipantIds(const Session& session);

    /// The next free id.
    std::string next();

  private:
    std::set<std::string> taken_; ///< every id in the session plus those handed out
    int highest_ = 0;             ///< highest number seen or handed out
    int width_ = 3;               ///< digits after "p-"
};

} // namespace dlg
