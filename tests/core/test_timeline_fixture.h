// The default draaiboek (assets/templates/ouderpartnerschap.json) built in code, so the timeline
// tests do not depend on the template file: 15,5,5,45,5,10,30,10,10 minutes, five flexible phases.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace dlg::test {

/// 2026-11-24 19:30:00 UTC.
inline constexpr std::int64_t kEvening1930Utc = 1795548600;
inline constexpr std::int64_t kMinute = 60;

inline Phase makePhase(const std::string& id, int minutes, bool flexible = false, int minimum = 0) {
    Phase phase;
    phase.id = id;
    phase.title = "Fase " + id;
    phase.plannedMinutes = minutes;
    phase.flexible = flexible;
    phase.minimumMinutes = minimum;
    return phase;
}

inline std::vector<Phase> templatePhases() {
    return {
        makePhase("ph-01", 15, true, 10), makePhase("ph-02", 5),           makePhase("ph-03", 5),
        makePhase("ph-04", 45, true, 30), makePhase("ph-05", 5),           makePhase("ph-06", 10, true, 5),
        makePhase("ph-07", 30, true, 20), makePhase("ph-08", 10, true, 5), makePhase("ph-09", 10)};
}

inline Session templateSession(const std::string& start = "19:30", const std::string& latestEnd = "21:45") {
    Session session;
    session.meta.title = "Ouderavond";
    session.meta.date = "2026-11-24";
    session.meta.start = start;
    session.meta.latestEnd = latestEnd;
    session.phases = templatePhases();
    return session;
}

} // namespace dlg::test
