// The Deelnemers screen driven by simulated mouse and keyboard: check-in, walk-ins, search and
// filters, delete with undo, and the CSV import dialog.
#include <doctest/doctest.h>

#include <fstream>

#include "../temp_dir.h"
#include "app/chrome/chrome.h"
#include "app/state/people_logic.h"
#include "people_fixture.h"

namespace dlg::test {

namespace {

constexpr int kEnter = 257;

// Participant rows drawn in one frame (a fresh probe, so rows of earlier frames do not count).
int drawnRows(HeadlessGui& gui) {
    ImGui::NewFrame();
    WidgetProbe probe;
    FrameOutput output = gui.app().draw(&probe);
    ImGui::Render();
    gui.app().apply(std::move(output));
    int rows = 0;
    for (const auto& [name, rect] : probe.items)
        rows += name.rfind("people/row/", 0) == 0 ? 1 : 0;
    return rows;
}

void act(HeadlessGui& gui, const std::string& key, std::string text = {}, int number = 0) {
    FrameOutput output;
    output.act(ActionKind::People, std::move(text), key, number);
    gui.app().apply(std::move(output));
    gui.frames(2);
}

} // namespace

TEST_CASE("deelnemers: check-in by typing a name and Enter marks that person present, undo reverts it") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Participants);
    gui.click("people/checkin-mode");
    gui.frames(2);
    // The search field has the focus on open: typing goes straight into it.
    gui.type("zoe sah");
    CHECK(gui.app().state().ui.people.checkInQuery == "zoe sah");
    REQUIRE_FALSE(findParticipant(gui.session(), "p-03")->present);
    gui.press(kEnter);
    CHECK(findParticipant(gui.session(), "p-03")->present);
    CHECK(gui.app().state().ui.people.lastCheckedIn == "Zoë Şahin");
    gui.frame();
    CHECK(gui.probe().items.count("checkin/feedback") == 1);
    // Nobody else was touched.
    for (const Participant& p : gui.session().participants)
        if (p.id != "p-03") CHECK_FALSE(p.present);

    gui.press(letterKey('Z'), true);
    CHECK_FALSE(findParticipant(gui.session(), "p-03")->present);
}

TEST_CASE("deelnemers: clicking a check-in result marks that person, not the top one") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Participants);
    gui.click("people/checkin-mode");
    gui.frames(2);
    gui.type("amrani");
    gui.click("checkin/result/p-06");
    CHECK(findParticipant(gui.session(), "p-06")->present);
    CHECK_FALSE(findParticipant(gui.session(), "p-05")->present);
}

TEST_CASE("deelnemers: a walk-in added from check-in is on the list and present") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Participants);
    gui.click("people/checkin-mode");
    gui.frames(2);
    gui.type("Noor van Bakel");
    const std::size_t before = gui.session().participants.size();
    gui.click("checkin/walkin/add");
    REQUIRE(gui.session().participants.size() == before + 1);
    const Participant& added = gui.session().participants.back();
    CHECK(added.present);
    CHECK(added.firstName == "Noor");
    CHECK((added.role == Role::Parent));
    CHECK(findParticipant(gui.session(), added.id) == &added);
    CHECK(countPresence(gui.session()).parentsPresent == 1);
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().participants.size() == before);
}

TEST_CASE("deelnemers: search and filters hide rows that do not match") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Participants);
    gui.frames(2);
    CHECK(drawnRows(gui) == 8);
    gui.click("people/search");
    gui.type("AMRANI");
    CHECK(drawnRows(gui) == 2);
    gui.click("people/counts"); // leave the field: while it has focus, its own text wins
    act(gui, "search", "");
    act(gui, "role", "medewerker");
    CHECK(drawnRows(gui) == 2);
    act(gui, "role", "");
    act(gui, "grade", "5");
    CHECK(drawnRows(gui) == 2);
    act(gui, "grade", "");
    act(gui, "present", {}, 1);
    CHECK(drawnRows(gui) == 0);
}

TEST_CASE("deelnemers: deleting a participant is undoable, seat and pin included") {
    Session session = peopleSession();
    session.assignment.seats = {{"p-04", "t-2"}};
    session.assignment.pinned = {"p-04"};
    HeadlessGui gui(session);
    gui.app().showScreen(Screen::Participants);
    gui.frames(2); // the columns fit their contents in the first frames; the button moves with them
    gui.click("people/p-04/delete");
    CHECK(findParticipant(gui.session(), "p-04") == nullptr);
    CHECK(gui.session().assignment.seats.empty());
    CHECK(gui.session().assignment.pinned.empty());
    gui.press(letterKey('Z'), true);
    REQUIRE(gui.session().participants.size() == 8);
    CHECK(gui.session().participants[3].id == "p-04");
    CHECK(gui.session().assignment.seats.at("p-04") == "t-2");
    CHECK(gui.session().assignment.pinned == std::vector<std::string>{"p-04"});
}

TEST_CASE("deelnemers: clicking a row opens the edit panel, clicking it again closes it") {
    HeadlessGui gui(peopleSession());
    gui.app().showScreen(Screen::Participants);
    gui.click("people/row/p-07");
    CHECK(gui.app().state().ui.people.editingId == "p-07");
    gui.frame();
    CHECK(gui.probe().items.count("people/p-07/grades") == 1);
    gui.click("people/edit/close");
    CHECK(gui.app().state().ui.people.editingId.empty());
}

TEST_CASE("deelnemers: import dialog previews without changing, Importeren applies as one step") {
    const TempDir folder("people-import");
    const auto dir = folder.path();
    const auto csv = dir / "ouders.csv";
    {
        std::ofstream out(csv);
        out << "Voornaam;Tussenvoegsel;Achternaam;Groep;BSN\n"
               "Els;;Mulder;4;\n"
               "Rik;van;Leeuwen;6;\n";
    }
    HeadlessGui gui(peopleSession(), "nl", dir);
    gui.app().showScreen(Screen::Participants);
    gui.click("people/import");
    REQUIRE(gui.app().state().ui.people.import.has_value());
    CHECK(gui.app().state().ui.people.import->candidates.size() >= 1);
    act(gui, "import/path", csv.string());
    gui.click("import/preview");
    const auto& preview = gui.app().state().ui.people.import->preview;
    REQUIRE(preview.has_value());
    CHECK(preview->added.size() == 2);
    CHECK(gui.session().participants.size() == 8); // a dry run
    gui.click("import/apply");
    CHECK(gui.session().participants.size() == 10);
    CHECK_FALSE(gui.app().state().ui.people.import.has_value());
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().participants.size() == 8);
    std::filesystem::remove_all(dir);
}

TEST_CASE("deelnemers: name matching ignores case, accents and order of words") {
    const Session session = peopleSession();
    const Participant& zoe = session.participants[2];
    CHECK(matchesName(zoe, "ZOË"));
    CHECK(matchesName(zoe, "sahin zoe"));
    CHECK_FALSE(matchesName(zoe, "zoey"));
    const auto matches = checkInMatches(session, "el", 8);
    // Only the two "el Amrani" contain "el" as (part of) a word.
    REQUIRE(matches.size() == 2);
    CHECK(matches[0]->lastName == "Amrani");
    CHECK(matches[1]->lastName == "Amrani");
}

} // namespace dlg::test
