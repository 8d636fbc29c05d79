// Keys for ImGui 1.86, which reads a key as "down during this frame": a key pressed and released
// between two frames (a presenter clicker while a frame is being drawn, or xdotool) was never
// seen down, and PageDown did nothing; three quick presses counted once. Here a release of a key
// pressed since the last frame waits until a frame has seen the key down, everything after it
// waits its turn in order, and held events reach ImGui one change per key per frame.
// Platform layer only (GLFW and the ImGui GLFW backend).
#pragma once

struct GLFWwindow;

namespace dlg {

/// Routes the main window's keys through deliverKey(). Call after ImGui_ImplGlfw_InitForOpenGL.
void installKeyDelivery(GLFWwindow* main);

/// Hands a key event to ImGui now, or holds it back (see above). The projector window forwards
/// its keys here too, so both windows' keys keep one order.
void deliverKey(GLFWwindow* main, int key, int scancode, int action, int mods);

/// Call after each frame: the next held-back events go to ImGui. Returns true while events are
/// waiting, so the loop draws another frame instead of sleeping.
bool deliverHeldKeys();

} // namespace dlg
