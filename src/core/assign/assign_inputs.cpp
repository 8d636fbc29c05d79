// Whether a seating computed from one copy of the evening still fits another (the thorough search
// runs on a copy while the user keeps working).
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

} // namespace dlg
