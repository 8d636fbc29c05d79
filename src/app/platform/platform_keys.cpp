#include "app/platform/platform_keys.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

#include <deque>
#include <set>

namespace dlg {
namespace {

struct KeyEvent {
    GLFWwindow* window;
    int key, scancode, action, mods;
};

// The main loop and GLFW's callbacks run on one thread: no lock needed.
std::deque<KeyEvent> held;       ///< waiting for a later frame, in arrival order
std::set<int> changedSinceFrame; ///< keys whose state ImGui was given since the last frame

/// ImGui sees one state per key per frame: a second change of the same key before the next frame
/// (a release right after its press, or a press right after its release) must wait for it.
bool mustWait(const KeyEvent& event) {
    return changedSinceFrame.count(event.key) > 0;
}

void give(const KeyEvent& event) {
    if (event.action != GLFW_REPEAT) changedSinceFrame.insert(event.key);
    ImGui_ImplGlfw_KeyCallback(event.window, event.key, event.scancode, event.action, event.mods);
}

} // namespace

void installKeyDelivery(GLFWwindow* main) {
    // Replaces the backend's callback at GLFW; the backend's own one still runs (from give()),
    // and it calls the wake callback installed before it.
    glfwSetKeyCallback(main, [](GLFWwindow* window, int key, int scancode, int action, int mods) {
        deliverKey(window, key, scancode, action, mods);
    });
}

void deliverKey(GLFWwindow* main, int key, int scancode, int action, int mods) {
    const KeyEvent event{main, key, scancode, action, mods};
    if (!held.empty() || mustWait(event)) {
        held.push_back(event);
        return;
    }
    give(event);
}

bool deliverHeldKeys() {
    changedSinceFrame.clear();
    while (!held.empty() && !mustWait(held.front())) {
        give(held.front());
        held.pop_front();
    }
    return !held.empty() || !changedSinceFrame.empty();
}

} // namespace dlg
