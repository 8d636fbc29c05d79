#include <doctest/doctest.h>

#include "app/state/edit_commands.h"
#include "app/state/undo_stack.h"

namespace dlg {

namespace {

Command setTitle(const std::string& before, const std::string& after, std::string mergeKey = {}) {
    return setValue<std::string>(
        "titel", std::move(mergeKey), [](Session& s) { return &s.meta.title; }, before, after);
}

} // namespace

TEST_CASE("undo stack: undo and redo restore values in order") {
    Session session;
    session.meta.title = "a";
    UndoStack history;
    history.push(setTitle("a", "b"), session);
    history.push(setTitle("b", "c"), session);
    CHECK(session.meta.title == "c");
    CHECK(history.undo(session));
    CHECK(session.meta.title == "b");
    CHECK(history.undo(session));
    CHECK(session.meta.title == "a");
    CHECK_FALSE(history.undo(session));
    CHECK(history.redo(session));
    CHECK(session.meta.title == "b");
    CHECK(history.canRedo());
}

TEST_CASE("undo stack: a new edit after undo drops the redo branch") {
    Session session;
    UndoStack history;
    history.push(setTitle("", "x"), session);
    history.undo(session);
    history.push(setTitle("", "y"), session);
    CHECK_FALSE(history.canRedo());
    CHECK(session.meta.title == "y");
}

TEST_CASE("undo stack: commands with the same merge key form one step until sealed") {
    Session session;
    UndoStack history;
    history.push(setTitle("", "a", "meta/title"), session);
    history.push(setTitle("a", "ab", "meta/title"), session);
    history.push(setTitle("ab", "abc", "meta/title"), session);
    CHECK(history.depth() == 1);
    history.seal();
    history.push(setTitle("abc", "abcd", "meta/title"), session);
    CHECK(history.depth() == 2);
    history.undo(session);
    CHECK(session.meta.title == "abc");
    history.undo(session);
    CHECK(session.meta.title == "");
}

TEST_CASE("undo stack: different merge keys never merge") {
    Session session;
    UndoStack history;
    history.push(setTitle("", "a", "meta/title"), session);
    history.push(setValue<std::string>(
                     "school", "meta/school", [](Session& s) { return &s.meta.school; }, "", "b"),
                 session);
    CHECK(history.depth() == 2);
}

TEST_CASE("undo stack: dirty follows the position relative to the last save") {
    Session session;
    UndoStack history;
    CHECK_FALSE(history.isDirty());
    history.push(setTitle("", "a", "k"), session);
    CHECK(history.isDirty());
    history.markSaved();
    CHECK_FALSE(history.isDirty());
    // Typing on after a save is a new step, so undo returns exactly to the saved text.
    history.push(setTitle("a", "ab", "k"), session);
    CHECK(history.depth() == 2);
    history.undo(session);
    CHECK_FALSE(history.isDirty());
    history.undo(session);
    CHECK(history.isDirty());
    history.redo(session);
    CHECK_FALSE(history.isDirty());
    // Undo past the save and branch off: the saved state is gone for good.
    history.undo(session);
    history.push(setTitle("", "z"), session);
    CHECK(history.isDirty());
    history.undo(session);
    CHECK(history.isDirty());
}

TEST_CASE("undo stack: list edits revert exactly") {
    Session session;
    session.preparation = {{"c-01", "een", "", "", false, Json::object()},
                           {"c-02", "twee", "", "", false, Json::object()}};
    Locator<std::vector<ChecklistItem>> list = [](Session& s) { return &s.preparation; };
    UndoStack history;
    history.push(swapItems("move", list, 0, 1), session);
    CHECK(session.preparation[0].id == "c-02");
    history.push(eraseItem("delete", list, 1, session.preparation[1]), session);
    REQUIRE(session.preparation.size() == 1);
    history.undo(session);
    REQUIRE(session.preparation.size() == 2);
    CHECK(session.preparation[1].id == "c-01");
    history.undo(session);
    CHECK(session.preparation[0].id == "c-01");
}

} // namespace dlg
