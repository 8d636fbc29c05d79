// Inzage (AVG art. 15): everything the session stores about one person, as readable text in the
// session's language and as JSON, so a school can hand it to the parent who asked.
#pragma once

#include <string>
#include <vector>

#include "core/avg/avg_person.h"
#include "core/model/model.h"

namespace dlg::avg {

struct Inzage {
    std::string language; ///< of the session: "nl" or "en"
    Json record;          ///< the participant exactly as saved, every field including unknown keys
    Participant person;
    std::string seat;               ///< table place of the first round; empty when not seated
    std::string round2;             ///< table place of the second round; empty when none
    bool pinned = false;            ///< pinned to the seat by the facilitator
    std::vector<std::string> leaderOf; ///< places of the tables this person leads
    int familyShared = 0;           ///< other participants with the same family key
    std::vector<Mention> roles;     ///< role fields (owner, facilitator, leader) that hold them
    std::vector<Mention> mentions;  ///< typed texts that name them
    std::vector<std::string> references; ///< every JSON path with the id (seats, pins, leaderId, …)
};

/// Everything stored about `person` (a participant of `session`).
Inzage inspectPerson(const Session& session, const Participant& person);

/// Readable text: the person's fields, seating, role fields, mentions and references.
std::string inzageText(const Session& session, const Inzage& inzage);

/// The same as JSON: {"person": {...as saved...}, "seat", "round2", "pinned", "leaderOf",
/// "familyShared", "roles": [{path, place, text}], "mentions": [...], "references": [...]}.
Json inzageJson(const Inzage& inzage);

} // namespace dlg::avg
