// A headless ImGui driver for tests: a context with a real font atlas, no window and no GL. Frames
// run NewFrame -> App::draw -> Render -> App::apply, exactly as in the platform loop; input goes in
// through the 1.86 io fields (MousePos, MouseDown, KeysDown, AddInputCharacter).
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include <imgui.h>

#include "app/app.h"

namespace dlg::test {

/// GLFW's number of the End key, as the platform layer maps it.
inline constexpr int kEndKey = 269;

/// A small evening with two checklist items and one theme, built in memory.
Session sampleSession();

class HeadlessGui {
  public:
    /// `sessionsDir` is where Open lists files and Save as puts bare names.
    explicit HeadlessGui(Session session, std::string language = "nl",
                         std::filesystem::path sessionsDir = "sessions");
    ~HeadlessGui();
    HeadlessGui(const HeadlessGui&) = delete;
    HeadlessGui& operator=(const HeadlessGui&) = delete;

    /// Runs one frame; every catalogue key asked for goes into usedKeys().
    void frame();
    /// Runs `count` frames.
    void frames(int count);

    /// Moves the mouse onto the widget recorded as `name`, presses and releases the left button.
    /// Fails the test when no such widget was drawn.
    void click(const std::string& name);
    /// Types UTF-8 `text` one character per frame (into the focused field), like a person typing.
    void type(const std::string& text);
    /// Presses and releases the key with ImGui index `key`, with Ctrl / Shift held as asked.
    void press(int key, bool ctrl = false, bool shift = false);

    App& app() { return app_; }
    const Session& session() const { return app_.state().doc.session; }
    const WidgetProbe& probe() const { return probe_; }
    const std::set<std::string>& usedKeys() const { return usedKeys_; }

  private:
    ImGuiContext* context_;
    App app_;
    WidgetProbe probe_;
    std::set<std::string> usedKeys_;
};

/// The source tree's catalogue directory.
std::filesystem::path catalogueDir();

/// The text the room's projector shows for the GUI's current state: the slide drawn by the same
/// function the presenting window uses, into a 1280x800 window of the test's own, read from
/// ImGui's log.
std::string projectorText(HeadlessGui& gui);

} // namespace dlg::test
