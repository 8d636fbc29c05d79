// What a balancer result does to the evening, for the Indeling buttons and for the thorough search
// that finishes on a worker thread: one undoable step, and the line the user reads.
#pragma once

#include <optional>
#include <string>

#include "app/state/command.h"
#include "app/views/texts.h"
#include "app/views/view_context.h"
#include "core/assign/assign.h"
#include "core/model/model.h"

namespace dlg {

struct BalancerOutcome {
    std::optional<Command> edit; ///< replaces the seating; empty when no seating keeps the rules
    std::string status;          ///< for the status line, e.g. who had to move
    std::string notice;          ///< why there is no seating (when `edit` is empty)

    /// The edit and the status line, or the notice, as a frame's output for App to apply.
    void addTo(FrameOutput& out);
};

/// `undoKey` names the step in the catalogue ("undo.indeling.assign"); `secondRound` stores the
/// seats as round 2; `seed` is saved with the assignment.
BalancerOutcome balancerOutcome(const Session& session, const AssignResult& result, bool secondRound,
                                std::uint64_t seed, const Texts& t, const std::string& undoKey);

} // namespace dlg
