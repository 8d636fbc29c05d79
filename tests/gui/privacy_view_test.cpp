// The Privacy panel on Nazorg (inzage, wis, opschonen) driven by simulated mouse and keyboard input.
#include <doctest/doctest.h>

#include <algorithm>

#include "../core/test_avg_fixture.h"
#include "app/chrome/chrome.h"
#include "core/avg/avg_purge.h"
#include "headless.h"

namespace dlg::test {
namespace {

bool drawn(const HeadlessGui& gui, const std::string& name) { return gui.probe().items.count(name) > 0; }

// Draws one frame with a probe of its own, so widgets no longer drawn are absent from it.
WidgetProbe freshProbe(HeadlessGui& gui) {
    WidgetProbe probe;
    ImGui::NewFrame();
    FrameOutput output = gui.app().draw(&probe);
    ImGui::Render();
    gui.app().apply(std::move(output));
    return probe;
}

void setToday(HeadlessGui& gui, const std::string& today) {
    FrameOutput output;
    output.act(ActionKind::Privacy, today, "today");
    gui.app().apply(std::move(output));
}

bool hasPerson(const Session& s, const std::string& id) {
    return std::any_of(s.participants.begin(), s.participants.end(),
                       [&](const Participant& p) { return p.id == id; });
}

} // namespace

TEST_CASE("privacy: after the term Nazorg reminds to clean up, and inzage shows a person's data") {
    HeadlessGui gui(avgFixture());
    gui.app().showScreen(Screen::Aftercare);
    setToday(gui, "2026-12-30");
    gui.frames(2);
    CHECK(drawn(gui, "privacy/reminder"));
    CHECK(drawn(gui, "privacy/retention"));
    gui.click("privacy/query");
    gui.type("vries");
    gui.frame();
    CHECK(drawn(gui, "privacy/candidate/p-02"));
    CHECK(drawn(gui, "privacy/candidate/p-09"));
    gui.click("privacy/candidate/p-09");
    gui.click("privacy/inzage");
    gui.frame();
    CHECK(gui.app().state().ui.privacy.showInzage);
    CHECK(drawn(gui, "privacy/inzageText"));

    setToday(gui, "2026-12-01"); // within the four weeks: no reminder
    gui.frame();
    CHECK(freshProbe(gui).items.count("privacy/reminder") == 0);
}

TEST_CASE("privacy: wis asks first, erases in one undo step, and undo brings the person back") {
    HeadlessGui gui(avgFixture());
    gui.app().showScreen(Screen::Aftercare);
    setToday(gui, "2026-12-30");
    gui.frames(2);
    gui.click("privacy/query");
    gui.type("Tom");
    gui.frame();
    gui.click("privacy/candidate/p-07");
    gui.click("privacy/erase");
    gui.frames(2);
    CHECK(gui.app().state().ui.privacy.confirm == PrivacyUiState::Confirm::Erase);
    CHECK(hasPerson(gui.session(), "p-07")); // nothing happens before the confirmation
    CHECK_FALSE(gui.app().state().ui.privacy.changes.empty());
    gui.click("privacy/confirm/ok");
    gui.frame();
    CHECK_FALSE(hasPerson(gui.session(), "p-07"));
    CHECK(gui.session().outcomes.tables[0].leader == "tafelleider tafel 1");
    CHECK(gui.app().state().doc.history.depth() == 1);
    CHECK(drawn(gui, "privacy/message"));
    gui.press(letterKey('Z'), true);
    CHECK(hasPerson(gui.session(), "p-07"));
    CHECK(gui.session().outcomes.tables[0].leader == "Tom Peeters");
}

TEST_CASE("privacy: cancel leaves the person, and opschonen before the evening needs the extra tick") {
    Session future = avgFixture();
    future.meta.date = "2099-06-01";
    future.run.events.clear();
    HeadlessGui gui(future);
    gui.app().showScreen(Screen::Aftercare);
    setToday(gui, "2026-12-30");
    gui.frame();
    gui.click("privacy/header"); // not due: the panel starts closed
    gui.frame();
    gui.click("privacy/purge");
    gui.frames(2);
    CHECK(drawn(gui, "privacy/confirm/refusal"));
    gui.click("privacy/confirm/ok"); // disabled while refused
    gui.frame();
    CHECK_FALSE(avg::isAnonymous(gui.session().participants[0]));
    gui.click("privacy/confirm/force");
    gui.frames(2);
    gui.click("privacy/confirm/ok");
    gui.frame();
    for (const Participant& p : gui.session().participants) CHECK(avg::isAnonymous(p));
    CHECK(gui.session().privacy.purgedOn == "2026-12-30");
    CHECK(gui.app().state().doc.history.depth() == 1);
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().participants[0].lastName == "Özdemir");

    gui.click("privacy/query");
    gui.type("Fatma");
    gui.frame();
    gui.click("privacy/candidate/p-01");
    gui.click("privacy/erase");
    gui.frames(2);
    gui.click("privacy/confirm/cancel");
    gui.frame();
    CHECK(hasPerson(gui.session(), "p-01"));
    CHECK(gui.app().state().ui.privacy.confirm == PrivacyUiState::Confirm::None);
}

} // namespace dlg::test
