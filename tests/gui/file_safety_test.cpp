// The window as one of several writers (issue 17): it holds the session's lock while it has it
// open, opens read-only (with a banner) a session a command is writing, never overwrites a change
// made outside it, and says where a live evening stands when it picks it up again after a crash.
#include <doctest/doctest.h>

#include <unistd.h>

#include "../temp_dir.h"
#include "core/model/session_file.h"
#include "core/model/session_lock.h"
#include "headless.h"

namespace dlg::test {

namespace {

// 2026-11-24 18:30 UTC = 19:30 in CET, the planned start.
constexpr std::int64_t kStart = 1795548600;

Session eveningOfNine() {
    Session session = sampleSession();
    for (int i = 1; i <= 9; ++i) {
        Phase phase;
        phase.id = "ph-" + std::to_string(i);
        phase.title = "Fase " + std::to_string(i);
        phase.plannedMinutes = 10;
        session.phases.push_back(phase);
    }
    return session;
}

std::filesystem::path saved(const TempDir& dir, const Session& session) {
    const auto file = dir / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, session));
    return file;
}

// An edit and a Ctrl+S in one frame's output, as the Voorbereiding screen and the menu make them.
void editTitleAndSave(HeadlessGui& gui, const std::string& title) {
    FrameOutput output;
    Command command;
    command.label = "Titel";
    command.apply = [title](Session& s) { s.meta.title = title; };
    command.revert = [old = gui.session().meta.title](Session& s) { s.meta.title = old; };
    output.edit(std::move(command));
    output.act(ActionKind::Save);
    gui.app().apply(std::move(output));
}

} // namespace

TEST_CASE("file safety: the window holds the lock of the open session, and lets go when it opens another") {
    TempDir dir("gui-lock");
    const auto file = saved(dir, sampleSession());
    const auto other = dir / "ander.json";
    REQUIRE_FALSE(saveSessionFile(other, sampleSession()));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    CHECK_FALSE(gui.app().state().doc.readOnly);

    const LockAttempt command = lockSession(file, "import");
    REQUIRE(command.busy());
    CHECK(command.holder->who == kWindowHolder);

    REQUIRE(gui.app().open(other));
    CHECK(lockSession(file, "import").lock.held());
    CHECK(lockSession(other, "import").busy());
}

TEST_CASE("file safety: a session a command is writing opens read-only, with a banner naming it") {
    TempDir dir("gui-busy");
    const auto file = saved(dir, sampleSession());
    LockAttempt command = lockSession(file, "assign");
    REQUIRE(command.lock.held());

    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    const Document& doc = gui.app().state().doc;
    CHECK(doc.readOnly);
    CHECK_MESSAGE(doc.readOnlyReason.find("door de opdracht 'dialoogavond assign' (pid " +
                                          std::to_string(::getpid()) + ", sinds ") != std::string::npos,
                  doc.readOnlyReason);
    gui.frames(2);
    CHECK(gui.usedKeys().count("banner.reopen"));

    // Saving is refused while the command has it; Save as to the same file too.
    editTitleAndSave(gui, "Niet opslaan");
    CHECK(loadSessionFile(file).session->meta.title == "Ouderavond test");

    // Once the command is done, Opnieuw openen gives a writable session.
    command.lock.release();
    gui.app().open(file);
    CHECK_FALSE(gui.app().state().doc.readOnly);
}

TEST_CASE("file safety: a change made outside the window is never overwritten by its next save") {
    TempDir dir("gui-outside");
    const auto file = saved(dir, sampleSession());
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));

    // Another program (an editor, or a build without the lock) adds a person meanwhile.
    Session outside = *loadSessionFile(file).session;
    Participant person;
    person.id = "p-001";
    person.firstName = "Buiten";
    person.lastName = "Om";
    outside.participants.push_back(person);
    REQUIRE_FALSE(saveSessionFile(file, outside));

    editTitleAndSave(gui, "Binnen");
    const LoadResult after = loadSessionFile(file);
    REQUIRE(after.session);
    REQUIRE(after.session->participants.size() == 1);
    CHECK(after.session->participants[0].firstName == "Buiten");
    CHECK(after.session->meta.title == "Ouderavond test");
    REQUIRE(gui.app().state().ui.notice);
    CHECK(gui.app().state().ui.notice->title == "Bestand buiten dialoogavond gewijzigd");
    CHECK(gui.app().state().ui.notice->offerSaveAs);
    CHECK(gui.app().state().doc.readOnly);
    // Autosave stops too: nothing is written a second later either.
    gui.app().tick(100.0);
    gui.app().tick(200.0);
    CHECK(loadSessionFile(file).session->meta.title == "Ouderavond test");
}

TEST_CASE("file safety: the window's own saves in a row are not mistaken for outside changes") {
    TempDir dir("gui-own");
    const auto file = saved(dir, sampleSession());
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    editTitleAndSave(gui, "Een");
    editTitleAndSave(gui, "Twee");
    CHECK_FALSE(gui.app().state().ui.notice);
    CHECK(loadSessionFile(file).session->meta.title == "Twee");
}

TEST_CASE("file safety: after a crash mid-evening the window says where the evening is") {
    TempDir dir("gui-resume");
    Session session = eveningOfNine();
    session.run.events = {{kStart, "start", "ph-1", 0, Json::object()},
                          {kStart + 600, "goto", "ph-2", 0, Json::object()},
                          {kStart + 1200, "goto", "ph-3", 0, Json::object()}};
    const auto file = saved(dir, session);
    {
        HeadlessGui gui(sampleSession());
        gui.app().setClock({kStart + 1300, 3600});
        REQUIRE(gui.app().open(file));
        CHECK(gui.app().state().ui.status == "Hersteld: de avond loopt, fase 3 van 9");
    }
    session.run.events.push_back({kStart + 1400, "pause", "", 0, Json::object()});
    REQUIRE_FALSE(saveSessionFile(file, session));
    HeadlessGui english(sampleSession(), "en");
    english.app().setClock({kStart + 1500, 3600});
    REQUIRE(english.app().open(file));
    CHECK(english.app().state().ui.status == "Restored: the evening is paused, phase 3 of 9");
}

} // namespace dlg::test
