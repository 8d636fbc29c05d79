#include "core/model/model.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace dlg {
namespace {

// The JSON and catalogue words for each enum, in declaration order.
constexpr std::array kProjectorNames{"welcome",       "text",    "questions", "break", "tables",
                                     "presentations", "closing", "blank"};
constexpr std::array kRoleNames{"ouder", "medewerker"};
constexpr std::array kRsvpNames{"uitgenodigd", "aangemeld", "afgemeld"};
constexpr std::array kStatusNames{"voorgesteld", "gepland", "bezig", "gedaan", "vervallen"};

template <typename Enum, std::size_t N>
std::optional<Enum> parseEnum(const std::array<const char*, N>& names, const std::string& text) {
    for (std::size_t i = 0; i < N; ++i)
        if (text == names[i]) return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace

const char* toString(ProjectorKind kind) { return kProjectorNames[static_cast<std::size_t>(kind)]; }
const char* toString(Role role) { return kRoleNames[static_cast<std::size_t>(role)]; }
const char* toString(Rsvp rsvp) { return kRsvpNames[static_cast<std::size_t>(rsvp)]; }
const char* toString(ActionStatus status) { return kStatusNames[static_cast<std::size_t>(status)]; }

std::optional<ProjectorKind> projectorKindFromString(const std::string& text) {
    return parseEnum<ProjectorKind>(kProjectorNames, text);
}
std::optional<Role> roleFromString(const std::string& text) { return parseEnum<Role>(kRoleNames, text); }
std::optional<Rsvp> rsvpFromString(const std::string& text) { return parseEnum<Rsvp>(kRsvpNames, text); }
std::optional<ActionStatus> actionStatusFromString(const std::string& text) {
    return parseEnum<ActionStatus>(kStatusNames, text);
}

int totalPlannedMinutes(const Session& session) {
    int total = 0;
    for (const Phase& phase : session.phases) total += phase.plannedMinutes;
    return total;
}

std::string nextId(const std::string& prefix, const std::vector<std::string>& taken) {
    for (int n = 1;; ++n) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%02d", n);
        std::string candidate = prefix + "-" + buffer;
        if (std::find(taken.begin(), taken.end(), candidate) == taken.end()) return candidate;
    }
}

const char* toString(FamilySeating seating) {
    return seating == FamilySeating::Apart ? "apart" : "samen";
}

std::optional<FamilySeating> familySeatingFromString(const std::string& text) {
    if (text == "samen") return FamilySeating::Together;
    if (text == "apart") return FamilySeating::Apart;
    return std::nullopt;
}

} // namespace dlg
