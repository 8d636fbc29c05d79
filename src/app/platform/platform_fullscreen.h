// F5 in the main window (one screen, mirrored to the beamer): the window goes full-screen on the
// monitor it is on, as a slide show does, so the room sees the slide and not the laptop's desktop,
// title bar and task bar; Esc gives the window back its place and size. Platform layer only.
#pragma once

struct GLFWwindow;

namespace dlg {

class FullScreenFollower {
  public:
    explicit FullScreenFollower(GLFWwindow* window) : window_(window) {}
    /// Makes the window full-screen when `presenting` turns on and restores it when it turns off.
    /// Returns true when the window changed (a frame is due).
    bool follow(bool presenting);

  private:
    GLFWwindow* window_;
    bool fullScreen_ = false;
    int x_ = 0, y_ = 0, width_ = 0, height_ = 0; ///< the windowed place to return to
};

} // namespace dlg
