// The fingerprint that lets the main loop skip frames that look like the one on screen.
#include <doctest/doctest.h>

#include "app/chrome/frame_fingerprint.h"
#include "app/views/live_views.h"
#include "headless.h"

namespace dlg::test {

namespace {

// 2026-11-24 18:25 UTC, CET.
constexpr std::int64_t kEvening = 1795544700;
constexpr int kCet = 3600;

std::uint64_t drawAndFingerprint(HeadlessGui& gui, const ImVec4& clear = ImVec4(1, 1, 1, 1)) {
    ImGui::NewFrame();
    FrameOutput output = gui.app().draw();
    ImGui::Render();
    const std::uint64_t fingerprint = frameFingerprint(*ImGui::GetDrawData(), clear);
    gui.app().apply(std::move(output));
    return fingerprint;
}

Session eveningSession() {
    Session session = sampleSession();
    Phase welcome;
    welcome.id = "ph-1";
    welcome.title = "Welkom";
    welcome.plannedMinutes = 10;
    welcome.projector = ProjectorKind::Break; // a slide with a countdown
    session.phases = {welcome};
    return session;
}

} // namespace

TEST_CASE("frame fingerprint: equal for an unchanged screen, different when a second ticks") {
    HeadlessGui gui(eveningSession());
    gui.app().setDocument(eveningSession(), {});
    gui.app().setClock({kEvening, kCet});
    gui.app().showScreen(Screen::Live);
    gui.frames(3);
    gui.click("live/start");
    gui.frame(); // a question's first frame only measures it
    gui.click("confirm/yes");
    gui.frames(3);
    const std::uint64_t settled = drawAndFingerprint(gui);
    CHECK(drawAndFingerprint(gui) == settled);
    // The countdown shows one second less: the picture changed.
    gui.app().setClock({kEvening + 1, kCet});
    const std::uint64_t ticked = drawAndFingerprint(gui);
    CHECK(ticked != settled);
    CHECK(drawAndFingerprint(gui) == ticked);
    // Same draw lists, another clear colour (presenting, or blank): another picture.
    CHECK(drawAndFingerprint(gui, ImVec4(0, 0, 0, 1)) != ticked);
}

TEST_CASE("frame fingerprint: a screen without a clock stays the same over time") {
    HeadlessGui gui(sampleSession());
    gui.app().showScreen(Screen::Preparation);
    gui.app().setClock({kEvening, kCet});
    gui.frames(3);
    const std::uint64_t before = drawAndFingerprint(gui);
    gui.app().setClock({kEvening + 60, kCet});
    CHECK(drawAndFingerprint(gui) == before);
}

} // namespace dlg::test
