#include "core/people/participant_import_ids.h"

#include <algorithm>
#include <cstdio>

#include "core/people/participant_import.h"

namespace dlg {

ParticipantIds::ParticipantIds(const Session& session) {
    bool seen = false;
    for (const Participant& person : session.participants) {
        taken_.insert(person.id);
        const std::string& id = person.id;
        if (id.size() < 3 || id.rfind("p-", 0) != 0) continue;
        const std::string digits = id.substr(2);
        if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
        const int digitCount = static_cast<int>(digits.size());
        width_ = seen ? std::max(width_, digitCount) : digitCount;
        seen = true;
        highest_ = std::max(highest_, std::stoi(digits));
    }
}

std::string ParticipantIds::next() {
    for (;;) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "p-%0*d", width_, ++highest_);
        if (taken_.insert(buffer).second) return buffer;
    }
}

std::string nextParticipantId(const Session& session) {
    return ParticipantIds(session).next();
}

} // namespace dlg
