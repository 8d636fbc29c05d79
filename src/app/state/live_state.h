// UI state of the running evening (Live screen, projector, presenting mode) and of autosave. Lives
// in UiState; only App changes it, between frames. The run itself is in session.run.
#pragma once

#include <optional>

#include "core/timeline/timeline_state.h"

namespace dlg {

/// What a `ActionKind::Live` action asks for (its `number`).
enum class LiveOp {
    Start,             ///< start the evening at the first phase
    Next,              ///< next phase (the last one finishes the evening)
    Previous,          ///< previous phase
    TogglePause,       ///< pause when running, resume when paused
    AddMinute,         ///< current phase one minute longer
    RemoveMinute,      ///< current phase one minute shorter
    AddFiveMinutes,    ///< current phase five minutes longer
    RemoveFiveMinutes, ///< current phase five minutes shorter
    Finish,            ///< end the evening
    ApplySqueeze,      ///< write the squeeze proposal as adjust events
    JumpTo,            ///< make the phase in `key` current
    ToggleBlank,       ///< projector black / back (not in the run log)
    StartPresenting,   ///< projector full-screen in the main window, controls hidden
    StopPresenting,
    ChooseMonitor, ///< the monitor index is in `text` ("-1" = no second window)
    NextTable,     ///< presentations: the next table presents (↓)
    PreviousTable, ///< presentations: the previous table (↑)
};

/// Started and not stopped: the countdown changes every second, and the room is seated.
bool eveningIsLive(const RunLog& log);

struct LiveUi {
    RunClock clock;              ///< the wall clock, set by the platform (tests inject it)
    bool presenting = false;     ///< the projector fills the main window (mirrored screen), F5 / Esc
    bool projectorBlank = false; ///< the projector shows black (B), whatever the phase
    int projectorMonitor = -1;   ///< monitor index for the second projector window; -1 = none
    int monitorCount = 1;        ///< monitors the platform found (the menu offers a choice when > 1)
    int presentingTable = 0;     ///< presentations: index in session.tables of the table presenting

    /// Autosave: an undoable edit was seen since the last tick (restarts the debounce).
    bool editSeen = false;
    /// Autosave: when the debounced save is due, in the platform's monotonic seconds.
    std::optional<double> autosaveDue;
};

/// The monitor for the second projector window: the chosen one while it exists, else -1 (none; a
/// monitor that was unplugged closes the window, and plugging it back in reopens it).
inline int projectorWindowMonitorFor(const LiveUi& live) {
    return live.projectorMonitor >= 0 && live.projectorMonitor < live.monitorCount ? live.projectorMonitor
                                                                                   : -1;
}

/// Seconds of quiet after the last edit before autosave writes the file.
inline constexpr double kAutosaveDelaySeconds = 1.0;

} // namespace dlg
