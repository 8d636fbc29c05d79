// Opschonen (bewaartermijn): once the evening's purpose is served, the participants' personal data
// goes while what the school still needs stays: outcomes, actions and progress, and the counts
// (people per role and table, registered and present, parents per grade). Table leaders become
// "tafelleider tafel 3"; facilitator and checklist or draaiboek "who" fields become the person's
// function. A staff member who owns an action stays its owner (the school's ongoing work, shown in
// public reports by rule 3 of the privacy guard), so the public reports read the same before and after.
#pragma once

#include <string>
#include <vector>

#include "core/avg/avg_person.h"
#include "core/model/model.h"

namespace dlg::avg {

/// True when the evening is over: its date is before `today`, or it was run and stopped.
bool eveningHasTakenPlace(const Session& session, const std::string& today);

/// How long personal data has been kept and whether the school's term has passed.
struct Retention {
    int people = 0;       ///< participants whose personal data is still stored
    bool hasDate = false; ///< meta.date is a valid date
    bool over = false;    ///< the evening has taken place
    int daysKept = 0;     ///< days since the evening (0 on the day itself or before)
    std::string dueOn;    ///< YYYY-MM-DD: the evening plus privacy.retentionWeeks; empty without a date
    bool due = false;     ///< personal data is stored and dueOn has passed
    std::string purgedOn; ///< privacy.purgedOn
    /// One or two sentences for the GUI in the session's language.
    std::vector<std::string> lines;
};

Retention retentionStatus(const Session& session, const std::string& today);

/// True when `person` holds no personal data: what opschonen leaves behind.
bool isAnonymous(const Participant& person);

struct PurgeResult {
    bool refused = false;
    std::string reason;               ///< why it was refused, session language
    std::vector<std::string> changes; ///< what was changed, one line each
    std::vector<Mention> flagged;     ///< typed texts that still name someone: the user edits these
};

/// Removes every participant's personal data. Refused before the evening unless `force`.
/// Participants are renumbered (p-001 …) in an order that says nothing about who they were, so an
/// old list cannot link them back; seats, second round and table leaders follow.
PurgeResult purgePersonalData(Session& session, const std::string& today, bool force);

} // namespace dlg::avg
