// The only place that knows GLFW, glad and the ImGui GLFW/OpenGL3 backends. Owns the window and the
// main loop: render a short burst of frames after any input, then sleep in glfwWaitEvents until
// the next event or the next deadline (settings debounce). An idle window costs no CPU.
#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <utility>

#include "app/app.h"
#include "app/chrome/frame_fingerprint.h"
#include "app/platform/platform.h"
#include "app/platform/platform_fullscreen.h"
#include "app/platform/platform_keys.h"
#include "app/platform/platform_projector.h"
#include "app/state/wall_clock.h"
#include "app/views/style.h"
#include "core/model/paths.h"

namespace dlg {

namespace {

// Frames drawn after an input, and again after every frame that changed the picture, until the
// picture is still: hover, a popup opening and sizing itself each take a frame.
constexpr int kBurstFrames = 3;
constexpr double kProgressInterval = 0.25; // seconds between looks at the thorough search's progress
// Frames rendered before a screenshot is taken, so layout and auto-sized windows have settled.
constexpr int kScreenshotFrames = 5;

/// Per-window loop state, reached from GLFW callbacks through the window user pointer.
struct LoopState {
    int framesLeft = kBurstFrames;
    bool mustPresent = true;     ///< the window's pixels were lost or resized: render even if unchanged
    std::uint64_t presented = 0; ///< fingerprint of the frame on screen
    /// The window was resized, maximized or iconified: read its size again. Asking the X server
    /// on every wake cost two round trips per phone request with Tafels online.
    bool sizeChanged = true;
};

void noteSizeChange(GLFWwindow* window) {
    if (auto* loop = static_cast<LoopState*>(glfwGetWindowUserPointer(window))) loop->sizeChanged = true;
}

void wakeForFrames(GLFWwindow* window) {
    if (auto* loop = static_cast<LoopState*>(glfwGetWindowUserPointer(window)))
        loop->framesLeft = kBurstFrames;
}

void wakeToRepaint(GLFWwindow* window) {
    if (auto* loop = static_cast<LoopState*>(glfwGetWindowUserPointer(window))) {
        loop->framesLeft = kBurstFrames;
        loop->mustPresent = true;
    }
}

// Installed before the ImGui backend, which chains to them: any input or window change asks for frames.
void installWakeCallbacks(GLFWwindow* window) {
    glfwSetCursorPosCallback(window, [](GLFWwindow* w, double, double) { wakeForFrames(w); });
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int, int, int) { wakeForFrames(w); });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double, double) { wakeForFrames(w); });
    glfwSetKeyCallback(window, [](GLFWwindow* w, int, int, int, int) { wakeForFrames(w); });
    glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int) { wakeForFrames(w); });
    glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int) { wakeForFrames(w); });
    glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int) { wakeForFrames(w); });
    glfwSetWindowSizeCallback(window, [](GLFWwindow* w, int, int) {
        noteSizeChange(w);
        wakeToRepaint(w);
    });
    glfwSetWindowMaximizeCallback(window, [](GLFWwindow* w, int) { noteSizeChange(w); });
    glfwSetWindowIconifyCallback(window, [](GLFWwindow* w, int) { noteSizeChange(w); });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { wakeToRepaint(w); });
}

void reportGlfwError(int code, const char* description) {
    std::cerr << "dialoogavond: GLFW error " << code << ": " << description << "\n";
}

void rebuildFonts(App& app, bool largeText) {
    ImGuiIO& io = ImGui::GetIO();
    const FontSet fonts = loadFonts(io, largeText);
    if (!fonts.warning.empty()) std::cerr << "dialoogavond: " << fonts.warning << "\n";
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    applyStyle(largeText);
    app.setFonts(fonts);
}

// Builds one frame and renders it unless it looks exactly like the one on screen (`presented`) and
// nothing forces a repaint. Returns true when it rendered: then the caller swaps buffers.
bool renderFrame(GLFWwindow* window, App& app, std::uint64_t& presented, bool mustPresent) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    FrameOutput output = app.draw();
    ImGui::Render();
    const ImVec4 clear = app.clearColour();
    const std::uint64_t fingerprint = frameFingerprint(*ImGui::GetDrawData(), clear);
    const bool render = mustPresent || fingerprint != presented;
    if (render) {
        int width = 0;
        int height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        presented = fingerprint;
    }
    app.apply(std::move(output));
    return render;
}

// "shot.png" -> "shot-projector.png": the second window's picture next to the first.
std::filesystem::path projectorScreenshotPath(const std::filesystem::path& path) {
    std::filesystem::path result = path;
    result.replace_filename(path.stem().string() + "-projector" + path.extension().string());
    return result;
}

int takeScreenshot(GLFWwindow* window, App& app, ProjectorWindow& projector, const GuiOptions& options) {
    // The picture is of the screen; a load notice would cover it (the banner still shows it).
    FrameOutput dismiss;
    dismiss.act(ActionKind::DismissNotice);
    app.apply(std::move(dismiss));
    app.setClock(wallClock());
    app.setMonitorCount(monitorCount());
    projector.follow(app.projectorWindowMonitor(), app.settings().largeText);
    std::uint64_t presented = 0;
    for (int frame = 0; frame < kScreenshotFrames; ++frame) {
        glfwPollEvents();
        if (app.takeFontRebuildRequest()) rebuildFonts(app, app.settings().largeText);
        renderFrame(window, app, presented, true);
        if (frame + 1 < kScreenshotFrames) glfwSwapBuffers(window);
        const bool last = frame + 1 == kScreenshotFrames;
        const std::string error = projector.render(app, last ? projectorScreenshotPath(options.screenshotPath)
                                                             : std::filesystem::path());
        if (!error.empty()) {
            std::cerr << "dialoogavond: projector screenshot failed: " << error << "\n";
            return 3;
        }
    }
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    const std::string error = writeBackBufferPng(options.screenshotPath, width, height);
    if (!error.empty()) {
        std::cerr << "dialoogavond: screenshot failed: " << error << "\n";
        return 3;
    }
    return 0;
}

// The next deadline without input: settings debounce, autosave, while an evening is live the next
// whole second of the countdown (nothing is redrawn between two displayed seconds), and while the
// thorough search runs the next look at its progress bar, while phones are served a look at them.
std::optional<double> nextWake(const App& app, const SettingsSaver& saver) {
    const double now = glfwGetTime();
    std::optional<double> due = saver.secondsUntilDue(now);
    auto earliest = [&due](std::optional<double> other) {
        if (other) due = due ? std::min(*due, *other) : *other;
    };
    earliest(app.autosaveDueIn(now));
    if (app.runIsLive()) earliest(secondsToNextWallSecond());
    if (app.backgroundBusy()) earliest(kProgressInterval);
    // A phone's request wakes the loop itself (glfwPostEmptyEvent); this ages "phones connected".
    earliest(app.onlineDueIn());
    return due;
}

void runInteractive(GLFWwindow* window, App& app, ProjectorWindow& projector, SettingsSaver& saver) {
    LoopState loop;
    glfwSetWindowUserPointer(window, &loop);
    FullScreenFollower fullScreen(window);
    std::string shownTitle;
    while (!app.wantsQuit()) {
        if (loop.framesLeft > 0) {
            glfwPollEvents();
        } else if (auto due = nextWake(app, saver)) {
            glfwWaitEventsTimeout(*due + 0.01);
        } else {
            glfwWaitEvents();
        }
        if (glfwWindowShouldClose(window)) {
            glfwSetWindowShouldClose(window, GLFW_FALSE);
            app.requestClose();
            loop.framesLeft = kBurstFrames;
        }
        // Alt+F4 on the room's window closes only that window.
        if (projector.isOpen() && glfwWindowShouldClose(projector.window())) app.chooseProjectorMonitor(-1);
        if (app.setMonitorCount(monitorCount())) loop.framesLeft = kBurstFrames;
        if (projector.follow(app.projectorWindowMonitor(), app.settings().largeText))
            loop.framesLeft = kBurstFrames;
        if (std::exchange(loop.sizeChanged, false) && !glfwGetWindowAttrib(window, GLFW_ICONIFIED) &&
            !glfwGetWindowAttrib(window, GLFW_MAXIMIZED) &&
            !glfwGetWindowMonitor(window)) { // full-screen (F5) is not the size to come back with
            glfwGetWindowSize(window, &app.settings().windowWidth, &app.settings().windowHeight);
        }
        saver.update(app.settings(), glfwGetTime());
        if (app.setClock(wallClock())) loop.framesLeft = std::max(loop.framesLeft, 1);
        if (app.tick(glfwGetTime())) loop.framesLeft = std::max(loop.framesLeft, 1);
        if (app.pollBackground()) loop.framesLeft = std::max(loop.framesLeft, 1);
        if (app.pollOnline()) loop.framesLeft = std::max(loop.framesLeft, 1);
        if (projector.needsRepaint()) loop.framesLeft = std::max(loop.framesLeft, 1);
        if (fullScreen.follow(app.presenting())) loop.framesLeft = kBurstFrames;
        if (!saver.lastError().empty())
            std::cerr << "dialoogavond: settings not saved: " << saver.lastError() << "\n";
        if (loop.framesLeft <= 0) continue;
        if (app.takeFontRebuildRequest()) {
            rebuildFonts(app, app.settings().largeText);
            projector.restyle(app.settings().largeText);
            loop.mustPresent = true;
        }
        const std::uint64_t before = loop.presented;
        if (renderFrame(window, app, loop.presented, std::exchange(loop.mustPresent, false)))
            glfwSwapBuffers(window);
        projector.render(app);
        --loop.framesLeft;
        // A frame that differs from the last one may still be settling: a click's button answers
        // one frame late, a popup opens a frame after that and shows a frame later still (it
        // sizes itself while hidden). So keep drawing until the picture stays the same for a
        // burst; without this "Avond starten?" appeared only when the mouse moved again.
        if (loop.presented != before) loop.framesLeft = kBurstFrames;
        // Keys pressed and released between two frames get their release now, a frame later.
        if (deliverHeldKeys()) loop.framesLeft = std::max(loop.framesLeft, 1);
        if (const std::string title = app.windowTitle(); title != shownTitle) {
            glfwSetWindowTitle(window, title.c_str());
            shownTitle = title;
        }
    }
    glfwSetWindowUserPointer(window, nullptr);
    saver.flush(app.settings());
}

} // namespace

int runGui(const GuiOptions& options) {
    const bool screenshot = !options.screenshotPath.empty();
    // A screenshot depends only on its arguments and leaves the user's configuration alone.
    const auto config = screenshot ? std::filesystem::path() : configDir();
    const auto settingsPath = config / "settings.json";
    SettingsLoad loaded = screenshot ? SettingsLoad{} : loadSettings(settingsPath);
    if (!loaded.warning.empty()) std::cerr << "dialoogavond: " << loaded.warning << "\n";
    Settings settings = loaded.settings;
    if (options.language) settings.language = *options.language;
    if (options.largeText) settings.largeText = true;
    if (options.width > 0) {
        settings.windowWidth = options.width;
        settings.windowHeight = options.height;
    }

    glfwSetErrorCallback(reportGlfwError);
    if (!glfwInit()) {
        std::cerr << "dialoogavond: cannot open a window (no display? check $DISPLAY, or use a command such "
                     "as 'dialoogavond validate')\n";
        return 3;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    if (screenshot) glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
    // A size remembered on a bigger screen (or the default) must not run off a 1366x768 laptop:
    // keep the window inside the primary monitor's work area, below its title bar.
    if (GLFWmonitor* primary = glfwGetPrimaryMonitor(); primary && !screenshot) {
        int x = 0, y = 0, width = 0, height = 0;
        glfwGetMonitorWorkarea(primary, &x, &y, &width, &height);
        constexpr int kTitleBar = 40;
        if (width > 0 && height > kTitleBar) {
            settings.windowWidth = std::min(settings.windowWidth, width);
            settings.windowHeight = std::min(settings.windowHeight, height - kTitleBar);
        }
    }
    GLFWwindow* window =
        glfwCreateWindow(settings.windowWidth, settings.windowHeight, "dialoogavond", nullptr, nullptr);
    if (!window) {
        std::cerr << "dialoogavond: cannot create an OpenGL 3.3 window\n";
        glfwTerminate();
        return 3;
    }
    glfwMakeContextCurrent(window);
    if (!gladLoadGL(glfwGetProcAddress)) {
        std::cerr << "dialoogavond: cannot load OpenGL 3.3 functions\n";
        glfwDestroyWindow(window);
        glfwTerminate();
        return 3;
    }
    glfwSwapInterval(1);
    installWakeCallbacks(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    // Window layout lives with the settings, never in the working directory; screenshots keep none.
    const std::string iniPath = (config / "imgui.ini").string();
    io.IniFilename = screenshot ? nullptr : iniPath.c_str();
    // The loop does not render while idle, so a blinking cursor could freeze in its "off" phase.
    io.ConfigInputTextCursorBlink = false;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    installKeyDelivery(window);
    ImGui_ImplOpenGL3_Init("#version 330");

    int exitCode = 0;
    {
        App app(settings, assetsDir(), "sessions");
        app.setWake([] { glfwPostEmptyEvent(); }); // thread-safe: ends glfwWaitEvents
        const FontSet fonts = loadFonts(io, settings.largeText);
        if (!fonts.warning.empty()) std::cerr << "dialoogavond: " << fonts.warning << "\n";
        applyStyle(settings.largeText);
        app.setFonts(fonts);
        app.showScreen(options.view);
        if (options.projector) app.presentProjector();
        if (options.projectorScreen > 0) app.chooseProjectorMonitor(options.projectorScreen - 1);
        app.setLocking(!screenshot);
        std::string error;
        const bool opened = app.open(chooseSessionPath(options.sessionPath, "sessions"), &error);
        // A restart in the middle of the evening (a crash) comes back where the room was.
        if (opened && !screenshot && !options.viewGiven && !options.projector) app.resumeRunningEvening();
        if (opened && options.tablesOnline) { // as the switch on Live / Opbrengsten does
            FrameOutput online;
            online.act(ActionKind::Online, *options.tablesOnline, "address");
            online.act(ActionKind::Online, {}, "switch", 1);
            if (options.codesOnProjector) online.act(ActionKind::Online, {}, "codesOnProjector", 1);
            app.apply(std::move(online));
        }
        // Before the main ImGui context goes: the projector borrows its font atlas.
        ProjectorWindow projector(window);
        if (screenshot) {
            if (opened) {
                exitCode = takeScreenshot(window, app, projector, options);
            } else {
                std::cerr << "dialoogavond: " << error << "\n";
                exitCode = 2;
            }
        } else {
            if (!opened) std::cerr << "dialoogavond: " << error << "\n";
            SettingsSaver saver(settingsPath, settings);
            runInteractive(window, app, projector, saver);
        }
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exitCode;
}

} // namespace dlg
