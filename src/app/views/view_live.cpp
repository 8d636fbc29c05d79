// Live: the facilitator's presenter view. Countdown, talking points, next phase, drift, projected
// end, the squeeze proposal and the controls (buttons and presentation keys).
#include <algorithm>
#include <string>

#include "app/views/fields.h"
#include "app/views/live_controls.h"
#include "app/views/live_views.h"
#include "app/views/online_views.h"
#include "core/timeline/timeline_format.h"

namespace dlg {

namespace {

// GLFW key numbers (the ImGui GLFW backend of 1.86 fills io.KeysDown by them); no GLFW include here.
constexpr int kKeySpace = 32;
constexpr int kKeyEscape = 256;
constexpr int kKeyRight = 262;
constexpr int kKeyLeft = 263;
constexpr int kKeyDown = 264;
constexpr int kKeyUp = 265;
constexpr int kKeyPageUp = 266;
constexpr int kKeyPageDown = 267;
constexpr int kKeyF5 = 294;
constexpr int kKeyKeypadSubtract = 333;
constexpr int kKeyKeypadAdd = 334;
constexpr int kKeyB = 'B';

void live(const ViewContext& ctx, LiveOp op, std::string key = {}) {
    ctx.out.act(ActionKind::Live, {}, std::move(key), static_cast<int>(op));
}

// A presentation key: off the Live screen its result comes back as a toast.
void key(const ViewContext& ctx, LiveOp op) {
    ctx.out.act(ActionKind::Live, kFromKey, {}, static_cast<int>(op));
}

bool pressed(int key) {
    return ImGui::IsKeyPressed(key, false);
}

bool typed(ImWchar wanted) {
    const ImGuiIO& io = ImGui::GetIO();
    return std::find(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end(), wanted) !=
           io.InputQueueCharacters.end();
}

/// The countdown's colour: normal, warning at <= 20 % or <= 2 minutes left, red once over.
ImVec4 countdownColour(const RunState& run) {
    if (run.overrun()) return errorColour();
    const bool low = run.remainingSeconds <= 120 || run.remainingSeconds * 5 <= run.durationSeconds;
    return low ? warningColour() : ImGui::GetStyle().Colors[ImGuiCol_Text];
}

void bigCountdown(const ViewContext& ctx, const RunState& run) {
    ImFont* font = ctx.fonts && ctx.fonts->countdown ? ctx.fonts->countdown : ImGui::GetFont();
    const float lineHeight = ImGui::GetFrameHeight(); // of the body font, before the big one is pushed
    ImGui::PushFont(font);
    // About six text lines high on the laptop: readable at a glance while talking.
    ImGui::SetWindowFontScale(5 * lineHeight / font->FontSize);
    ImGui::PushStyleColor(ImGuiCol_Text, countdownColour(run));
    ImGui::TextUnformatted(formatRemaining(run.remainingSeconds).c_str());
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ctx.record("live/countdown");
}

void clockFacts(const ViewContext& ctx, const RunState& run) {
    const int offset = ctx.state.ui.live.clock.utcOffsetSeconds;
    ImGui::Text("%s %s", ctx.t("live.wallClock"), formatClockTimeAt(run.now, offset).c_str());
    // The verdict after it says early or late, so the figure carries no sign; hours read as hours.
    ImGui::Text("%s %s", ctx.t("live.drift"), formatDuration(run.driftSeconds).c_str());
    ImGui::SameLine();
    // Within a minute either way counts as on schedule; a skipped phase puts the evening ahead.
    const char* verdict = run.driftSeconds > 60    ? "live.behind"
                          : run.driftSeconds < -60 ? "live.ahead"
                                                   : "live.onSchedule";
    ImGui::TextDisabled("%s", ctx.t(verdict));
    ImGui::Text("%s %s", ctx.t("live.projectedEnd"), formatClockTimeAt(run.projectedEnd, offset).c_str());
    ImGui::Text("%s %s", ctx.t("live.targetEnd"), formatClockTimeAt(run.targetEnd, offset).c_str());
    if (run.lateSeconds > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::Text("%s %s", ctx.t("live.late"), formatDuration(run.lateSeconds).c_str());
        ImGui::PopStyleColor();
    }
}

void squeezeProposal(const ViewContext& ctx, const RunState& run) {
    if (!run.squeeze.needed() || run.squeeze.changes.empty()) return;
    ImGui::Separator();
    ImGui::TextWrapped("%s", ctx.t("live.squeeze.intro"));
    for (const SqueezeChange& change : run.squeeze.changes) {
        ImGui::BulletText("%s: %d -> %d min", change.title.c_str(), change.fromMinutes, change.toMinutes);
    }
    if (run.squeeze.stillLateMinutes > 0)
        ImGui::TextWrapped("%s %d min", ctx.t("live.squeeze.stillLate"), run.squeeze.stillLateMinutes);
    if (ImGui::Button(ctx.t.label("live.squeeze.apply", "squeeze-apply").c_str()))
        live(ctx, LiveOp::ApplySqueeze);
    ctx.record("live/squeeze-apply");
}

void button(const ViewContext& ctx, const char* key, const char* id, LiveOp op) {
    if (ImGui::Button(ctx.t.label(key, id).c_str())) live(ctx, op);
    ctx.record(std::string("live/") + id);
}

void controls(const ViewContext& ctx, const RunState& run) {
    const LiveUi& ui = ctx.state.ui.live;
    button(ctx, "live.previous", "previous", LiveOp::Previous);
    ImGui::SameLine();
    button(ctx, run.status == RunStatus::Paused ? "live.resume" : "live.pause", "pause", LiveOp::TogglePause);
    ImGui::SameLine();
    button(ctx, "live.next", "next", LiveOp::Next);
    ImGui::SameLine();
    button(ctx, "live.minusFive", "minus5", LiveOp::RemoveFiveMinutes);
    ImGui::SameLine();
    button(ctx, "live.minusMinute", "minus", LiveOp::RemoveMinute);
    ImGui::SameLine();
    button(ctx, "live.plusMinute", "plus", LiveOp::AddMinute);
    ImGui::SameLine();
    button(ctx, "live.plusFive", "plus5", LiveOp::AddFiveMinutes);
    button(ctx, ui.projectorBlank ? "live.unblank" : "live.blank", "blank", LiveOp::ToggleBlank);
    ImGui::SameLine();
    button(ctx, "live.present", "present", LiveOp::StartPresenting);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s", ctx.t("live.keysHint"));
    ImGui::PopStyleColor();
}

// Which table presents now: the projector shows that table's key points.
void presentingTableControls(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    if (session.tables.empty()) return;
    const int index =
        std::clamp(ctx.state.ui.live.presentingTable, 0, static_cast<int>(session.tables.size()) - 1);
    button(ctx, "live.previousTable", "previous-table", LiveOp::PreviousTable);
    ImGui::SameLine();
    button(ctx, "live.nextTable", "next-table", LiveOp::NextTable);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %d / %zu: %s", ctx.t("live.presentingTable"), index + 1, session.tables.size(),
                session.tables[static_cast<std::size_t>(index)].name.c_str());
    ctx.record("live/presenting-table");
}

void monitorChoice(const ViewContext& ctx) {
    const LiveUi& ui = ctx.state.ui.live;
    // One screen: F5 presents in this window. A window forced onto it (--projector-screen) can
    // still be closed here.
    if (ui.monitorCount < 2 && ui.projectorMonitor < 0) return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t("live.monitor"));
    for (int monitor = -1; monitor < std::max(ui.monitorCount, ui.projectorMonitor + 1); ++monitor) {
        ImGui::SameLine();
        const std::string label =
            monitor < 0 ? std::string(ctx.t("live.monitor.none"))
                        : std::string(ctx.t("live.monitor.number")) + " " + std::to_string(monitor + 1);
        if (ImGui::RadioButton((label + "##monitor" + std::to_string(monitor)).c_str(),
                               ui.projectorMonitor == monitor))
            ctx.out.act(ActionKind::Live, std::to_string(monitor), {},
                        static_cast<int>(LiveOp::ChooseMonitor));
        ctx.record("live/monitor/" + std::to_string(monitor));
    }
    // Chosen (or given as --projector-screen) but not there: say so, or the facilitator sees the
    // choice made while the room sees nothing.
    if (ui.projectorMonitor >= ui.monitorCount) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s", ctx.t("live.monitor.missing"));
        ImGui::PopStyleColor();
        ctx.record("live/monitor-missing");
    }
}

void runningView(const ViewContext& ctx, const Session& session, const RunState& run) {
    const std::size_t index = *run.current;
    const Phase& phase = session.phases[index];
    ImGui::PushFont(ctx.headingFont ? ctx.headingFont : ImGui::GetFont());
    ImGui::Text("%s %zu / %zu: %s", ctx.t("live.phase"), index + 1, session.phases.size(),
                phase.title.c_str());
    ImGui::PopFont();
    ctx.record("live/phase-title");
    if (run.status == RunStatus::Paused) {
        ImGui::PushStyleColor(ImGuiCol_Text, warningColour());
        ImGui::TextUnformatted(ctx.t("live.paused"));
        ImGui::PopStyleColor();
    }
    const float factsWidth = ImGui::GetFontSize() * 18;
    ImGui::BeginGroup();
    bigCountdown(ctx, run);
    ImGui::EndGroup();
    ImGui::SameLine(std::max(ImGui::GetContentRegionAvail().x - factsWidth, ImGui::GetFontSize() * 20));
    ImGui::BeginGroup();
    clockFacts(ctx, run);
    ImGui::EndGroup();
    controls(ctx, run);
    if (phase.projector == ProjectorKind::Presentations) presentingTableControls(ctx);
    monitorChoice(ctx);
    ImGui::Separator();
    if (!phase.who.empty()) ImGui::Text("%s %s", ctx.t("live.who"), phase.who.c_str());
    if (!phase.talkingPoints.empty()) ImGui::TextUnformatted(ctx.t("live.talkingPoints"));
    for (const std::string& point : phase.talkingPoints) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", point.c_str());
    }
    ImGui::Separator();
    if (index + 1 < session.phases.size()) {
        const Phase& next = session.phases[index + 1];
        ImGui::Text("%s %s (%d min)", ctx.t("live.nextPhase"), next.title.c_str(), next.plannedMinutes);
    } else {
        ImGui::TextUnformatted(ctx.t("live.lastPhase"));
    }
    squeezeProposal(ctx, run);
    // Ending is rare and asks first; it sits apart from the buttons used all evening.
    ImGui::Separator();
    button(ctx, "live.finish", "finish", LiveOp::AskFinish);
    if (!ctx.state.ui.live.rehearsal) {
        ImGui::SameLine();
        drawRehearseAndReset(ctx, run);
    }
}

} // namespace

LiveSnapshot liveSnapshot(const AppState& state) {
    LiveSnapshot snapshot;
    Problems problems;
    snapshot.plan = planForSession(state.doc.session, problems);
    if (!snapshot.plan) return snapshot;
    const LiveUi& live = state.ui.live;
    snapshot.run = live.rehearsal ? deriveRunState(*snapshot.plan, live.rehearsal->log,
                                                   live.rehearsal->clockAt(live.clock))
                                  : deriveRunState(*snapshot.plan, state.doc.session.run, live.clock);
    return snapshot;
}

void collectLiveKeys(const ViewContext& ctx) {
    const UiState& ui = ctx.state.ui;
    if (ui.notice || ui.confirmUnsaved || ui.fileDialog || ui.live.confirming) return;
    if (ImGui::GetIO().KeyCtrl) return; // Ctrl+ combinations belong to the menu shortcuts
    // A presenter clicker sends PageDown / PageUp: they move the evening on even while a text
    // field has focus (the facilitator may be typing notes when the slide must change).
    if (pressed(kKeyPageDown)) key(ctx, LiveOp::Next);
    if (pressed(kKeyPageUp)) key(ctx, LiveOp::Previous);
    if (ImGui::GetIO().WantTextInput) return;
    if (pressed(kKeySpace)) key(ctx, LiveOp::TogglePause);
    if (pressed(kKeyRight)) key(ctx, LiveOp::Next);
    if (pressed(kKeyLeft)) key(ctx, LiveOp::Previous);
    if (pressed(kKeyDown)) key(ctx, LiveOp::NextTable);
    if (pressed(kKeyUp)) key(ctx, LiveOp::PreviousTable);
    // '+' and '-' as typed characters work on any keyboard layout; the keypad keys also produce
    // them, so the key codes count only when no character came with them.
    const bool plus = typed('+') || typed('=');
    const bool minus = typed('-');
    if (plus || (!typed('+') && pressed(kKeyKeypadAdd))) key(ctx, LiveOp::AddMinute);
    if (minus || (!typed('-') && pressed(kKeyKeypadSubtract))) key(ctx, LiveOp::RemoveMinute);
    if (pressed(kKeyB)) key(ctx, LiveOp::ToggleBlank);
    if (pressed(kKeyF5)) key(ctx, LiveOp::StartPresenting);
    if (pressed(kKeyEscape) && ui.live.presenting) key(ctx, LiveOp::StopPresenting);
}

void drawLive(const ViewContext& ctx) {
    heading(ctx, ctx.t("screen.live.title"));
    collectLiveKeys(ctx);
    drawRehearsalBar(ctx);
    const Session& session = ctx.state.doc.session;
    const LiveSnapshot snapshot = liveSnapshot(ctx.state);
    if (!snapshot.plan || session.phases.empty()) {
        ImGui::TextWrapped("%s", ctx.t(session.phases.empty() ? "live.noPhases" : "live.noPlan"));
        return;
    }
    const RunState& run = snapshot.run;
    switch (run.status) {
    case RunStatus::NotStarted:
        ImGui::TextWrapped("%s %s", ctx.t("live.notStarted"),
                           formatClockTime(snapshot.plan->startMinute).c_str());
        button(ctx, "live.start", "start", LiveOp::AskStart);
        ImGui::SameLine();
        button(ctx, "live.present", "present", LiveOp::StartPresenting);
        drawRehearseAndReset(ctx, run);
        monitorChoice(ctx);
        drawRoomPanel(ctx, snapshot);
        break;
    case RunStatus::Running:
    case RunStatus::Paused:
        runningView(ctx, session, run);
        drawRoomPanel(ctx, snapshot);
        break;
    case RunStatus::Finished:
        ImGui::TextWrapped(
            "%s %s", ctx.t("live.finished"),
            formatClockTimeAt(run.projectedEnd, ctx.state.ui.live.clock.utcOffsetSeconds).c_str());
        drawUndoFinish(ctx);
        drawRehearseAndReset(ctx, run);
        break;
    }
    if (!ctx.state.ui.live.rehearsal) ImGui::TextDisabled("%s", ctx.t("live.factsNotUndoable"));
    // While running, the presenter needs the clock, not history (the Draaiboek screen has the
    // chart all evening); redrawing it every second would also double the frame's cost.
    if (run.status == RunStatus::Finished) drawRunChart(ctx, snapshot);
    ImGui::Separator();
    drawTablesOnline(ctx);
}

} // namespace dlg
