// "Scan de code van jouw tafel" on the projector: the same automated visual check as every other
// slide (contrast, text inside the screen, no text over text), for 5 and for 40 tables at three
// screen sizes and on every page, with Tafels online really running on 127.0.0.1.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <imgui_internal.h>

#include "../temp_dir.h"
#include "core/model/session_file.h"
#include "app/views/online_views.h"
#include "headless.h"
#include "visual_check.h"

namespace dlg::test {
namespace {

constexpr std::int64_t kEvening = 1795544700; // 2026-11-24 19:25 CET
constexpr int kCet = 3600;

Session tablesEvening(int count) {
    LoadResult loaded =
        loadSessionFile(std::filesystem::path(DLG_SOURCE_DIR) / "sessions" / "voorbeeld.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    Session session = *loaded.session;
    session.tables.clear();
    for (int t = 0; t < count; ++t) {
        const Theme& theme = session.themes[static_cast<std::size_t>(t) % session.themes.size()];
        // Half the names say their theme (the card then leaves it out), half do not.
        const std::string name = "Tafel " + std::to_string(t + 1) + (t % 2 ? "" : ": " + theme.title);
        session.tables.push_back({"t-" + std::to_string(t + 1), name, theme.id, "", 10, Json::object()});
    }
    return session;
}

void act(HeadlessGui& gui, const std::string& key, int number = 0, std::string text = {}) {
    FrameOutput output;
    output.act(ActionKind::Online, std::move(text), key, number);
    gui.app().apply(std::move(output));
}

// Tafels online on 127.0.0.1 for an evening of `tables` tables saved in `dir`, its codes on the
// projector, presenting.
void presentCodes(HeadlessGui& gui, const TempDir& dir, int tables) {
    const auto file = dir.path() / "avond.json";
    const Session session = tablesEvening(tables);
    REQUIRE_FALSE(saveSessionFile(file, session));
    gui.app().setDocument(session, file);
    act(gui, "address", 0, "127.0.0.1");
    act(gui, "port", 0);
    act(gui, "switch", 1);
    REQUIRE_MESSAGE(gui.app().onlineRunning(), gui.app().state().ui.online.error);
    act(gui, "codesOnProjector", 1);
    REQUIRE(gui.app().state().ui.online.codes.size() == static_cast<std::size_t>(tables));
    gui.app().presentProjector();
}

void checkCodes(int tables) {
    TempDir dir("codes");
    HeadlessGui gui(tablesEvening(tables));
    presentCodes(gui, dir, tables);
    for (const ImVec2 size : {ImVec2(1366, 768), ImVec2(1920, 1080), ImVec2(3840, 2160)}) {
        for (int page = 0; page < 5; ++page) {
            gui.app().setClock({kEvening + page * 12, kCet});
            ImGui::GetIO().DisplaySize = size;
            gui.frames(3);
            const std::string where = std::to_string(tables) + " tables at " + std::to_string(int(size.x)) +
                                      "x" + std::to_string(int(size.y)) + " page time " +
                                      std::to_string(page) + ": ";
            REQUIRE(gui.probe().items.count("projector/codes"));
            VisualReport report = checkFrameText(*ImGui::GetDrawData(), gui.app().clearColour());
            const ImGuiWindow* window = ImGui::FindWindowByName("##projector");
            REQUIRE(window != nullptr);
            if (window->DC.CursorMaxPos.y > window->Pos.y + window->Size.y + 1 ||
                window->DC.CursorMaxPos.x > window->Pos.x + window->Size.x + 1)
                report.findings.push_back(
                    {"outside", "(content past the window's edge)", window->DC.CursorMaxPos, 0});
            CHECK_MESSAGE(report.findings.empty(), where << report.describe());
            CHECK_MESSAGE(report.glyphs > 20, where << "too little text seen: " << report.describe());
        }
    }
}

} // namespace

TEST_CASE("projector codes: 40 tables take four pages of ten codes, as large as ten names and codes allow") {
    TempDir dir("codes-size");
    HeadlessGui gui(tablesEvening(40));
    presentCodes(gui, dir, 40);
    const std::int64_t firstPage = kEvening - kEvening / kCodesPageSeconds % 4 * kCodesPageSeconds;
    gui.app().setClock({firstPage, kCet});
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    gui.frames(3);
    const auto& items = gui.probe().items;
    REQUIRE(items.count("projector/code/0"));
    CHECK(items.count("projector/code/9"));
    CHECK_FALSE(items.count("projector/code/10")); // the next page
    const auto& code = items.at("projector/code/0");
    // At the 22 % floor (238 px) a page holds twelve; with ten a page, and only the tables' names
    // above them (no themes once there are pages), the codes grow into the room: 6 m needs it.
    CHECK(code.max.y - code.min.y >= 0.27f * 1080);
    CHECK(projectorText(gui).find(gui.session().themes.at(0).title) == std::string::npos);
}

TEST_CASE("projector visual check: Scan de code van jouw tafel with 5 tables at three screen sizes") {
    checkCodes(5);
}

TEST_CASE("projector visual check: Scan de code van jouw tafel with 40 tables on every page at three screen "
          "sizes") {
    checkCodes(40);
}

} // namespace dlg::test
