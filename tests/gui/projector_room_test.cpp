// What the room sees, driven from the Live screen: the countdown on timed phases (hidden per phase
// from the Draaiboek), the message to the room, "we beginnen om", "Waar zit ik?" with each theme
// once and as an alphabetical list, the presenter's preview, blackout in plain sight, and the
// facilitator's corner in mirrored mode.
#include <doctest/doctest.h>

#include <imgui_internal.h>

#include "app/views/live_views.h"
#include "app/views/projector_slides.h"
#include "core/model/session_file.h"
#include "headless.h"

namespace dlg::test {

namespace {

constexpr int kRight = 262;
constexpr int kF5 = 294;
constexpr int kB = 'B';
// 2026-11-24 18:25 UTC = 19:25 in CET: five minutes before the planned start.
constexpr std::int64_t kEvening = 1795544700;
constexpr int kCet = 3600;

Phase phase(const std::string& id, const std::string& title, int minutes, ProjectorKind kind) {
    Phase result;
    result.id = id;
    result.title = title;
    result.plannedMinutes = minutes;
    result.projector = kind;
    return result;
}

Session evening() {
    Session session = sampleSession();
    session.phases = {phase("ph-1", "Welkom", 10, ProjectorKind::Welcome),
                      phase("ph-2", "Dialoog", 45, ProjectorKind::Questions),
                      phase("ph-3", "Thematafels", 30, ProjectorKind::Tables)};
    session.guidance.dialogueQuestions = {"Wat vind je belangrijk?"};
    const std::vector<std::pair<std::string, std::string>> people = {
        {"Fatma", "Yılmaz"}, {"Jan", "Bakker"}, {"Eef", "Zwart"}, {"Rachid", "Amrani"}};
    for (std::size_t i = 0; i < people.size(); ++i) {
        Participant person;
        person.id = "p-" + std::to_string(i);
        person.firstName = people[i].first;
        person.lastName = people[i].second;
        session.participants.push_back(person);
        session.assignment.seats[person.id] = i % 2 ? "t-2" : "t-1";
    }
    session.tables = {{"t-1", "Tafel 1: Huiswerk", "th-01", "", 0, Json::object()},
                      {"t-2", "Tafel 2", "th-01", "", 0, Json::object()}};
    return session;
}

void openLive(HeadlessGui& gui) {
    gui.app().setDocument(evening(), {});
    gui.app().setClock({kEvening, kCet});
    gui.app().showScreen(Screen::Live);
    gui.frames(2);
}

/// Starts the evening as a facilitator does: the button, then yes to "Avond starten?".
void startEvening(HeadlessGui& gui) {
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
}

WidgetProbe projectorWindow(HeadlessGui& gui) {
    WidgetProbe probe;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    ImGui::NewFrame();
    gui.app().drawProjectorWindow(&probe);
    ImGui::Render();
    ImGui::GetIO().DisplaySize = display;
    return probe;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t found = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++found;
    return found;
}

} // namespace

TEST_CASE("projector: before the start the welcome says when we begin") {
    HeadlessGui gui(evening());
    openLive(gui);
    const std::string shown = projectorText(gui);
    CHECK(shown.find("We beginnen om 19:30") != std::string::npos);
    CHECK(shown.find("Ouderavond test") != std::string::npos);
}

TEST_CASE("projector: timed phases show a countdown, unless the draaiboek hides it for the phase") {
    HeadlessGui gui(evening());
    openLive(gui);
    startEvening(gui);
    gui.press(kRight); // Dialoog: questions, and the time left
    CHECK(projectorWindow(gui).items.count("projector/countdown") == 1);
    // The Welkom phase of the template hides it; here the facilitator hides it for Dialoog.
    gui.app().showScreen(Screen::RunSheet);
    gui.frames(2);
    gui.click("phase/ph-2/header");
    gui.click("phase/ph-2/showCountdown");
    CHECK_FALSE(gui.session().phases[1].showCountdown);
    CHECK(projectorWindow(gui).items.count("projector/countdown") == 0);
}

TEST_CASE(
    "projector: a message to the room, chosen or typed on Live, shows on every slide until taken away") {
    HeadlessGui gui(evening());
    openLive(gui);
    startEvening(gui);
    gui.click("live/message/live.room.fiveMinutes");
    CHECK(gui.app().state().ui.live.roomMessage == "Nog 5 minuten");
    CHECK(projectorText(gui).find("Nog 5 minuten") != std::string::npos);
    gui.press(kRight); // the next slide keeps it
    CHECK(projectorText(gui).find("Nog 5 minuten") != std::string::npos);
    // Typed text (the field's own Tonen button does the same action).
    FrameOutput typed;
    typed.act(ActionKind::Live, "Koffie staat klaar", {}, static_cast<int>(LiveOp::ShowRoomMessage));
    gui.app().apply(std::move(typed));
    CHECK(gui.app().state().ui.live.roomMessage == "Koffie staat klaar");
    CHECK(projectorText(gui).find("Koffie staat klaar") != std::string::npos);
    gui.frames(2);
    REQUIRE(gui.probe().items.count("live/message/clear") == 1);
    FrameOutput clear;
    clear.act(ActionKind::Live, {}, {}, static_cast<int>(LiveOp::ShowRoomMessage));
    gui.app().apply(std::move(clear));
    CHECK(gui.app().state().ui.live.roomMessage.empty());
    CHECK(projectorText(gui).find("Koffie") == std::string::npos);
}

TEST_CASE("projector: Waar zit ik? names each theme once, and lists everyone by last name on request") {
    HeadlessGui gui(evening());
    openLive(gui);
    startEvening(gui);
    gui.press(kRight);
    gui.press(kRight); // Thematafels
    std::string shown = projectorText(gui);
    CHECK(count(shown, "Huiswerk") == 2); // in "Tafel 1: Huiswerk", and under "Tafel 2", once each
    CHECK(shown.find("Fatma Y.") != std::string::npos);
    CHECK(shown.find("Yılmaz") == std::string::npos);
    gui.frames(2);
    REQUIRE(gui.probe().items.count("live/seating-view") == 1);
    FrameOutput toggle;
    toggle.act(ActionKind::Live, {}, {}, static_cast<int>(LiveOp::ToggleSeatingView));
    gui.app().apply(std::move(toggle));
    CHECK(gui.app().state().ui.live.seatingByName);
    shown = projectorText(gui);
    // Alphabetical by last name: Amrani, Bakker, Yılmaz, Zwart, each with the table's short name.
    CHECK(shown.find("Rachid A.") < shown.find("Jan B."));
    CHECK(shown.find("Jan B.") < shown.find("Fatma Y."));
    CHECK(shown.find("Fatma Y.") < shown.find("Eef Z."));
    CHECK(shown.find("Tafel 1") != std::string::npos);
    CHECK(shown.find("Yılmaz") == std::string::npos);
}

TEST_CASE("live: the presenter sees a preview of the projector and a black projector in plain sight") {
    HeadlessGui gui(evening());
    openLive(gui);
    startEvening(gui);
    CHECK(gui.probe().items.count("live/room-preview") == 1);
    CHECK(gui.probe().items.count("live/room-blank") == 0);
    gui.press(kB);
    gui.frame();
    CHECK(gui.probe().items.count("live/room-blank") == 1);
    // The preview draws the room's slide without recording it as the room's window.
    CHECK(gui.probe().items.count("projector/content") == 0);
}

TEST_CASE("presenting (mirrored): a small corner shows the facilitator the time left and the next phase") {
    HeadlessGui gui(evening());
    openLive(gui);
    startEvening(gui);
    gui.press(kF5);
    ImGui::GetIO().DisplaySize = ImVec2(1366, 768);
    gui.frames(2);
    REQUIRE(gui.probe().items.count("projector/corner") == 1);
    const auto corner = gui.probe().items.at("projector/corner");
    CHECK(corner.max.y - corner.min.y < 0.03f * 768); // discreet: under 3 % of the height
    CHECK(corner.min.y >= 0);
    CHECK(corner.max.x <= 1366);
    CHECK(corner.min.x > 1366 / 2); // in the right-hand corner
    // The room's own window (a second screen) has no corner.
    CHECK(projectorWindow(gui).items.count("projector/corner") == 0);
}

TEST_CASE("projector: Waar zit ik? never breaks a word of a table's name or theme, seated or not") {
    // Seen on the walk: before anyone was seated the cards took the largest size and broke
    // "Aanwezigheid" into "Aanwez / igheid" on a 1366x768 beamer.
    for (const bool seated : {false, true}) {
        LoadResult loaded =
            loadSessionFile(std::filesystem::path(DLG_SOURCE_DIR) / "sessions" / "voorbeeld.json");
        REQUIRE(loaded.session);
        Session session = *loaded.session;
        REQUIRE(session.tables.size() >= 5);
        session.assignment.seats.clear();
        for (std::size_t i = 0; seated && i < session.participants.size(); ++i)
            session.assignment.seats[session.participants[i].id] =
                session.tables[i % session.tables.size()].id;
        HeadlessGui gui(session);
        for (const ImVec2 screen : {ImVec2(1366, 768), ImVec2(1920, 1080)}) {
            ImGui::NewFrame();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(screen);
            ImGui::Begin("seating-test");
            FrameOutput output;
            const AppState& state = gui.app().state();
            const FontSet& fonts = gui.app().fonts(); // the slide fonts, as the projector draws
            const ViewContext ctx{state, Texts(state.catalogue), output, fonts.heading, nullptr, &fonts};
            const projector::Box box{ImVec2(40, 40), ImVec2(screen.x - 40, screen.y - 40)};
            const projector::SeatingCardGrid grid =
                projector::seatingCardGrid(ctx, box, projector::unitRange(ctx, screen.y));
            for (const Table& table : state.doc.session.tables) {
                const float word = projector::widestWord(ctx, table.name, grid.unit, projector::Weight::Bold);
                CHECK_MESSAGE(word <= grid.innerWidth, table.name << " at " << grid.unit << " px in "
                                                                  << grid.innerWidth << " px, seated "
                                                                  << seated);
            }
            ImGui::End();
            ImGui::Render();
        }
    }
}

TEST_CASE("live: on Waar zit ik? the facilitator is told when nobody has a table yet") {
    for (const bool seated : {true, false}) {
        HeadlessGui gui(evening());
        openLive(gui);
        if (!seated) {
            Session session = evening();
            session.assignment.seats.clear();
            gui.app().setDocument(session, {});
            gui.frames(2);
        }
        startEvening(gui);
        gui.press(kRight);
        gui.press(kRight); // Thematafels
        gui.frames(2);
        CHECK(gui.probe().items.count("live/seating-view") == 1);
        CHECK(gui.probe().items.count("live/nobody-seated") == (seated ? 0u : 1u));
    }
}

} // namespace dlg::test
