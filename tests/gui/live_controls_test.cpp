// The facilitator's safety net: start and end ask first, the end and a cleared run log can be
// undone, the rehearsal never reaches the session, presentation keys work on every screen (with a
// toast), and a restart mid-evening comes back on Live in the mode it was in.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "../temp_dir.h"
#include "app/chrome/chrome.h"
#include "app/views/live_views.h"
#include "core/model/session_file.h"
#include "core/timeline/timeline_ops.h"
#include "headless.h"

namespace dlg::test {

namespace {

constexpr int kSpace = 32;
constexpr int kRight = 262;
constexpr int kPageDown = 267;
constexpr int kPageUp = 266;
constexpr int kF5 = 294;
constexpr std::int64_t kEvening = 1795544700; // 2026-11-24 19:25 CET
constexpr int kCet = 3600;

Session evening() {
    Session session = sampleSession();
    session.meta.date = "2026-11-24";
    session.meta.start = "19:30";
    const char* titles[] = {"Welkom", "Dialoog", "Pauze"};
    const int minutes[] = {10, 45, 10};
    for (int i = 0; i < 3; ++i) {
        Phase phase;
        phase.id = "ph-" + std::to_string(i + 1);
        phase.title = titles[i];
        phase.plannedMinutes = minutes[i];
        session.phases.push_back(phase);
    }
    return session;
}

void openLive(HeadlessGui& gui, const TempDir& dir, std::int64_t now = kEvening) {
    gui.app().setDocument(evening(), dir.path() / "avond.json");
    gui.app().setClock({now, kCet});
    gui.app().showScreen(Screen::Live);
    gui.frames(2);
}

RunState runState(HeadlessGui& gui) {
    return liveSnapshot(gui.app().state()).run;
}

RunLog onDisk(const TempDir& dir) {
    LoadResult loaded = loadSessionFile(dir.path() / "avond.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return loaded.session->run;
}

void startForReal(HeadlessGui& gui) {
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    REQUIRE(runState(gui).status == RunStatus::Running);
}

} // namespace

TEST_CASE("controls: starting asks first, cancel leaves the evening as it was") {
    HeadlessGui gui(evening());
    TempDir dir("controls");
    openLive(gui, dir);
    gui.click("live/start");
    CHECK(gui.app().state().ui.live.confirming == LiveOp::AskStart);
    CHECK(runState(gui).status == RunStatus::NotStarted);
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/no");
    CHECK_FALSE(gui.app().state().ui.live.confirming);
    CHECK(gui.session().run.events.empty());
    startForReal(gui);
    CHECK(onDisk(dir).events.size() == 1);
}

TEST_CASE("controls: ending asks first, also PageDown on the last phase, and one undo takes it back") {
    HeadlessGui gui(evening());
    TempDir dir("controls");
    openLive(gui, dir);
    startForReal(gui);
    gui.press(kRight);
    gui.press(kRight);
    REQUIRE(*runState(gui).current == 2);
    const std::size_t before = gui.session().run.events.size();
    gui.press(kPageDown); // the clicker on the last phase: a question, not the end
    CHECK(gui.app().state().ui.live.confirming == LiveOp::AskFinish);
    CHECK(gui.session().run.events.size() == before);
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/no");
    CHECK(runState(gui).live());

    gui.click("live/finish");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    REQUIRE(runState(gui).status == RunStatus::Finished);
    CHECK(onDisk(dir).events.back().kind == "stop");
    // One undo step removes the stop event, on disk too: the evening runs on in the same phase.
    gui.click("live/undo-finish");
    CHECK(runState(gui).status == RunStatus::Running);
    CHECK(*runState(gui).current == 2);
    CHECK(gui.session().run.events.size() == before);
    CHECK(onDisk(dir).events.size() == before);
    // And Ctrl+Y ends it again.
    gui.press(letterKey('Y'), true);
    CHECK(runState(gui).status == RunStatus::Finished);
}

TEST_CASE("controls: a trial run can be cleared before the evening, with a question and undo") {
    HeadlessGui gui(evening());
    TempDir dir("controls");
    openLive(gui, dir, kEvening - 12 * 3600); // a try in the morning
    startForReal(gui);
    gui.press(kRight);
    const std::size_t tried = gui.session().run.events.size();
    gui.click("live/reset");
    CHECK(gui.app().state().ui.live.confirming == LiveOp::AskReset);
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    CHECK(gui.session().run.events.empty());
    CHECK(onDisk(dir).events.empty());
    CHECK(runState(gui).status == RunStatus::NotStarted);
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().run.events.size() == tried);
    CHECK(onDisk(dir).events.size() == tried);
}

TEST_CASE("controls: a rehearsal runs the evening on a fast clock and writes nothing to the run log") {
    HeadlessGui gui(evening());
    TempDir dir("controls");
    openLive(gui, dir, kEvening - 2 * 3600); // 17:25, two hours before the evening
    gui.click("live/rehearse");
    gui.frame();
    gui.frame();
    RunState run = runState(gui);
    REQUIRE(run.status == RunStatus::Running);
    CHECK(run.lateSeconds <= 0); // the rehearsal runs on the plan's own clock: not late
    CHECK(gui.probe().items.count("rehearsal/banner") == 1);
    gui.click("rehearsal/speed/60");
    gui.app().setClock({kEvening - 2 * 3600 + 5, kCet}); // five real seconds = five minutes
    CHECK(runState(gui).elapsedSeconds == 5 * 60);
    gui.press(kRight);
    CHECK(*runState(gui).current == 1);
    gui.press(kF5);
    gui.frame();
    CHECK(gui.probe().items.count("rehearsal/mark") == 1); // the room's picture says "Oefening"
    gui.press(256);                                        // Esc
    // Nothing of it in the session or on disk.
    CHECK(gui.session().run.events.empty());
    CHECK_FALSE(std::filesystem::exists(dir.path() / "avond.json"));
    CHECK_FALSE(gui.app().state().doc.history.isDirty());
    gui.click("rehearsal/stop");
    CHECK(runState(gui).status == RunStatus::NotStarted);
}

TEST_CASE("controls: presentation keys work on every screen while the evening runs, with a toast") {
    HeadlessGui gui(evening());
    TempDir dir("controls");
    openLive(gui, dir);
    startForReal(gui);
    gui.app().showScreen(Screen::Outcomes);
    gui.frame();
    gui.press(kPageDown);
    CHECK(*runState(gui).current == 1);
    const auto& toast = gui.app().state().ui.live.toast;
    REQUIRE(toast);
    CHECK(toast->text == "Volgende fase: Dialoog");
    gui.frame();
    CHECK(gui.probe().items.count("toast") == 1);
    gui.press(kSpace);
    CHECK(runState(gui).status == RunStatus::Paused);
    gui.press(kSpace);
    // The toast goes after a few seconds.
    gui.app().setClock({kEvening + kToastSeconds + 1, kCet});
    CHECK_FALSE(gui.app().state().ui.live.toast);

    // While typing, Space is a space; the clicker's PageUp/PageDown still move the evening.
    gui.app().showScreen(Screen::Preparation);
    gui.click("meta/title");
    gui.press(kSpace);
    gui.frame();
    CHECK(runState(gui).status == RunStatus::Running);
    gui.press(kPageUp);
    CHECK(*runState(gui).current == 0);
}

TEST_CASE("controls: after a crash mid-evening the program comes back on Live, presenting as before") {
    TempDir dir("controls");
    Session running = evening();
    Problems problems;
    const Plan plan = *planForSession(running, problems);
    startEvening(running.run, plan, kEvening);
    Settings settings;
    settings.presenting = true; // F5 was on when it crashed
    HeadlessGui gui(evening());
    gui.app().settings() = settings;
    gui.app().setDocument(running, dir.path() / "avond.json");
    CHECK(gui.app().resumeRunningEvening());
    CHECK(gui.app().state().ui.screen == Screen::Live);
    CHECK(gui.app().state().ui.live.presenting);

    HeadlessGui idle(evening());
    idle.app().setDocument(evening(), dir.path() / "other.json");
    CHECK_FALSE(idle.app().resumeRunningEvening());
    CHECK(idle.app().state().ui.screen == Screen::Preparation);
}

TEST_CASE("controls: F5 and Esc remember the presenting mode in the settings") {
    HeadlessGui gui(evening());
    TempDir dir("controls");
    openLive(gui, dir);
    gui.press(kF5);
    CHECK(gui.app().settings().presenting);
    gui.press(256);
    CHECK_FALSE(gui.app().settings().presenting);
}

} // namespace dlg::test
