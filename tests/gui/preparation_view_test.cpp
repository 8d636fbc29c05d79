// The Voorbereiding screen driven by simulated mouse and keyboard input.
#include <doctest/doctest.h>

#include "app/chrome/chrome.h"
#include "headless.h"

namespace dlg::test {

TEST_CASE("preparation: clicking a checklist item's done box changes the session, undo and redo") {
    HeadlessGui gui(sampleSession());
    REQUIRE_FALSE(gui.session().preparation[0].done);
    gui.click("checklist/c-01/done");
    CHECK(gui.session().preparation[0].done);
    CHECK(gui.app().state().doc.history.isDirty());

    gui.press(letterKey('Z'), true);
    CHECK_FALSE(gui.session().preparation[0].done);
    CHECK_FALSE(gui.app().state().doc.history.isDirty());

    gui.press(letterKey('Y'), true);
    CHECK(gui.session().preparation[0].done);

    gui.press(letterKey('Z'), true);
    gui.press(letterKey('Z'), true, true); // Ctrl+Shift+Z is redo too
    CHECK(gui.session().preparation[0].done);
}

TEST_CASE("preparation: a typing burst in one field is one undo step") {
    HeadlessGui gui(sampleSession());
    const std::string before = gui.session().preparation[1].text;
    gui.click("checklist/c-02/text");
    gui.type(" en stoelen");
    const std::string after = gui.session().preparation[1].text;
    CHECK(after != before);
    CHECK(after.find("en stoelen") != std::string::npos);
    CHECK(gui.app().state().doc.history.depth() == 1);

    gui.press(letterKey('Z'), true);
    CHECK(gui.session().preparation[1].text == before);
    gui.press(letterKey('Y'), true);
    CHECK(gui.session().preparation[1].text == after);
}

TEST_CASE("preparation: typing in a second field starts a new undo step") {
    HeadlessGui gui(sampleSession());
    gui.click("checklist/c-01/owner");
    gui.type("xy");
    gui.click("checklist/c-02/owner");
    gui.type("z");
    CHECK(gui.app().state().doc.history.depth() == 2);
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().preparation[1].owner == "Jeroen");
    CHECK(gui.session().preparation[0].owner.find("xy") != std::string::npos);
}

TEST_CASE("preparation: an invalid date is shown as an error and not stored") {
    HeadlessGui gui(sampleSession());
    gui.click("meta/date");
    gui.press(letterKey('A'), true); // select all, so typing replaces
    gui.type("2026-02-30");
    CHECK(gui.session().meta.date == "2026-11-24");
    CHECK(gui.app().state().ui.drafts.count("meta/date") == 1);
    gui.frame();
    CHECK(gui.probe().items.count("meta/date/error") == 1);

    gui.press(letterKey('A'), true);
    gui.type("2026-12-01");
    CHECK(gui.session().meta.date == "2026-12-01");
    CHECK(gui.app().state().ui.drafts.empty());
}

TEST_CASE("preparation: an invalid start time is not stored") {
    HeadlessGui gui(sampleSession());
    gui.click("meta/start");
    gui.press(letterKey('A'), true);
    gui.type("25:00");
    CHECK(gui.session().meta.start == "19:30");
    CHECK(gui.app().state().ui.drafts.count("meta/start") == 1);
}

TEST_CASE("preparation: add, move and delete checklist items, each undoable") {
    HeadlessGui gui(sampleSession());
    gui.click("checklist/add");
    REQUIRE(gui.session().preparation.size() == 3);
    const std::string added = gui.session().preparation[2].id;
    CHECK(added != "c-01");
    CHECK(added != "c-02");

    gui.frame();
    gui.click("checklist/" + added + "/up");
    CHECK(gui.session().preparation[1].id == added);

    gui.frame();
    gui.click("checklist/c-01/delete");
    REQUIRE(gui.session().preparation.size() == 2);
    CHECK(gui.session().preparation[0].id == added);

    gui.press(letterKey('Z'), true);
    gui.press(letterKey('Z'), true);
    gui.press(letterKey('Z'), true);
    REQUIRE(gui.session().preparation.size() == 2);
    CHECK(gui.session().preparation[0].id == "c-01");
    CHECK(gui.session().preparation[1].id == "c-02");
    CHECK_FALSE(gui.app().state().doc.history.isDirty());
}

TEST_CASE("preparation: partnership forms are ticked in policy order, questions added and deleted") {
    HeadlessGui gui(sampleSession());
    gui.click("theme/th-01/form/formeel");
    gui.click("theme/th-01/form/pedagogisch");
    CHECK(gui.session().themes[0].forms == std::vector<std::string>{"didactisch", "pedagogisch", "formeel"});
    gui.click("theme/th-01/form/didactisch");
    CHECK(gui.session().themes[0].forms == std::vector<std::string>{"pedagogisch", "formeel"});

    gui.click("theme/th-01/question-add");
    CHECK(gui.session().themes[0].questions.size() == 3);
    gui.frame();
    gui.click("theme/th-01/question/0/delete");
    REQUIRE(gui.session().themes[0].questions.size() == 2);
    CHECK(gui.session().themes[0].questions[0] == "Wat is lastig?");
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().themes[0].questions[0] == "Wat gaat goed?");
}

TEST_CASE("preparation: themes are added and deleted") {
    HeadlessGui gui(sampleSession());
    gui.click("themes/add");
    REQUIRE(gui.session().themes.size() == 2);
    gui.frame();
    gui.click("theme/th-01/delete");
    REQUIRE(gui.session().themes.size() == 1);
    CHECK(gui.session().themes[0].id != "th-01");
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().themes.size() == 2);
    CHECK(gui.session().themes[0].id == "th-01");
}

TEST_CASE("preparation: typing in a theme title edits only that theme") {
    HeadlessGui gui(sampleSession());
    gui.click("theme/th-01/title");
    gui.type("ĳ");
    CHECK(gui.session().themes[0].title.find("ĳ") != std::string::npos);
}

} // namespace dlg::test

namespace dlg::test {

TEST_CASE("preparation: the school's contact e-mail and phone are edited on Voorbereiding") {
    HeadlessGui gui(sampleSession());
    gui.click("meta/contactEmail");
    gui.type("info@school.nl");
    gui.click("meta/contactPhone");
    gui.type("020-7654321");
    CHECK(gui.session().meta.contactEmail == "info@school.nl");
    CHECK(gui.session().meta.contactPhone == "020-7654321");
    gui.press(letterKey('Z'), true);
    CHECK(gui.session().meta.contactPhone.empty());
}

} // namespace dlg::test
