// The contract between main() and the windowing layer (GLFW + OpenGL 3.3 + glad, in platform_*.cpp).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/state/gui_options.h"

namespace dlg {

/// Opens the window and runs the GUI until the user quits, or renders one screenshot and returns.
/// Returns the process exit code: 0 ok, 2 session could not be loaded (screenshot mode), 3 window
/// system, OpenGL or PNG write failure.
int runGui(const GuiOptions& options);

/// Reads the current framebuffer's back buffer (`width` x `height` pixels), flips it top-down and
/// writes it as a PNG. Returns the reason on failure, empty on success.
std::string writeBackBufferPng(const std::filesystem::path& path, int width, int height);

} // namespace dlg
