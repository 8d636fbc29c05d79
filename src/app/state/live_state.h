// UI state of the running evening (Live screen, projector, presenting mode) and of autosave. Lives
// in UiState; only App changes it, between frames. The run itself is in session.run, a rehearsal's
// run only here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

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
    AskStart,      ///< opens "start the evening?"; Confirm carries it out
    AskFinish,     ///< opens "end the evening?"
    AskReset,      ///< opens "clear the run log?" (a try before the evening)
    Confirm,       ///< the open question is answered yes
    CancelConfirm, ///< the open question is answered no
    StartRehearsal,    ///< Oefenen: the evening on a clock of its own, nothing in the session
    StopRehearsal,     ///< back to the real evening
    RehearsalSpeed,    ///< the rehearsal clock's speed is in `text` ("1", "10", "60")
    DismissToast,
    ToggleSeatingView, ///< "Waar zit ik?": per table, or alphabetically by last name
    ShowRoomMessage,   ///< a short message to the room in `text`; empty takes it away
};

/// A rehearsal ("Oefenen"): the whole evening with a log of its own that never reaches the session
/// (so nothing of it is saved) and a clock that may run 10 or 60 times as fast as the wall clock.
struct Rehearsal {
    RunLog log;
    int speed = 1;                 ///< rehearsal seconds per wall-clock second: 1, 10 or 60
    std::int64_t clockAtBase = 0;  ///< the rehearsal clock when the speed was last set
    std::int64_t wallAtBase = 0;   ///< the wall clock at that moment

    /// The rehearsal clock at wall clock `wall`.
    RunClock clockAt(const RunClock& wall) const {
        return {clockAtBase + (wall.now - wallAtBase) * speed, wall.utcOffsetSeconds};
    }
};

/// A short message over any screen, e.g. what a presentation key did off the Live screen.
struct Toast {
    std::string text;
    std::int64_t until = 0; ///< wall clock (UTC seconds) after which it is gone
};

/// UiAction::text of a Live action that came from a presentation key (not a button): off the Live
/// screen its result is shown in a toast.
inline constexpr const char* kFromKey = "key";

/// How long a toast stays, in wall-clock seconds.
inline constexpr std::int64_t kToastSeconds = 3;

/// Started and not stopped: the countdown changes every second, and the room is seated.
bool eveningIsLive(const RunLog& log);

struct LiveUi {
    RunClock clock;              ///< the wall clock, set by the platform (tests inject it)
    bool presenting = false;     ///< the projector fills the main window (mirrored screen), F5 / Esc
    bool projectorBlank = false; ///< the projector shows black (B), whatever the phase
    int projectorMonitor = -1;   ///< monitor index for the second projector window; -1 = none
    int monitorCount = 1;        ///< monitors the platform found (the menu offers a choice when > 1)
    int presentingTable = 0;     ///< presentations: index in session.tables of the table presenting
    std::optional<LiveOp> confirming;    ///< AskStart/AskFinish/AskReset waiting for an answer
    std::optional<Rehearsal> rehearsal;  ///< set while rehearsing: views show its log, not the session's
    std::optional<Toast> toast;          ///< feedback for keys pressed off the Live screen
    bool seatingByName = false;  ///< "Waar zit ik?" as an alphabetical list (last name -> table)
    std::string roomMessage;     ///< shown to the room on every slide ("Nog 5 minuten"); empty = none

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
