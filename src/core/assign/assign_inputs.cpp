// Whom the balancer seats before check-in, and whether a seating computed from one copy of the
// evening still fits another (the thorough search runs on a copy while the user keeps working).
#include <algorithm>

#include "core/assign/assign.h"
#include "core/model/session_json.h"

namespace dlg {

bool sameSeatingInputs(const Session& before, const Session& now) {
    // Through the JSON form, so a field added to the model later is compared without a change here.
    const Json a = sessionToJson(before);
    const Json b = sessionToJson(now);
    for (const char* key : {"participants", "tables", "assignment", "assignRules"})
        if (a.value(key, Json()) != b.value(key, Json())) return false;
    return true;
}

bool checkInBegun(const Session& session) {
    // Not the run log: a school that runs the evening without checking anyone in still wants the
    // registered people seated.
    return std::any_of(session.participants.begin(), session.participants.end(),
                       [](const Participant& p) { return p.present; });
}

std::optional<bool> seatWhom(const Session& session) {
    if (!checkInBegun(session)) return false;
    return std::nullopt;
}

} // namespace dlg
