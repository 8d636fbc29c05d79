// Indeling, anytime (issue 18): after the quick Indelen the search goes on in the background with
// a progress bar and a Stoppen button; a better seating is offered, never applied over the user's
// changes, and lands as one undo step when accepted.
#include <doctest/doctest.h>

#include "app/chrome/chrome.h"
#include "app/state/people_logic.h"
#include "core/assign/assign_sample.h"
#include "people_fixture.h"

namespace dlg::test {

namespace {

// Large enough that the background search beats the quick seating (both are deterministic:
// their work is counted, not timed).
Session largeEvening() {
    return sampleEvening({100, 10}, 3);
}

double objectiveOf(const Session& session) {
    return evaluateSeating(session, session.assignment.seats, guiAssignOptions(session)).objective.total;
}

} // namespace

TEST_CASE("indeling anytime: the quick seating shows, a better one is offered and applied in one step") {
    HeadlessGui gui(largeEvening());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/assign");
    const auto quick = gui.session().assignment.seats;
    REQUIRE(quick.size() == 100);
    CHECK(gui.app().state().ui.people.improving);
    CHECK(gui.app().backgroundBusy());
    gui.frame();
    CHECK(gui.probe().items.count("indeling/improveProgress") == 1);
    CHECK(gui.probe().items.count("indeling/improveStop") == 1);
    gui.app().waitForBackground();
    CHECK(gui.app().pollBackground());
    CHECK_FALSE(gui.app().state().ui.people.improving);
    REQUIRE(gui.app().state().ui.people.offer.has_value());
    CHECK(gui.session().assignment.seats == quick); // offered, not applied
    const double before = objectiveOf(gui.session());
    gui.frame();
    CHECK(gui.probe().items.count("indeling/offer") == 1);
    gui.click("indeling/offerApply");
    CHECK_FALSE(gui.app().state().ui.people.offer.has_value());
    CHECK(gui.session().assignment.seats != quick);
    CHECK(objectiveOf(gui.session()) < before - 1e-6);
    CHECK(evaluateSeating(gui.session(), gui.session().assignment.seats, guiAssignOptions(gui.session()))
              .hardViolations.empty());
    CHECK(gui.app().state().doc.history.undoLabel() == "Betere indeling");
    gui.press(letterKey('Z'), true); // one step back: the quick seating
    CHECK(gui.session().assignment.seats == quick);
}

TEST_CASE("indeling anytime: a change made meanwhile wins, nothing is offered") {
    HeadlessGui gui(largeEvening());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/assign");
    const auto quick = gui.session().assignment.seats;
    const std::string someone = quick.begin()->first;
    gui.frame();
    gui.click("indeling/pin/" + someone); // the facilitator pins someone while it searches
    gui.app().waitForBackground();
    CHECK(gui.app().pollBackground());
    CHECK_FALSE(gui.app().state().ui.people.offer.has_value());
    CHECK(gui.session().assignment.seats == quick);
    CHECK(gui.app().state().ui.status == "Je hebt de indeling intussen veranderd; je wijziging blijft staan.");
}

TEST_CASE("indeling anytime: the background search can be stopped and leaves the seating alone") {
    HeadlessGui gui(largeEvening());
    gui.app().showScreen(Screen::Assignment);
    gui.click("indeling/assign");
    const auto quick = gui.session().assignment.seats;
    gui.frame();
    gui.click("indeling/improveStop");
    CHECK_FALSE(gui.app().state().ui.people.improving);
    CHECK_FALSE(gui.app().backgroundBusy());
    CHECK(gui.app().state().ui.status ==
          "Zoeken naar een betere indeling gestopt; de indeling is niet veranderd.");
    CHECK_FALSE(gui.app().pollBackground());
    CHECK(gui.session().assignment.seats == quick);
    CHECK(gui.app().state().doc.history.undoLabel() == "Indelen");
}

} // namespace dlg::test
