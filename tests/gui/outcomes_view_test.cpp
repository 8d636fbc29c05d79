// The Opbrengsten and Nazorg screens driven by simulated mouse and keyboard input.
#include <doctest/doctest.h>

#include <filesystem>

#include "../temp_dir.h"
#include "app/chrome/chrome.h"
#include "app/state/outcomes_logic.h"
#include "core/model/session_file.h"
#include "headless.h"

namespace dlg::test {
namespace {

constexpr int kEnter = 257; // ImGuiKey_Enter as mapped by the headless driver

Session filledSession() {
    const auto loaded =
        loadSessionFile(std::filesystem::path(DLG_SOURCE_DIR) / "tests" / "data" / "filled_outcomes.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return *loaded.session;
}

float rowTop(const HeadlessGui& gui, const std::string& name) {
    const auto found = gui.probe().items.find(name);
    REQUIRE_MESSAGE(found != gui.probe().items.end(), "no widget recorded as " << name);
    return found->second.min.y;
}

// Draws one frame with a probe of its own, so widgets no longer drawn are absent from it.
WidgetProbe freshProbe(HeadlessGui& gui) {
    WidgetProbe probe;
    ImGui::NewFrame();
    FrameOutput output = gui.app().draw(&probe);
    ImGui::Render();
    gui.app().apply(std::move(output));
    return probe;
}

} // namespace

TEST_CASE("opbrengsten: Enter adds a summary point and keeps the focus for the next one, undo removes it") {
    Session session = filledSession();
    session.outcomes.summaryPoints.clear();
    HeadlessGui gui(session);
    gui.app().showScreen(Screen::Outcomes);
    gui.frame();

    gui.click("summary/new");
    gui.type("Ouders willen meedenken");
    CHECK(gui.session().outcomes.summaryPoints.empty()); // half-typed text stays out of the session
    gui.press(kEnter);
    REQUIRE(gui.session().outcomes.summaryPoints.size() == 1);
    CHECK(gui.session().outcomes.summaryPoints[0] == "Ouders willen meedenken");

    // No click: the field still has the focus.
    gui.type("Meer uitleg over huiswerk");
    gui.press(kEnter);
    REQUIRE(gui.session().outcomes.summaryPoints.size() == 2);
    CHECK(gui.session().outcomes.summaryPoints[1] == "Meer uitleg over huiswerk");
    CHECK(gui.app().state().doc.history.depth() == 2);

    gui.press(letterKey('Z'), true);
    REQUIRE(gui.session().outcomes.summaryPoints.size() == 1);
    CHECK(gui.session().outcomes.summaryPoints[0] == "Ouders willen meedenken");
}

TEST_CASE("opbrengsten: the first edit of a table without outcome creates it, and undo removes it again") {
    Session session = filledSession();
    session.outcomes.tables.clear();
    HeadlessGui gui(session);
    gui.app().showScreen(Screen::Outcomes);
    gui.frame();
    gui.click("outcome/t-01/ideas/new");
    gui.type("Koffie-ochtend");
    gui.press(kEnter);
    REQUIRE(gui.session().outcomes.tables.size() == 1);
    const TableOutcome& created = gui.session().outcomes.tables[0];
    CHECK(created.tableId == "t-01");
    CHECK(created.themeId == "th-01");
    CHECK(created.leader == "Marloes van Dijk"); // the table's leader from the participants
    REQUIRE(created.ideas.size() == 1);
    CHECK(created.ideas[0] == "Koffie-ochtend");

    gui.press(letterKey('Z'), true);
    CHECK(gui.session().outcomes.tables.empty());
    gui.press(letterKey('Y'), true);
    REQUIRE(gui.session().outcomes.tables.size() == 1);
    CHECK(gui.session().outcomes.tables[0].ideas.size() == 1);
}

TEST_CASE("opbrengsten: a + vote raises the count and changes the ranking") {
    HeadlessGui gui(filledSession());
    gui.app().showScreen(Screen::Outcomes);
    gui.frame();
    const auto votesOf = [&gui](const std::string& id) {
        for (const auto& placed : rankProposals(gui.session()))
            if (placed.proposal->id == id) return placed.proposal->votes;
        return -1;
    };
    const int leader = votesOf("pr-03");
    const int before = votesOf("pr-02");
    REQUIRE(before < leader);
    CHECK(rowTop(gui, "ranked/pr-03") < rowTop(gui, "ranked/pr-02"));

    for (int i = 0; i <= leader - before; ++i)
        gui.click("vote/pr-02/plus");
    CHECK(votesOf("pr-02") == leader + 1);
    CHECK(rankProposals(gui.session()).front().proposal->id == "pr-02");
    gui.frame();
    CHECK(rowTop(gui, "ranked/pr-02") < rowTop(gui, "ranked/pr-03"));

    gui.click("vote/pr-02/minus");
    CHECK(votesOf("pr-02") == leader);
}

TEST_CASE("nazorg: promoting a proposal creates an action with its source id") {
    Session session = filledSession();
    session.actions.clear();
    HeadlessGui gui(session);
    gui.app().showScreen(Screen::Aftercare);
    gui.frame();
    gui.click("promote/pr-01");
    REQUIRE(gui.session().actions.size() == 1);
    const Action& action = gui.session().actions[0];
    CHECK(action.sourceProposalId == "pr-01");
    CHECK(action.title == "Verlofregels uitleggen in een filmpje");
    CHECK(action.form == "formeel");
    CHECK((action.status == ActionStatus::Proposed));

    // A promoted proposal cannot be promoted twice.
    gui.click("promote/pr-01");
    CHECK(gui.session().actions.size() == 1);
}

TEST_CASE("nazorg: status vervallen without a reason is flagged until a reason is given") {
    HeadlessGui gui(filledSession());
    gui.app().showScreen(Screen::Aftercare);
    gui.frame();
    CHECK(gui.probe().items.count("action/a-02/reasonMissing") == 0);
    gui.click("action/a-02/status");
    gui.click("action/a-02/status/vervallen");
    const Action* action = &gui.session().actions[1];
    REQUIRE(action->id == "a-02");
    CHECK((action->status == ActionStatus::Dropped));
    CHECK(freshProbe(gui).items.count("action/a-02/reasonMissing") == 1);

    gui.click("action/a-02/droppedReason");
    gui.type("Geen budget dit jaar");
    CHECK(gui.session().actions[1].droppedReason == "Geen budget dit jaar");
    CHECK(freshProbe(gui).items.count("action/a-02/reasonMissing") == 0);
}

TEST_CASE("nazorg: the export dialog lists a parent's name typed into a point and blocks the export") {
    TempDir dir("export");
    Session session = filledSession();
    session.outcomes.summaryPoints.clear();
    HeadlessGui gui(session, "nl", dir.path());
    gui.app().showScreen(Screen::Outcomes);
    gui.frame();
    gui.click("summary/new");
    gui.type("Sanne de Vries vraagt om uitleg");
    gui.press(kEnter);

    gui.app().showScreen(Screen::Aftercare);
    gui.click("care/export");
    gui.frames(2);
    CHECK(gui.app().state().ui.outcomes.exportDialog.open);
    REQUIRE(gui.probe().items.count("export/hit/0") == 1);
    CHECK(gui.probe().items.count("export/blocked") == 1);
    gui.click("export/write"); // disabled: nothing happens
    CHECK(gui.app().state().ui.outcomes.exportDialog.result.empty());
    CHECK(std::filesystem::is_empty(dir.path()));

    // Correct the text right in the dialog: the hit is gone and the export writes.
    gui.click("export/hit/0/edit");
    gui.click("export/editText");
    gui.press(letterKey('A'), true);
    gui.type("Een ouder vraagt om uitleg");
    CHECK(gui.session().outcomes.summaryPoints[0] == "Een ouder vraagt om uitleg");
    gui.frame();
    const WidgetProbe after = freshProbe(gui);
    CHECK(after.items.count("export/hit/0") == 0);
    CHECK(after.items.count("export/blocked") == 0);
    gui.click("export/write");
    const std::string written = gui.app().state().ui.outcomes.exportDialog.result;
    REQUIRE_FALSE(written.empty());
    CHECK(std::filesystem::exists(written));
    CHECK(std::filesystem::path(written).parent_path() == std::filesystem::absolute(dir.path()));
}

} // namespace dlg::test

namespace dlg::test {

TEST_CASE("nazorg: with a hit listed, the export's own opt-in writes the file anyway") {
    TempDir dir("export");
    Session session = filledSession();
    session.outcomes.summaryPoints = {"Sanne de Vries vraagt om uitleg"};
    HeadlessGui gui(session, "nl", dir.path());
    gui.app().showScreen(Screen::Aftercare);
    gui.frame();
    gui.click("care/export");
    gui.frames(2);
    REQUIRE(gui.probe().items.count("export/hit/0") == 1);
    CHECK(gui.probe().items.count("export/blocked") == 1);
    gui.click("export/allow");
    gui.frame();
    CHECK(freshProbe(gui).items.count("export/blocked") == 0);
    gui.click("export/write");
    const std::string written = gui.app().state().ui.outcomes.exportDialog.result;
    REQUIRE_FALSE(written.empty());
    CHECK(std::filesystem::exists(written));
    // The opt-in is for this export only: it is not stored in the evening.
    CHECK_FALSE(gui.app().state().doc.history.canUndo());
}

} // namespace dlg::test

namespace dlg::test {

TEST_CASE("nazorg: \"Kopieer tekst\" puts the paste-ready text on the clipboard, not while a hit blocks") {
    TempDir dir("export");
    Session session = filledSession();
    session.outcomes.summaryPoints = {"Sanne de Vries vraagt om uitleg"};
    HeadlessGui gui(session, "nl", dir.path());
    gui.app().showScreen(Screen::Aftercare);
    gui.frame();
    gui.click("care/export");
    gui.frames(2);
    ImGui::SetClipboardText("leeg");
    gui.click("export/copyText"); // disabled while a parent's name is in the report
    CHECK(std::string(ImGui::GetClipboardText()) == "leeg");

    gui.click("export/hit/0/edit");
    gui.click("export/editText");
    gui.press(letterKey('A'), true);
    gui.type("Een ouder vraagt om uitleg");
    gui.frames(2);
    gui.click("export/copyText");
    const std::string copied = ImGui::GetClipboardText();
    const ExportPreview preview = makeExportPreview(gui.session(), gui.app().state().ui.outcomes.exportDialog,
                                                    dir.path().string(), "");
    CHECK(copied == writeReport(preview.report, ReportFormat::Text));
    CHECK(copied.find("\u2022 Een ouder vraagt om uitleg\n") != std::string::npos);
    CHECK(copied.find("##") == std::string::npos); // the dialog's format is md; the copy is text
    CHECK(gui.app().state().ui.outcomes.exportDialog.copied);
}

} // namespace dlg::test
