// Wis (AVG art. 17): erase one person everywhere in the session: the participant, their seats and
// pin, table leadership, the family key left to a lone family member, and every field that held
// them in a role (replaced by the role). Names typed in outcomes and actions are not rewritten
// (that could change what the room said): they are flagged with their place for the user to edit.
#pragma once

#include <string>
#include <vector>

#include "core/avg/avg_person.h"
#include "core/model/model.h"

namespace dlg::avg {

struct EraseResult {
    bool found = false;               ///< false: no participant with that id, nothing changed
    std::string name;                 ///< the erased person's name (for the message only)
    std::vector<std::string> changes; ///< what was changed, one line each, session language
    std::vector<Mention> flagged;     ///< typed texts that still name them: the user edits these
    std::vector<std::string> leftReferences; ///< JSON paths still holding the id (unknown keys)
};

/// Erases the participant `id` from `session`. Works on a copy first when the caller wants a
/// preview (call it on a copy: the result lists the same changes).
EraseResult erasePerson(Session& session, const std::string& id);

} // namespace dlg::avg
