// "Hold the end time": when the evening will end too late, shorten flexible phases in proportion
// to their slack (duration - minimum), never below their minimum, in whole minutes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dlg {

/// A phase that may be shortened.
struct SqueezeCandidate {
    std::size_t phaseIndex = 0; ///< index into the session's phases
    std::string phaseId;
    std::string title;
    std::int64_t durationSeconds = 0; ///< current duration: planned plus earlier adjustments
    int minimumMinutes = 0;           ///< never shorten below this
};

/// One phase the proposal shortens.
struct SqueezeChange {
    std::size_t phaseIndex = 0;
    std::string phaseId;
    std::string title;
    int fromMinutes = 0; ///< current duration in whole minutes (rounded down)
    int toMinutes = 0;   ///< proposed duration in whole minutes, >= the phase's minimum
    int cutMinutes = 0;  ///< fromMinutes - toMinutes, > 0
};

struct SqueezeProposal {
    int neededMinutes = 0;              ///< whole minutes the evening must lose to end on time; 0 = on time
    std::vector<SqueezeChange> changes; ///< in phase order; their cuts sum to at most neededMinutes
    int stillLateMinutes = 0;           ///< minutes late even after every change (0 when the slack suffices)

    bool needed() const { return neededMinutes > 0; }
    int cutMinutes() const; ///< sum of the cuts of all changes
};

/// Proposes cuts for an evening that will end `lateSeconds` too late (<= 0: nothing to do).
/// The needed minutes are rounded up; each candidate's slack is whole minutes above its minimum.
/// With enough slack the cuts sum exactly to the needed minutes, split by slack with the largest
/// remainder method (ties go to the earlier phase); otherwise every candidate drops to its minimum
/// and `stillLateMinutes` says how late the evening ends anyway.
SqueezeProposal proposeSqueeze(const std::vector<SqueezeCandidate>& candidates, std::int64_t lateSeconds);

} // namespace dlg
