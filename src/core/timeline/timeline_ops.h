// The facilitator's buttons: each operation checks the state derived from the log and, when it
// makes sense, appends one or more RunEvents stamped `now` (UTC seconds since the epoch). A refused
// operation leaves the log untouched and says why, so a view can show it or grey the button out.
// Saving the session after each change is the caller's job (session_file.h saves atomically).
#pragma once

#include <cstdint>
#include <string_view>

#include "core/model/model.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_squeeze.h"

namespace dlg {

/// Why an operation did nothing.
enum class RunRefusal {
    None,            ///< applied
    NoPhases,        ///< the draaiboek has no phases
    AlreadyStarted,  ///< start, but the evening has started
    NotStarted,      ///< the operation needs a running evening
    Finished,        ///< the evening is over
    AlreadyPaused,   ///< pause while paused
    NotPaused,       ///< resume while the clock runs
    AtFirstPhase,    ///< previous on the first phase
    UnknownPhase,    ///< jump to an id that is not in the plan
    AlreadyCurrent,  ///< jump to the current phase
    NothingToAdjust, ///< adjust by 0, or shorten a phase that is already 0 long
    NothingToSqueeze ///< apply a proposal without changes
};

struct RunChange {
    RunRefusal refusal = RunRefusal::None;
    bool finishedEvening = false; ///< `next` on the last phase ended the evening

    bool applied() const { return refusal == RunRefusal::None; }
};

/// English explanation for the CLI and logs.
const char* describe(RunRefusal refusal);
/// UI catalogue key, e.g. "run.refusal.alreadyPaused".
const char* catalogueKey(RunRefusal refusal);

/// Starts the evening at the first phase, with the clock running.
RunChange startEvening(RunLog& log, const Plan& plan, std::int64_t now);
/// Goes to the next phase; on the last phase it finishes the evening instead. A pause carries over.
RunChange nextPhase(RunLog& log, const Plan& plan, std::int64_t now);
/// Goes back to the previous phase in the draaiboek; its remaining time continues where it left off.
RunChange previousPhase(RunLog& log, const Plan& plan, std::int64_t now);
/// Makes `phaseId` current.
RunChange jumpToPhase(RunLog& log, const Plan& plan, std::string_view phaseId, std::int64_t now);
RunChange pauseClock(RunLog& log, const Plan& plan, std::int64_t now);
RunChange resumeClock(RunLog& log, const Plan& plan, std::int64_t now);
/// Extends (+) or shortens (-) the current phase by `seconds` (the UI offers +/-60 and +/-300).
/// Shortening stops at a duration of 0.
RunChange adjustCurrentPhase(RunLog& log, const Plan& plan, int seconds, std::int64_t now);
/// Ends the evening.
RunChange finishEvening(RunLog& log, const Plan& plan, std::int64_t now);
/// Writes the proposal's cuts as adjust events on the named phases, so it survives a restart.
/// Call it with a proposal derived from the same log; proposals only ever name later phases.
RunChange applySqueeze(RunLog& log, const Plan& plan, const SqueezeProposal& proposal, std::int64_t now);

} // namespace dlg
