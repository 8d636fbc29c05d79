// A fingerprint of what a frame puts on screen. The main loop wakes every second while an evening
// is live; when the new frame's fingerprint equals the last presented one, nothing visible changed
// and the frame is not rendered (with software OpenGL one 1280x800 frame costs milliseconds).
#pragma once

#include <cstdint>

#include <imgui.h>

namespace dlg {

/// Hash of the draw lists (vertices, indices, commands with clip rectangles and textures), the
/// display geometry and the clear colour. Equal fingerprints mean identical pictures.
std::uint64_t frameFingerprint(const ImDrawData& data, const ImVec4& clearColour);

} // namespace dlg
