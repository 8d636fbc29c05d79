// The Live screen, the projector and the Draaiboek editor, driven by simulated keys and clicks with
// an injected clock; the run log must reach the session file at once.
#include <doctest/doctest.h>

#include <filesystem>

#include <imgui_internal.h>

#include "../temp_dir.h"
#include "app/chrome/chrome.h"
#include "app/views/live_views.h"
#include "core/model/session_file.h"
#include "headless.h"

namespace dlg::test {

namespace {

// GLFW key numbers, as the platform's ImGui backend reports them.
constexpr int kSpace = 32;
constexpr int kEscape = 256;
constexpr int kRight = 262;
constexpr int kLeft = 263;
constexpr int kPageDown = 267;
constexpr int kDown = 264;
constexpr int kUp = 265;
constexpr int kF5 = 294;
constexpr int kKeypadAdd = 334;

// 2026-11-24 18:25 UTC = 19:25 in CET: five minutes before the planned start.
constexpr std::int64_t kEvening = 1795544700;
constexpr int kCet = 3600;

Phase phase(const std::string& id, const std::string& title, int minutes, ProjectorKind kind) {
    Phase result;
    result.id = id;
    result.title = title;
    result.plannedMinutes = minutes;
    result.projector = kind;
    result.talkingPoints = {"Geheim gesprekspunt " + id};
    result.remarks = "Privé opmerking " + id;
    return result;
}

Session eveningSession() {
    Session session = sampleSession();
    session.meta.latestEnd = "21:00";
    session.phases = {phase("ph-1", "Welkom", 10, ProjectorKind::Welcome),
                      phase("ph-2", "Dialoog", 45, ProjectorKind::Questions),
                      phase("ph-3", "Pauze", 10, ProjectorKind::Break)};
    session.guidance.dialogueQuestions = {"Wat vindt u belangrijk?"};
    return session;
}

/// A GUI on the Live screen with the evening saved in `dir`, the clock at `now`.
void openLive(HeadlessGui& gui, const TempDir& dir, std::int64_t now = kEvening) {
    gui.app().setDocument(eveningSession(), dir.path() / "avond.json");
    gui.app().setClock({now, kCet});
    gui.app().showScreen(Screen::Live);
    gui.frames(2);
}

RunState runState(HeadlessGui& gui) {
    return liveSnapshot(gui.app().state()).run;
}

Session onDisk(const TempDir& dir) {
    LoadResult loaded = loadSessionFile(dir.path() / "avond.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return *loaded.session;
}

} // namespace

TEST_CASE("live: start, then the right arrow and PageDown move on, each step is saved at once") {
    HeadlessGui gui(eveningSession());
    TempDir dir("live");
    openLive(gui, dir);
    CHECK(runState(gui).status == RunStatus::NotStarted);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    REQUIRE(runState(gui).status == RunStatus::Running);
    CHECK(*runState(gui).current == 0);
    CHECK(onDisk(dir).run.events.size() == 1);

    gui.app().setClock({kEvening + 300, kCet});
    gui.press(kRight);
    REQUIRE(gui.session().run.events.size() == 2);
    CHECK(gui.session().run.events.back().kind == "goto");
    CHECK(gui.session().run.events.back().phaseId == "ph-2");
    CHECK(gui.session().run.events.back().at == kEvening + 300);
    CHECK(*runState(gui).current == 1);
    CHECK(onDisk(dir).run.events.size() == 2);

    gui.press(kPageDown);
    CHECK(*runState(gui).current == 2);
    gui.press(kLeft);
    CHECK(*runState(gui).current == 1);
    // Run steps are facts, not edits: nothing to undo.
    CHECK_FALSE(gui.app().state().doc.history.canUndo());
}

TEST_CASE("live: Space pauses and resumes, + and the keypad add a minute, the buttons five") {
    HeadlessGui gui(eveningSession());
    TempDir dir("live");
    openLive(gui, dir);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    gui.press(kSpace);
    CHECK(runState(gui).status == RunStatus::Paused);
    gui.app().setClock({kEvening + 60, kCet});
    gui.press(kSpace);
    CHECK(runState(gui).status == RunStatus::Running);

    const std::int64_t before = runState(gui).durationSeconds;
    gui.type("+");
    CHECK(runState(gui).durationSeconds == before + 60);
    gui.press(kKeypadAdd);
    CHECK(runState(gui).durationSeconds == before + 120);
    gui.type("-");
    CHECK(runState(gui).durationSeconds == before + 60);
    CHECK(onDisk(dir).run.events.size() == gui.session().run.events.size());
    // The buttons take five minutes at a time.
    gui.click("live/plus5");
    CHECK(runState(gui).durationSeconds == before + 360);
    gui.click("live/minus5");
    gui.click("live/minus5");
    CHECK(runState(gui).durationSeconds == before - 240);
}

TEST_CASE("live: an overrun is shown and the squeeze proposal can be applied") {
    HeadlessGui gui(eveningSession());
    // Phase 2 may shrink; start late so the evening would end after 21:00.
    auto session = eveningSession();
    session.phases[1].flexible = true;
    session.phases[1].minimumMinutes = 20;
    gui.app().setDocument(session, {});
    gui.app().setClock({kEvening + 3600, kCet});
    gui.app().showScreen(Screen::Live);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    const RunState late = runState(gui);
    REQUIRE(late.squeeze.needed());
    gui.click("live/squeeze-apply");
    CHECK(runState(gui).lateSeconds < late.lateSeconds);
    // Without a file the step is done but the status line says it was not saved.
    CHECK(gui.app().state().ui.status == gui.app().state().catalogue.text("live.notSavedNotUndoable"));
}

TEST_CASE("live: B blanks the projector, F5 presents it full-window in black, Esc returns") {
    HeadlessGui gui(eveningSession());
    TempDir dir("live");
    openLive(gui, dir);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    gui.press(letterKey('B'));
    CHECK(gui.app().state().ui.live.projectorBlank);
    gui.press(kF5);
    REQUIRE(gui.app().state().ui.live.presenting);
    gui.frame();
    // The platform clears the window in black and nothing is drawn on top but black.
    const ImVec4 clear = gui.app().clearColour();
    CHECK(clear.x + clear.y + clear.z == 0.0f);
    const ImDrawData* data = ImGui::GetDrawData();
    REQUIRE(data);
    for (int list = 0; list < data->CmdListsCount; ++list) {
        for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer)
            CHECK((vertex.col & 0x00FFFFFF) == 0); // ABGR: every vertex black
    }
    CHECK(gui.probe().items.count("projector/content") == 0);

    gui.press(letterKey('B'));
    CHECK_FALSE(gui.app().state().ui.live.projectorBlank);
    CHECK(gui.app().clearColour().z > 0.0f); // the projector's dark blue again
    // The keys still work while presenting.
    gui.press(kRight);
    CHECK(*runState(gui).current == 1);
    gui.press(kEscape);
    CHECK_FALSE(gui.app().state().ui.live.presenting);
}

TEST_CASE("live: with two monitors the projector window goes to the chosen one and follows unplugging") {
    HeadlessGui gui(eveningSession());
    TempDir dir("live");
    openLive(gui, dir);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    // One monitor: F5 is the way to present, no choice is offered.
    CHECK(gui.probe().items.count("live/monitor/0") == 0);
    CHECK(gui.app().projectorWindowMonitor() == -1);

    CHECK(gui.app().setMonitorCount(2));
    CHECK_FALSE(gui.app().setMonitorCount(2));
    gui.frames(2);
    gui.click("live/monitor/1");
    CHECK(gui.app().projectorWindowMonitor() == 1);
    // The projector is unplugged: no window; plugged back in: the window returns there.
    gui.app().setMonitorCount(1);
    CHECK(gui.app().projectorWindowMonitor() == -1);
    gui.frames(2);
    CHECK(gui.probe().items.count("live/monitor-missing") == 1); // said, not silently nothing
    gui.app().setMonitorCount(2);
    gui.frames(2);
    WidgetProbe now; // gui.probe() keeps what earlier frames recorded
    ImGui::NewFrame();
    FrameOutput output = gui.app().draw(&now);
    ImGui::Render();
    gui.app().apply(std::move(output));
    CHECK(now.items.count("live/monitor/1") == 1);
    CHECK(now.items.count("live/monitor-missing") == 0);
    CHECK(gui.app().projectorWindowMonitor() == 1);
    gui.frames(2);
    gui.click("live/monitor/-1");
    CHECK(gui.app().projectorWindowMonitor() == -1);
    // The choice is a view setting, not an edit of the evening.
    CHECK_FALSE(gui.app().state().doc.history.canUndo());
}

TEST_CASE("projector window: the room's picture without controls or private notes") {
    HeadlessGui gui(eveningSession());
    TempDir dir("live");
    openLive(gui, dir);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    gui.press(kRight);    // Dialoog: the dialogue questions
    gui.press(kPageDown); // Pauze: the break slide with its countdown
    WidgetProbe probe;
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080); // a full-HD projector
    ImGui::NewFrame();
    gui.app().drawProjectorWindow(&probe);
    ImGui::Render();
    // The same picture as presenting mode (whose texts the next test checks), and no buttons.
    CHECK(probe.items.count("projector/content") == 1);
    CHECK(probe.items.count("projector/countdown") == 1);
    CHECK(probe.items.count("live/next") == 0);
    CHECK(probe.items.count("live/start") == 0);
    // The countdown's digits (about 0.73 of the line in DejaVu Sans Bold) are at least 15 % of
    // the screen height.
    const auto countdown = probe.items.at("projector/countdown");
    CHECK(0.73f * (countdown.max.y - countdown.min.y) >= 0.15f * 1080);
    // Drawing the room's window is no presenting mode: the laptop keeps its controls.
    CHECK_FALSE(gui.app().state().ui.live.presenting);
}

TEST_CASE("projector: public texts only, people as first name and initial, grouped per table") {
    Session session = eveningSession();
    session.phases.push_back(phase("ph-4", "Thematafels", 30, ProjectorKind::Tables));
    Participant parent;
    parent.id = "p-1";
    parent.firstName = "Fatma";
    parent.lastName = "Yılmaz";
    parent.email = "fatma@example.org";
    parent.languageSupport = "tr";
    session.participants = {parent};
    session.tables = {{"t-1", "Tafel 1", "th-01", "", 0, Json::object()}};
    session.assignment.seats = {{"p-1", "t-1"}};
    HeadlessGui gui(session);
    gui.app().setDocument(session, {});
    gui.app().setClock({kEvening, kCet});
    gui.app().showScreen(Screen::Live);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    gui.press(kRight); // Dialoog: the dialogue questions
    gui.press(kF5);
    std::string shown = projectorText(gui);
    CHECK(shown.find("Wat vindt u belangrijk?") != std::string::npos);
    CHECK(shown.find("Geheim") == std::string::npos);
    CHECK(shown.find("Privé") == std::string::npos);

    gui.press(kRight);
    gui.press(kRight); // Thematafels: who sits where
    shown = projectorText(gui);
    CHECK(shown.find("Fatma Y.") != std::string::npos);
    CHECK(shown.find("Tafel 1") != std::string::npos);
    CHECK(shown.find("Huiswerk") != std::string::npos); // the table's theme
    CHECK(shown.find("Yılmaz") == std::string::npos);
    CHECK(shown.find("@") == std::string::npos);
    CHECK(shown.find("Geheim") == std::string::npos);
    CHECK(publicName(parent) == "Fatma Y.");
}

TEST_CASE("projector: during the presentations each table's key points in turn, proposals ranked by votes") {
    Session session = eveningSession();
    session.phases = {phase("ph-1", "Presentaties", 20, ProjectorKind::Presentations)};
    session.tables = {{"t-1", "Tafel 1", "th-01", "", 0, Json::object()},
                      {"t-2", "Tafel 2", "th-01", "", 0, Json::object()}};
    TableOutcome first;
    first.tableId = "t-1";
    first.goesWell = {"De leerkracht belt snel"};
    first.proposals = {{"pr-1", "Vast belmoment", "school", "", 2, Json::object()},
                       {"pr-2", "Filmpje over verlof", "samen", "", 9, Json::object()}};
    first.notes = "Geheime notitie";
    TableOutcome second;
    second.tableId = "t-2";
    second.ideas = {"Koffieochtend per groep"};
    session.outcomes.tables = {first, second};
    HeadlessGui gui(session);
    gui.app().setDocument(session, {});
    gui.app().setClock({kEvening, kCet});
    gui.app().showScreen(Screen::Live);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    gui.press(kF5);
    std::string shown = projectorText(gui);
    CHECK(shown.find("Tafel 1") != std::string::npos);
    CHECK(shown.find("De leerkracht belt snel") != std::string::npos);
    CHECK(shown.find("Koffieochtend") == std::string::npos);
    CHECK(shown.find("Geheime notitie") == std::string::npos);
    // Ranked by dot votes: the 9-vote proposal comes first.
    CHECK(shown.find("Filmpje over verlof (9)") < shown.find("Vast belmoment (2)"));

    gui.press(kDown); // the next table presents; the keys work while presenting
    CHECK(gui.app().state().ui.live.presentingTable == 1);
    shown = projectorText(gui);
    CHECK(shown.find("Koffieochtend per groep") != std::string::npos);
    CHECK(shown.find("De leerkracht belt snel") == std::string::npos);
    gui.press(kDown); // no table after the last
    CHECK(gui.app().state().ui.live.presentingTable == 1);
    gui.press(kUp);
    CHECK(gui.app().state().ui.live.presentingTable == 0);
    // In the presenter view, buttons do the same.
    gui.press(kEscape);
    gui.frames(2);
    gui.click("live/next-table");
    CHECK(gui.app().state().ui.live.presentingTable == 1);
}

TEST_CASE("draaiboek: reorder, duplicate, delete and minutes are undoable") {
    HeadlessGui gui(eveningSession());
    gui.app().showScreen(Screen::RunSheet);
    gui.frames(2);
    gui.click("phase/ph-2/header");
    gui.click("phase/ph-2/up");
    REQUIRE(gui.session().phases[0].id == "ph-2");
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().phases[0].id == "ph-1");

    gui.click("phase/ph-2/duplicate");
    REQUIRE(gui.session().phases.size() == 4);
    CHECK(gui.session().phases[2].title == "Dialoog");
    CHECK(gui.session().phases[2].id != "ph-2");
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().phases.size() == 3);

    gui.click("phase/ph-2/delete");
    CHECK(gui.session().phases.size() == 2);
    gui.press(letterKey('Z'), true);
    REQUIRE(gui.session().phases.size() == 3);
    CHECK(gui.session().phases[1].id == "ph-2");

    gui.click("phase/ph-2/minutes");
    gui.press(letterKey('A'), true);
    gui.type("30");
    CHECK(gui.session().phases[1].plannedMinutes == 30);
    gui.frame();
    CHECK(gui.probe().items.count("runsheet/total") == 1);
    gui.click("nav/draaiboek"); // focus away seals the typing step
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().phases[1].plannedMinutes == 45);
}

TEST_CASE("draaiboek: a plan past the latest end shows the warning") {
    Session session = eveningSession();
    session.meta.latestEnd = "20:00";
    HeadlessGui gui(session);
    gui.app().showScreen(Screen::RunSheet);
    gui.frames(2);
    CHECK(gui.probe().items.count("runsheet/late") == 1);
}

TEST_CASE("autosave: a burst of edits is written once, a second after the last one") {
    TempDir dir("live");
    const auto path = dir.path() / "avond.json";
    HeadlessGui gui(eveningSession());
    gui.app().setDocument(eveningSession(), path);
    CHECK_FALSE(gui.app().tick(0.0));
    gui.click("checklist/c-01/done");
    CHECK_FALSE(gui.app().tick(0.1));
    gui.click("checklist/c-02/done");
    CHECK_FALSE(gui.app().tick(0.5));
    gui.click("checklist/c-01/done");
    CHECK_FALSE(gui.app().tick(0.9));
    CHECK_FALSE(gui.app().tick(1.8)); // 0.9 s after the last edit: still waiting
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(gui.app().tick(1.95));
    REQUIRE(std::filesystem::exists(path));
    CHECK(onDisk(dir).preparation[1].done == false);
    CHECK_FALSE(gui.app().state().doc.history.isDirty());
    std::filesystem::remove(path);
    CHECK_FALSE(gui.app().tick(5.0));
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK_FALSE(gui.app().autosaveDueIn(5.0));
}

} // namespace dlg::test
