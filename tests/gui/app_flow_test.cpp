// The frame around the screens: views, title, unsaved-changes question, read-only files.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "../temp_dir.h"
#include "app/chrome/chrome.h"
#include "core/model/paths.h"
#include "core/model/session_file.h"
#include "headless.h"

namespace dlg::test {

TEST_CASE("app: each of the seven views renders in both languages") {
    for (const char* language : {"nl", "en"}) {
        HeadlessGui gui(sampleSession(), language);
        for (Screen screen : kAllScreens) {
            gui.app().showScreen(screen);
            gui.frames(3);
            CHECK(gui.probe().items.count(std::string("nav/") + viewName(screen)) == 1);
            CHECK(gui.app().state().ui.screen == screen);
        }
    }
}

TEST_CASE("app: clicking a screen in the list navigates there") {
    HeadlessGui gui(sampleSession());
    gui.click("nav/nazorg");
    CHECK(gui.app().state().ui.screen == Screen::Aftercare);
}

TEST_CASE("app: window title names the evening and marks unsaved changes") {
    HeadlessGui gui(sampleSession());
    CHECK(gui.app().windowTitle() == "Ouderavond test \u2014 dialoogavond");
    gui.click("checklist/c-01/done");
    CHECK(gui.app().windowTitle() == "Ouderavond test* \u2014 dialoogavond");
}

TEST_CASE("app: quitting with unsaved changes asks first, cancel keeps everything") {
    HeadlessGui gui(sampleSession());
    gui.click("checklist/c-01/done");
    gui.app().requestClose();
    gui.frames(2);
    CHECK_FALSE(gui.app().wantsQuit());
    REQUIRE(gui.app().state().ui.confirmUnsaved);
    gui.click("unsaved/cancel");
    CHECK_FALSE(gui.app().state().ui.confirmUnsaved);
    CHECK_FALSE(gui.app().wantsQuit());
    CHECK(gui.session().preparation[0].done);

    gui.app().requestClose();
    gui.frames(2);
    gui.click("unsaved/discard");
    CHECK(gui.app().wantsQuit());
}

TEST_CASE("app: quitting without changes needs no question") {
    HeadlessGui gui(sampleSession());
    gui.app().requestClose();
    CHECK(gui.app().wantsQuit());
}

TEST_CASE("app: save from the unsaved question writes the file and then quits") {
    const TempDir dir("gui-save");
    const auto path = dir.path() / "avond.json";
    HeadlessGui gui(sampleSession());
    gui.app().setDocument(sampleSession(), path);
    gui.frames(2);
    gui.click("checklist/c-02/done");
    gui.app().requestClose();
    gui.frames(2);
    gui.click("unsaved/save");
    CHECK(gui.app().wantsQuit());
    const LoadResult reloaded = loadSessionFile(path);
    REQUIRE(reloaded.session);
    CHECK_FALSE(reloaded.session->preparation[1].done);
    CHECK_FALSE(gui.app().state().doc.history.isDirty());
}

TEST_CASE("app: a file from a newer version opens read-only and Save asks for a new name") {
    const TempDir dir("gui-newer");
    const auto path = dir.path() / "nieuwer.json";
    std::string text = serializeSession(sampleSession());
    const auto at = text.find("\"version\": 1");
    REQUIRE(at != std::string::npos);
    text.replace(at, 12, "\"version\": 99");
    std::ofstream(path) << text;

    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(path));
    CHECK(gui.app().state().doc.readOnly);
    REQUIRE(gui.app().state().ui.notice);
    CHECK(gui.app().state().ui.notice->offerSaveAs);
    gui.frames(2);
    gui.click("notice/ok");
    CHECK_FALSE(gui.app().state().ui.notice);

    gui.click("checklist/c-01/done");
    gui.press(letterKey('S'), true);
    REQUIRE(gui.app().state().ui.fileDialog);
    CHECK(gui.app().state().ui.fileDialog->mode == FileDialogState::Mode::SaveAs);
    CHECK(gui.app().state().ui.fileDialog->pathText != path.string());
    // The original is untouched.
    std::ifstream in(path);
    std::string onDisk((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(onDisk == text);
}

TEST_CASE("app: a file that cannot be read leaves the current evening and explains why") {
    HeadlessGui gui(sampleSession());
    std::string error;
    CHECK_FALSE(gui.app().open("/nonexistent/avond.json", &error));
    CHECK(error.find("/nonexistent/avond.json") != std::string::npos);
    CHECK(gui.session().meta.title == "Ouderavond test");
    REQUIRE(gui.app().state().ui.notice);
}

TEST_CASE("app: switching language from the menu action swaps the catalogue") {
    HeadlessGui gui(sampleSession());
    FrameOutput output;
    output.act(ActionKind::SetLanguage, "en");
    gui.app().apply(std::move(output));
    CHECK(gui.app().state().catalogue.language() == "en");
    CHECK(gui.app().state().settings.language == "en");
    CHECK(std::string(gui.app().state().catalogue.text("menu.file")) == "File");
}

TEST_CASE("app: large-text toggle asks the platform for one font rebuild") {
    HeadlessGui gui(sampleSession());
    FrameOutput output;
    output.act(ActionKind::ToggleLargeText);
    gui.app().apply(std::move(output));
    CHECK(gui.app().state().settings.largeText);
    CHECK(gui.app().takeFontRebuildRequest());
    CHECK_FALSE(gui.app().takeFontRebuildRequest());
}

TEST_CASE("app: New with unsaved changes asks first, then starts from the default template") {
    HeadlessGui gui(sampleSession());
    gui.click("checklist/c-01/done");
    gui.press(letterKey('N'), true);
    REQUIRE(gui.app().state().ui.confirmUnsaved);
    CHECK(gui.session().meta.title == "Ouderavond test");
    gui.click("unsaved/discard");
    CHECK_FALSE(gui.app().state().ui.confirmUnsaved);
    CHECK_FALSE(gui.app().state().ui.notice);
    const LoadResult templ = loadSessionFile(defaultTemplatePath());
    REQUIRE(templ.session);
    CHECK(gui.session().themes.size() == templ.session->themes.size());
    CHECK(gui.session().participants.empty());
    CHECK(gui.app().state().doc.path.empty());
    CHECK(gui.app().state().doc.history.isDirty()); // not on disk yet
}

TEST_CASE("app: Save as with a bare name saves into the sessions folder and clears the dirty mark") {
    const TempDir dir("gui-sessions");
    const auto folder = dir.path();
    HeadlessGui gui(sampleSession(), "nl", folder);
    gui.app().setDocument(sampleSession(), {});
    gui.frames(2);
    gui.press(letterKey('S'), true); // never saved: Save asks for a name
    REQUIRE(gui.app().state().ui.fileDialog);
    FrameOutput output;
    output.act(ActionKind::SaveAsPath, "najaar");
    gui.app().apply(std::move(output));
    CHECK_FALSE(gui.app().state().ui.fileDialog);
    CHECK(gui.app().state().doc.path == folder / "najaar.json");
    CHECK_FALSE(gui.app().state().doc.history.isDirty());
    const LoadResult reloaded = loadSessionFile(folder / "najaar.json");
    REQUIRE(reloaded.session);
    CHECK(reloaded.session->meta.title == "Ouderavond test");
    CHECK(gui.app().state().settings.recentFiles.front() == (folder / "najaar.json").string());
}

TEST_CASE("app: typing a name in the Save as dialog and pressing Enter saves there") {
    const TempDir dir("gui-enter");
    const auto folder = dir.path();
    HeadlessGui gui(sampleSession(), "nl", folder);
    gui.app().setDocument(sampleSession(), {});
    gui.press(letterKey('S'), true);
    REQUIRE(gui.app().state().ui.fileDialog);
    gui.frames(2);
    gui.click("file/path");
    gui.press(letterKey('A'), true);
    gui.type("voorjaar");
    CHECK(gui.app().state().ui.fileDialog->pathText == "voorjaar");
    gui.press(257); // Enter, numbered as GLFW does
    CHECK_FALSE(gui.app().state().ui.fileDialog);
    CHECK(std::filesystem::exists(folder / "voorjaar.json"));
}

} // namespace dlg::test
