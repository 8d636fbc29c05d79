// The run sheet editor (Draaiboek), the presenter view (Live) and the projector view, plus the
// per-frame snapshot of the run they all draw from.
#pragma once

#include <optional>

#include "app/views/view_context.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_state.h"

namespace dlg {

/// The plan and the run state derived from the session and the injected clock, for one frame.
struct LiveSnapshot {
    std::optional<Plan> plan; ///< empty when meta.start is not a valid HH:MM time
    RunState run;             ///< derived from session.run at state.ui.live.clock
};

/// Derives the snapshot (cheap: a replay of the run log).
LiveSnapshot liveSnapshot(const AppState& state);

/// Draaiboek: phases with times, editing, reorder/insert/duplicate/delete, and the chart.
void drawRunSheet(const ViewContext& ctx);
/// Planned versus actual minutes per phase as a bar chart (ImDrawList), with legend.
void drawRunChart(const ViewContext& ctx, const LiveSnapshot& snapshot);

/// Live: the presenter view with countdown, talking points, next phase, drift and controls.
void drawLive(const ViewContext& ctx);
/// The presentation keys (Space, arrows, PageUp/Down, +/-, B, F5, Esc); ignored while a text field
/// has focus.
void collectLiveKeys(const ViewContext& ctx);

/// The projector picture for the room inside the current window's content area: only public
/// texts, never remarks, talking points, e-mails or language-support flags.
/// With `paintBackground` false the caller has cleared the display in projectorBackground() (a
/// full-screen fill costs milliseconds per frame in software OpenGL).
void drawProjectorContent(const ViewContext& ctx, const LiveSnapshot& snapshot, bool paintBackground = true);
/// True while the room sees black: B was pressed, or the phase's slide is "blank".
bool projectorIsBlank(const AppState& state, const RunState& run);
/// Live: what the room sees (a live preview of the projector), blackout in plain sight, a message
/// to the room ("Nog 5 minuten") and the "Waar zit ik?" view (projector_presenter.cpp).
void drawRoomPanel(const ViewContext& ctx, const LiveSnapshot& snapshot);
/// The projector's background: black while blank (B, or a "blank" phase), else dark blue.
ImVec4 projectorBackground(const AppState& state);
/// Presenting mode: the projector fills the whole main window; the keys still work.
void drawPresenting(const ViewContext& ctx);
/// The second projector window's whole picture (its own ImGui context; keys reach the main one).
void drawProjectorWindow(const ViewContext& ctx);

/// "Fatma Y.": first name and the initial of the last name, as the projector shows people.
std::string publicName(const Participant& person);

} // namespace dlg
