// The Indeling screen: Indelen through the button, drag-and-drop between cards, the preview of a
// move, and pinning.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "app/chrome/chrome.h"
#include "app/state/people_logic.h"
#include "people_fixture.h"

namespace dlg::test {

namespace {

bool pinned(const Session& session, const std::string& id) {
    const auto& list = session.assignment.pinned;
    return std::find(list.begin(), list.end(), id) != list.end();
}

// A seating of peopleSession() that keeps every hard rule (checked in the test that uses it).
Session seatedSession() {
    Session session = peopleSession();
    session.assignment.seats = {{"p-01", "t-1"}, {"p-03", "t-1"}, {"p-04", "t-1"}, {"p-07", "t-1"},
                                {"p-02", "t-2"}, {"p-05", "t-2"}, {"p-06", "t-2"}, {"p-08", "t-2"}};
    return session;
}

} // namespace

TEST_CASE("indeling: the Indelen button seats everyone within the hard rules, as one undo step") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/assign");
    const Session& session = gui.session();
    CHECK(session.assignment.seats.size() == 8);
    const AssignResult check = evaluateSeating(session, session.assignment.seats, guiAssignOptions(session));
    CHECK(check.hardViolations.empty());
    CHECK(session.assignment.seats.at("p-01") == "t-1"); // leaders at their own table
    CHECK(session.assignment.seats.at("p-02") == "t-2");
    CHECK(session.assignment.seats.at("p-05") == session.assignment.seats.at("p-06")); // family together
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().assignment.seats.empty());
}

TEST_CASE("indeling: Grondig indelen runs beside the window and lands as one undo step") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/thorough");
    // The search runs on a worker thread: the screen and the status line say so, and no other
    // seating run can start meanwhile.
    CHECK(gui.app().state().ui.people.thoroughBusy);
    CHECK(gui.app().state().ui.status == "Bezig met grondig indelen\u2026");
    gui.frame();
    CHECK(gui.probe().items.count("indeling/thoroughBusy") == 1);
    gui.click("indeling/assign");
    CHECK(gui.session().assignment.seats.empty());
    gui.app().waitForBackground();
    CHECK(gui.app().pollBackground());
    CHECK_FALSE(gui.app().pollBackground()); // taken once
    gui.frame();
    CHECK_FALSE(gui.app().state().ui.people.thoroughBusy);
    const Session& session = gui.session();
    REQUIRE(session.assignment.seats.size() == 8);
    const AssignResult check = evaluateSeating(session, session.assignment.seats, guiAssignOptions(session));
    CHECK(check.hardViolations.empty());
    CHECK(session.assignment.seats.at("p-05") == session.assignment.seats.at("p-06")); // family together
    CHECK(gui.app().state().doc.history.undoLabel() == "Grondig indelen");
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().assignment.seats.empty());
}

TEST_CASE("indeling: while the thorough search runs, polling follows its progress") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/thorough");
    // The first change the poll reports is progress (the search takes a few million steps, one
    // percent of them long before the seating is ready); no time limit is asserted.
    bool changed = false;
    for (int tries = 0; tries < 60000 && !changed; ++tries) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        changed = gui.app().pollBackground();
    }
    REQUIRE(changed);
    CHECK(gui.app().state().ui.people.thoroughBusy);
    CHECK(gui.app().state().ui.people.thoroughPercent > 0);
    CHECK(gui.app().state().ui.people.thoroughPercent < 100);
    CHECK(gui.session().assignment.seats.empty());
    gui.app().waitForBackground();
    CHECK(gui.app().pollBackground()); // then the seating lands
    CHECK(gui.session().assignment.seats.size() == 8);
}

TEST_CASE("indeling: the running thorough search shows its progress and can be stopped") {
    Session seated = seatedSession();
    HeadlessGui gui(seated);
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/thorough");
    REQUIRE(gui.app().state().ui.people.thoroughBusy);
    REQUIRE(gui.app().backgroundBusy());
    gui.frame();
    CHECK(gui.probe().items.count("indeling/thoroughProgress") == 1);
    CHECK(gui.probe().items.count("indeling/thoroughStop") == 1);
    gui.click("indeling/thoroughStop");
    CHECK_FALSE(gui.app().state().ui.people.thoroughBusy);
    CHECK_FALSE(gui.app().backgroundBusy());
    CHECK(gui.app().state().ui.status == "Grondig indelen gestopt; de indeling is niet veranderd.");
    CHECK_FALSE(gui.app().pollBackground()); // nothing lands later
    gui.frame();
    CHECK(gui.session().assignment.seats == seated.assignment.seats);
    CHECK_FALSE(gui.app().state().ui.notice.has_value());
    CHECK_FALSE(gui.app().state().doc.history.canUndo());
}

TEST_CASE("indeling: a thorough result is dropped with a notice when the seating changed meanwhile") {
    Session seated = seatedSession();
    HeadlessGui gui(seated);
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/thorough");
    gui.click("indeling/pin/p-04"); // an edit while the search runs
    REQUIRE(pinned(gui.session(), "p-04"));
    gui.app().waitForBackground();
    CHECK(gui.app().pollBackground());
    CHECK(gui.session().assignment.seats == seated.assignment.seats);
    REQUIRE(gui.app().state().ui.notice.has_value());
    CHECK(gui.app().state().ui.notice->title == "Grondig indelen");
    CHECK(gui.app().state().doc.history.undoLabel() == "Vastzetten");
}

TEST_CASE("indeling: opening another evening while the thorough search runs drops its result") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/thorough");
    REQUIRE(gui.app().state().ui.people.thoroughBusy);
    const Session other = seatedSession();
    gui.app().setDocument(other, {});
    CHECK_FALSE(gui.app().state().ui.people.thoroughBusy);
    CHECK_FALSE(gui.app().pollBackground());
    gui.frame();
    CHECK(gui.session().assignment.seats == other.assignment.seats);
    CHECK_FALSE(gui.app().state().ui.notice.has_value());
}

TEST_CASE("indeling: Grondig indelen is not offered while the evening runs") {
    Session session = peopleSession();
    RunEvent start;
    start.kind = run_event::kStart;
    session.run.events.push_back(start);
    HeadlessGui gui(session);
    REQUIRE(gui.app().runIsLive());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/thorough");
    CHECK_FALSE(gui.app().state().ui.people.thoroughBusy);
    CHECK_FALSE(gui.app().pollBackground());
    CHECK(gui.session().assignment.seats.empty());
}

TEST_CASE("indeling: Herverdelen seats a walk-in without moving anyone else") {
    Session session = seatedSession();
    for (Participant& p : session.participants)
        p.present = true;
    Participant late;
    late.id = "p-09";
    late.firstName = "Lotte";
    late.grades = {"7"};
    late.present = true;
    session.participants.push_back(late);
    HeadlessGui gui(session);
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/rebalance");
    CHECK(gui.session().assignment.seats.count("p-09") == 1);
    for (const auto& [id, table] : seatedSession().assignment.seats)
        CHECK(gui.session().assignment.seats.at(id) == table);
}

TEST_CASE("indeling: dragging a person onto another card moves them, undo moves them back") {
    Session session = seatedSession();
    REQUIRE(
        evaluateSeating(session, session.assignment.seats, guiAssignOptions(session)).hardViolations.empty());
    HeadlessGui gui(session);
    gui.app().showScreen(Screen::Assignment);
    gui.frames(2);
    const auto from = gui.probe().items.at("indeling/member/p-07").center();
    const auto to = gui.probe().items.at("indeling/card/t-2").center();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    gui.frame();
    io.MouseDown[0] = true;
    gui.frame();
    // Move in steps past the drag threshold, then over the target card, as a hand would.
    for (int step = 1; step <= 6; ++step) {
        io.MousePos = ImVec2(from.x + (to.x - from.x) * static_cast<float>(step) / 6,
                             from.y + (to.y - from.y) * static_cast<float>(step) / 6);
        gui.frame();
    }
    CHECK(gui.session().assignment.seats.at("p-07") == "t-1"); // nothing moves before the drop
    io.MouseDown[0] = false;
    gui.frames(2);
    CHECK(gui.session().assignment.seats.at("p-07") == "t-2");
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().assignment.seats.at("p-07") == "t-1");
}

TEST_CASE("indeling: the move preview agrees with the seating after the move") {
    const Session session = seatedSession();
    // Moving a table leader away breaks a hard rule; the preview says so before the drop.
    const MovePreview leaderAway = previewMove(session, "p-01", "t-2");
    CHECK(leaderAway.violationsBefore.empty());
    CHECK_FALSE(leaderAway.violationsAfter.empty());

    const MovePreview preview = previewMove(session, "p-07", "t-2");
    Session moved = session;
    moveSeatCommand("move", "p-07", "t-1", "t-2").apply(moved);
    CHECK(moved.assignment.seats.at("p-07") == "t-2");
    const AssignResult after = evaluateSeating(moved, moved.assignment.seats, guiAssignOptions(moved));
    CHECK(preview.after.total == doctest::Approx(after.objective.total));
    CHECK(preview.violationsAfter.size() == after.hardViolations.size());
    // Sizes 3 and 5 differ by two: the move breaks the size rule.
    CHECK_FALSE(preview.violationsAfter.empty());
}

TEST_CASE("indeling: the pin box toggles the pin, undo restores it") {
    HeadlessGui gui(seatedSession());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/pin/p-04");
    CHECK(pinned(gui.session(), "p-04"));
    gui.click("indeling/pin/p-04");
    CHECK_FALSE(pinned(gui.session(), "p-04"));
    gui.press(letterKey('Z'), true);
    CHECK(pinned(gui.session(), "p-04"));
}

TEST_CASE("indeling: a card warns about a leader at another table and a split family") {
    Session session = seatedSession();
    session.assignment.seats["p-01"] = "t-2";
    session.assignment.seats["p-06"] = "t-1";
    const AssignResult result = evaluateSeating(session, session.assignment.seats, guiAssignOptions(session));
    REQUIRE(result.tables.size() == 2);
    auto keysOf = [&](const TableReport& table) {
        std::vector<std::string> keys;
        for (const TableWarning& w : tableWarnings(session, result, table))
            keys.push_back(w.key);
        return keys;
    };
    const auto first = keysOf(result.tables[0]);
    CHECK(std::count(first.begin(), first.end(), "indeling.warn.leaderElsewhere") == 1);
    CHECK(std::count(first.begin(), first.end(), "indeling.warn.familySplit") == 1);
    const auto second = keysOf(result.tables[1]);
    CHECK(std::count(second.begin(), second.end(), "indeling.warn.familySplit") == 1);
    CHECK(std::count(second.begin(), second.end(), "indeling.warn.leaderElsewhere") == 0);
}

} // namespace dlg::test
