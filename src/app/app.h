// The GUI without a window: owns the AppState, draws one frame's UI (ImGui only) and applies what
// the views returned between frames. The platform layer (platform_glfw.cpp) drives it; headless
// tests drive it the same way with a bare ImGui context.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <set>
#include <string>

#include "app/state/app_state.h"
#include "app/state/online_journal.h"
#include "app/views/style.h"
#include "app/views/view_context.h"
#include "core/model/session_lock.h"
#include "core/privacy/privacy_guard_cache.h"
#include "core/timeline/timeline_ops.h"

namespace dlg {

class BalancerJob;
struct OnlineService;

class App {
  public:
    /// `assets` holds `i18n/`; `sessionsDir` is where Open lists files. Loads the catalogue of
    /// `settings.language` (a failure becomes a notice, the UI then shows keys).
    App(Settings settings, std::filesystem::path assets, std::filesystem::path sessionsDir);
    ~App(); ///< stops a thorough search still running

    /// Opens `path` as the current evening. Returns false (and shows a notice) when it cannot be read;
    /// `error` then receives the reason.
    bool open(const std::filesystem::path& path, std::string* error = nullptr);

    /// Makes `session` the current evening, with no history; `path` empty = not saved yet (then it
    /// counts as unsaved).
    void setDocument(Session session, std::filesystem::path path);

    /// Off for screenshots: they only look, so they neither take a session's lock nor refuse to
    /// draw a session another program is writing. On by default.
    void setLocking(bool on) { locking_ = on; }

    /// After a restart in the middle of a running evening (a crash): shows Live and comes back in
    /// the presenting mode of the last change (F5 on, the second window's monitor). Does nothing
    /// when the evening is not running. Returns true when it switched.
    bool resumeRunningEvening();

    /// Which screen is shown.
    void showScreen(Screen screen) { state_.ui.screen = screen; }
    /// Fonts to use for headings; set again after every atlas rebuild.
    void setFonts(const FontSet& fonts) { fonts_ = fonts; }
    const FontSet& fonts() const { return fonts_; }

    /// Draws the whole UI for one frame (call between ImGui::NewFrame and ImGui::Render).
    /// `probe` records widget rectangles and `usedKeys` the catalogue keys asked for (tests).
    FrameOutput draw(WidgetProbe* probe = nullptr, std::set<std::string>* usedKeys = nullptr) const;

    /// Draws the second projector window's frame (in that window's ImGui context). It has no
    /// controls, so there is nothing to apply. `probe` records widget rectangles (tests).
    void drawProjectorWindow(WidgetProbe* probe = nullptr) const;

    /// The colour the platform clears the main window with before drawing: the UI's window colour,
    /// or the projector's background while presenting (views then draw no full-screen fill).
    ImVec4 clearColour() const;
    /// The colour to clear the second projector window with.
    ImVec4 projectorClearColour() const;

    /// Applies the edits and actions of a frame. Call after ImGui::Render, before the next NewFrame.
    void apply(FrameOutput output);

    /// "<title>* — dialoogavond"; the `*` marks unsaved changes.
    std::string windowTitle() const;

    /// The window's close button: quits, or first asks about unsaved changes.
    void requestClose();
    /// True once the program should end.
    bool wantsQuit() const { return quit_; }

    /// True once after large-text mode changed: the platform must rebuild the font atlas.
    bool takeFontRebuildRequest();

    /// Sets the wall clock used by the run views (the platform each loop; tests inject it).
    /// Returns true when a live evening's displayed second changed (then a frame is due).
    bool setClock(RunClock clock);
    /// Autosave: writes the file once `kAutosaveDelaySeconds` passed after the last undoable edit,
    /// when the document has a path and is not read-only. `seconds` is a monotonic clock.
    /// Returns true when it saved (the status line changed).
    bool tick(double seconds);
    /// Seconds from `seconds` until tick() has work to do; empty when nothing is pending.
    std::optional<double> autosaveDueIn(double seconds) const;
    /// True while the evening runs (started, not finished): the countdown changes every second.
    bool runIsLive() const;
    /// Presenting mode on (F5): the projector fills the main window.
    void presentProjector() { state_.ui.live.presenting = true; }
    /// True while presenting (F5): the platform then makes the main window full-screen.
    bool presenting() const { return state_.ui.live.presenting; }
    /// The monitors the platform sees now (hot-plugging a projector changes it). Returns true when
    /// the number changed.
    bool setMonitorCount(int count);
    /// Monitor index for the second projector window (-1 = none), as chosen on the Live screen.
    void chooseProjectorMonitor(int monitor) { state_.ui.live.projectorMonitor = monitor; }
    /// The monitor the second projector window should be on now, or -1 for no window.
    int projectorWindowMonitor() const { return projectorWindowMonitorFor(state_.ui.live); }

    /// Called from a worker thread when background work (the thorough search) finished, so the
    /// platform wakes its sleeping loop (glfwPostEmptyEvent).
    void setWake(std::function<void()> wake) { wake_ = std::move(wake); }
    /// Takes the thorough search's result once it is ready and applies it as one undoable step;
    /// meanwhile follows its progress. Returns true when something changed (a frame is due).
    bool pollBackground();
    /// True while the thorough search runs: the platform then wakes a few times a second to move
    /// the progress bar.
    bool backgroundBusy() const { return balancer_ != nullptr; }
    /// Blocks until background work is done, without applying it (tests).
    void waitForBackground();

    /// Tafels online: answers what phones asked (views, edits: each edit one undo step, saved
    /// before the phone hears it is saved) and follows the phones' activity. Returns true when a
    /// frame is due (at most every kOnlineFrameSeconds). Call every loop; cheap when idle.
    bool pollOnline();
    /// Seconds until pollOnline has a frame or a look at the phones due; empty while it is off.
    /// A phone's request wakes the loop itself; this only ages "phones connected" and shows
    /// edits held back by the frame limit.
    std::optional<double> onlineDueIn() const;
    bool onlineRunning() const { return online_ != nullptr; }
    static constexpr double kOnlineRefreshSeconds = 5.0;
    static constexpr double kOnlineFrameSeconds = 1.0;

    const AppState& state() const { return state_; }
    /// The settings; the platform writes the window size here.
    Settings& settings() { return state_.settings; }

  private:
    void handle(const UiAction& action);
    void handleLive(const UiAction& action);        // app_live.cpp
    void noteChanges(const FrameOutput& output);    // app_live.cpp: restarts the autosave debounce
    bool handleLiveControl(const UiAction& action); // app_live_controls.cpp: questions, rehearsal
    RunChange finishUndoable(const Plan& plan);     // app_live_controls.cpp: stop as an undo step
    void resetRun();                                // app_live_controls.cpp: clear the log, undoable
    void saveRunStep();                             // app_live_controls.cpp: a run step is saved at once
    void toastFor(const UiAction& action, const RunChange& change); // what a key did off Live
    void undoOrRedo(bool redo);
    void request(PendingIntent intent);
    void carryOut(const PendingIntent& intent);
    void newSession();
    void saveCurrent(std::optional<PendingIntent> then);
    bool saveTo(const std::filesystem::path& path);
    void showSaveAs(std::optional<PendingIntent> then);
    void showOpen();
    void setLanguage(const std::string& language);
    std::filesystem::path resolveSavePath(const std::string& text) const;
    std::string lockMessage(const LockAttempt& attempt) const;
    bool changedOutside(const std::filesystem::path& path) const;
    void announceResume();       // app_live.cpp: "Hersteld: de avond loopt, fase 3 van 9"
    void startThoroughSearch();  // app_balancer.cpp
    void stopThoroughSearch();   // app_balancer.cpp: the user stops it; the seating stays as it was
    void dropBackgroundWork();   // app_balancer.cpp: another evening is opened; stops the search
    void startImprovement();     // app_balancer.cpp: after Indelen, search on in the background
    void takeOffer(bool accept); // app_balancer.cpp: the better seating offered, applied or dismissed
    void finishImprovement(const BalancerJob& job, FrameOutput& output);

    // app_online.cpp: Tafels online
    void handleOnline(const UiAction& action);
    void resolveOnlineConflict(std::size_t index, const std::string& choiceWord);
    void startOnline();
    void stopOnline();
    void keepOnlineSaved();       // tokens or locks changed outside the undo history: saved at once
    void foldJournal(double now); // a full save when the journal of phone edits is due for one
    void refreshCodes();          // the join links' QR codes

    AppState state_;
    std::filesystem::path assets_;
    FontSet fonts_;
    bool quit_ = false;
    bool fontRebuild_ = false;
    std::function<void()> wake_;
    std::unique_ptr<BalancerJob> balancer_; ///< the running or finished thorough search
    bool locking_ = true;
    SessionLock lock_;                   ///< the open session's write lock (none when read-only)
    std::optional<FileStamp> diskStamp_; ///< the file as we last read or wrote it

    std::unique_ptr<OnlineService> online_; ///< the phone server while "Tafels online" is on
    double onlineRefreshedAt_ = 0;          ///< monotonic seconds of the last look at the phones
    double onlineFrameAt_ = 0;              ///< ... of the last frame asked for by phone edits
    bool onlineRepaint_ = false;            ///< phone edits or activity not shown yet
    OnlineJournal journal_;                 ///< phone edits between full saves
    PrivacyGuardCache phoneGuards_;         ///< checks each phone edit for names
};

} // namespace dlg
