#include "app/platform/platform_projector.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>

#include "app/chrome/frame_fingerprint.h"
#include "app/platform/platform.h"
#include "app/platform/platform_keys.h"
#include "app/views/style.h"

namespace dlg {

namespace {

/// Makes `context` and `window` current for ImGui and GL until destroyed, then puts back what was.
class ScopedContexts {
  public:
    ScopedContexts(ImGuiContext* context, GLFWwindow* window)
        : imgui_(ImGui::GetCurrentContext()), gl_(glfwGetCurrentContext()) {
        ImGui::SetCurrentContext(context);
        glfwMakeContextCurrent(window);
    }
    ~ScopedContexts() {
        glfwMakeContextCurrent(gl_);
        ImGui::SetCurrentContext(imgui_);
    }
    ScopedContexts(const ScopedContexts&) = delete;
    ScopedContexts& operator=(const ScopedContexts&) = delete;

  private:
    ImGuiContext* imgui_;
    GLFWwindow* gl_;
};

// Keys and typed characters in the projector window are handed to the main window's ImGui context
// (current outside render()), as if the presenter had pressed them there.
void forwardKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    if (auto* projector = static_cast<ProjectorWindow*>(glfwGetWindowUserPointer(window)))
        deliverKey(projector->mainWindow(), key, scancode, action, mods);
}

void forwardChar(GLFWwindow* window, unsigned int character) {
    if (auto* projector = static_cast<ProjectorWindow*>(glfwGetWindowUserPointer(window)))
        ImGui_ImplGlfw_CharCallback(projector->mainWindow(), character);
}

// Uncovered or resized: its pixels must be drawn again even when the picture did not change.
void repaintAfterExpose(GLFWwindow* window) {
    if (auto* projector = static_cast<ProjectorWindow*>(glfwGetWindowUserPointer(window)))
        projector->askRepaint();
}

} // namespace

int monitorCount() {
    int count = 0;
    glfwGetMonitors(&count);
    return std::max(count, 1);
}

bool ProjectorWindow::follow(int monitor, bool largeText) {
    // A window that failed to open is not retried every loop: only a new choice tries again.
    if (monitor == monitor_) return false;
    close();
    monitor_ = monitor;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (monitor >= 0 && monitor < count) open(monitors[monitor], largeText);
    return true;
}

bool ProjectorWindow::open(GLFWmonitor* monitor, bool largeText) {
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    if (!mode) return false;
    // Full screen in the monitor's current mode (no mode switch), and it must stay up when the
    // presenter clicks in the laptop's window.
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUSED, GLFW_FALSE);
    window_ = glfwCreateWindow(mode->width, mode->height, "dialoogavond projector", monitor, main_);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_TRUE);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_TRUE);
    glfwWindowHint(GLFW_FOCUSED, GLFW_TRUE);
    if (!window_) return false;
    repaint_ = true;
    glfwSetWindowUserPointer(window_, this);
    glfwSetKeyCallback(window_, forwardKey);
    glfwSetCharCallback(window_, forwardChar);
    glfwSetWindowRefreshCallback(window_, repaintAfterExpose);
    glfwSetWindowSizeCallback(window_, [](GLFWwindow* window, int, int) { repaintAfterExpose(window); });

    ImFontAtlas* atlas = ImGui::GetIO().Fonts; // the main context's, shared: one upload for both
    const ImTextureID mainTexture = atlas->TexID;
    context_ = ImGui::CreateContext(atlas);
    const ScopedContexts scoped(context_, window_);
    // The room's window never receives a click; swaps must not wait for its vertical blank, or
    // the presenter's window would stutter at half its frame rate.
    glfwSwapInterval(0);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    applyStyle(largeText);
    ImGui_ImplOpenGL3_Init("#version 330");
    // Shader and buffers of its own, but the font texture of the main window (GL objects are
    // shared between the two contexts): drop the copy the backend made and point back at it.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    atlas->SetTexID(mainTexture);
    return true;
}

void ProjectorWindow::close() {
    if (!window_) return;
    {
        const ScopedContexts scoped(context_, window_);
        ImGui_ImplOpenGL3_Shutdown();
    }
    ImGui::DestroyContext(context_);
    context_ = nullptr;
    glfwDestroyWindow(window_);
    window_ = nullptr;
}

void ProjectorWindow::restyle(bool largeText) {
    if (!window_) return;
    const ScopedContexts scoped(context_, window_);
    applyStyle(largeText);
}

std::string ProjectorWindow::render(const App& app, const std::filesystem::path& screenshotPath) {
    if (!window_) return {};
    const ScopedContexts scoped(context_, window_);
    ImGuiIO& io = ImGui::GetIO(); // its atlas is the main window's, texture id included
    int width = 0;
    int height = 0;
    glfwGetWindowSize(window_, &width, &height);
    int bufferWidth = 0;
    int bufferHeight = 0;
    glfwGetFramebufferSize(window_, &bufferWidth, &bufferHeight);
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    if (width > 0 && height > 0)
        io.DisplayFramebufferScale = ImVec2(static_cast<float>(bufferWidth) / static_cast<float>(width),
                                            static_cast<float>(bufferHeight) / static_cast<float>(height));
    const double now = glfwGetTime();
    io.DeltaTime = lastFrame_ > 0 && now > lastFrame_ ? static_cast<float>(now - lastFrame_) : 1.0f / 60.0f;
    lastFrame_ = now;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    app.drawProjectorWindow();
    ImGui::Render();
    // Most slides are still pictures: only a countdown or a step of the evening changes them.
    const ImVec4 clear = app.projectorClearColour();
    const std::uint64_t fingerprint = frameFingerprint(*ImGui::GetDrawData(), clear);
    if (fingerprint == presented_ && !repaint_ && screenshotPath.empty()) return {};
    repaint_ = false;
    glViewport(0, 0, bufferWidth, bufferHeight);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    presented_ = fingerprint;
    std::string error;
    if (!screenshotPath.empty()) error = writeBackBufferPng(screenshotPath, bufferWidth, bufferHeight);
    glfwSwapBuffers(window_);
    return error;
}

} // namespace dlg
