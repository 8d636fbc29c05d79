// The screens on a 1366x768 laptop: the default window fits, Deelnemers keeps Aanwezig in view with
// the delete button away from the names, Indeling's pins are labelled and its chips stay on screen.
#include <doctest/doctest.h>

#include "app/state/settings.h"
#include "people_fixture.h"

namespace dlg::test {

TEST_CASE("fit: the default window fits a 1366x768 screen with its title bar and a taskbar") {
    const Settings defaults;
    CHECK(defaults.windowWidth <= 1366);
    CHECK(defaults.windowHeight + 40 + 48 <= 768);
}

TEST_CASE("fit: Deelnemers at 1366 wide shows Aanwezig, the delete button away from the names") {
    HeadlessGui gui(peopleSession());
    ImGui::GetIO().DisplaySize = ImVec2(1366, 700);
    gui.app().showScreen(Screen::Participants);
    gui.frames(3);
    const auto& items = gui.probe().items;
    REQUIRE(items.count("people/row/p-03"));
    REQUIRE_MESSAGE(items.count("people/p-03/present"), "the Aanwezig column is not drawn at 1366 wide");
    const auto present = items.at("people/p-03/present");
    CHECK(present.max.x <= 1366);
    CHECK(present.min.x > items.at("people/row/p-03").min.x);
    // Delete is in view too, apart from the names and after Aanwezig.
    REQUIRE(items.count("people/p-03/delete"));
    CHECK(items.at("people/p-03/delete").min.x > present.max.x + ImGui::GetFontSize() * 4);
    CHECK(items.at("people/p-03/delete").max.x <= 1366);
}

TEST_CASE("fit: Indeling's pin boxes carry a visible label and unseated chips wrap inside the window") {
    Session session = peopleSession();
    for (int i = 0; i < 40; ++i) {
        Participant extra = session.participants.back();
        extra.id = "p-x" + std::to_string(i);
        extra.firstName = "Ouder" + std::to_string(i);
        extra.lastName = "Achternaam-Lang";
        extra.family.clear();
        session.participants.push_back(extra);
    }
    session.assignment.seats = {{"p-01", "t-1"}};
    HeadlessGui gui(session);
    ImGui::GetIO().DisplaySize = ImVec2(1366, 2000);
    gui.app().showScreen(Screen::Assignment);
    gui.frames(3);
    const auto& items = gui.probe().items;
    REQUIRE(items.count("indeling/pin/p-01"));
    const auto pin = items.at("indeling/pin/p-01");
    // Wider than a bare square: the box has its label ("vast") next to it.
    CHECK(pin.max.x - pin.min.x > 2 * (pin.max.y - pin.min.y));
    int chips = 0;
    for (const auto& [name, rect] : items) {
        if (name.rfind("indeling/unseated/", 0) != 0) continue;
        ++chips;
        CHECK_MESSAGE(rect.max.x <= 1366, name << " runs off the right edge");
    }
    CHECK(chips >= 40);
}

} // namespace dlg::test
