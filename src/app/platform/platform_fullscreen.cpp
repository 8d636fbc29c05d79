#include "app/platform/platform_fullscreen.h"

#include <GLFW/glfw3.h>

namespace dlg {
namespace {

// The monitor that holds the window's centre; the primary one when none does (a window dragged
// half off every screen).
GLFWmonitor* monitorOf(GLFWwindow* window) {
    int x = 0, y = 0, width = 0, height = 0;
    glfwGetWindowPos(window, &x, &y);
    glfwGetWindowSize(window, &width, &height);
    const int cx = x + width / 2, cy = y + height / 2;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        int mx = 0, my = 0;
        glfwGetMonitorPos(monitors[i], &mx, &my);
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        if (mode && cx >= mx && cx < mx + mode->width && cy >= my && cy < my + mode->height)
            return monitors[i];
    }
    return glfwGetPrimaryMonitor();
}

} // namespace

bool FullScreenFollower::follow(bool presenting) {
    if (presenting == fullScreen_) return false;
    if (presenting) {
        GLFWmonitor* monitor = monitorOf(window_);
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (!mode) return false; // no monitor to fill: present inside the window as it is
        glfwGetWindowPos(window_, &x_, &y_);
        glfwGetWindowSize(window_, &width_, &height_);
        // The monitor's current mode: no mode switch, so the beamer does not resync (black for
        // seconds) when presenting starts.
        glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window_, nullptr, x_, y_, width_, height_, 0);
    }
    fullScreen_ = presenting;
    return true;
}

} // namespace dlg
