// The second projector window: full-screen on a chosen monitor while the laptop keeps the
// presenter view. Platform layer (GLFW + OpenGL), used only by platform_glfw.cpp.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "app/app.h"

struct GLFWwindow;
struct GLFWmonitor;
struct ImGuiContext;
struct ImFontAtlas;

namespace dlg {

/// A second GLFW window sharing the main window's GL objects and font atlas, with an ImGui context
/// of its own (ImGui 1.86 has no multi-viewport). It only draws; keys pressed in it go to the main
/// window's ImGui context, so the presentation keys work whichever window has the focus.
class ProjectorWindow {
  public:
    explicit ProjectorWindow(GLFWwindow* main) : main_(main) {}
    ~ProjectorWindow() { close(); }
    ProjectorWindow(const ProjectorWindow&) = delete;
    ProjectorWindow& operator=(const ProjectorWindow&) = delete;

    /// Opens, moves or closes the window so it matches `monitor` (-1 = none). Returns true when
    /// the window changed (the caller then renders a frame). Call with the main context current.
    bool follow(int monitor, bool largeText);
    /// Draws and presents one frame of the projector; leaves the main window's contexts current.
    /// With `screenshotPath`, the frame is also written there as a PNG; returns why that failed.
    std::string render(const App& app, const std::filesystem::path& screenshotPath = {});
    bool isOpen() const { return window_ != nullptr; }
    GLFWwindow* window() const { return window_; }
    /// After the main window rebuilt the shared font atlas: the style may have changed size.
    void restyle(bool largeText);
    /// The window system lost its pixels (uncovered, resized): the next render() draws even an
    /// unchanged picture. needsRepaint() tells the main loop a frame is due.
    void askRepaint() { repaint_ = true; }
    bool needsRepaint() const { return window_ && repaint_; }
    GLFWwindow* mainWindow() const { return main_; }

  private:
    bool open(GLFWmonitor* monitor, bool largeText);
    void close();

    GLFWwindow* main_;
    GLFWwindow* window_ = nullptr;
    ImGuiContext* context_ = nullptr;
    int monitor_ = -1;    ///< the monitor asked for last (-1 = none), whether or not the window opened
    bool repaint_ = true; ///< draw the next frame even if its fingerprint is unchanged
    std::uint64_t presented_ = 0; ///< fingerprint of the picture on screen
    double lastFrame_ = 0;        ///< glfwGetTime() of the last frame, for io.DeltaTime
};

/// Number of monitors GLFW currently sees (at least 1 when a display is open).
int monitorCount();

} // namespace dlg
