// Back buffer to PNG for `--screenshot` (stb_image_write's implementation lives in Debian's libstb).
#include <algorithm>

#include <glad/gl.h>
#include <stb/stb_image_write.h>

#include "app/platform/platform.h"

namespace dlg {

std::string writeBackBufferPng(const std::filesystem::path& path, int width, int height) {
    if (width <= 0 || height <= 0) return "the window has no pixels to capture";
    const std::size_t rowBytes = static_cast<std::size_t>(width) * 3;
    std::vector<unsigned char> pixels(rowBytes * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    if (glGetError() != GL_NO_ERROR) return "glReadPixels failed";
    // OpenGL rows run bottom-up, PNG rows top-down.
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < height; ++y) {
        std::copy_n(
            pixels.begin() + static_cast<std::ptrdiff_t>(rowBytes * static_cast<std::size_t>(height - 1 - y)),
            rowBytes, flipped.begin() + static_cast<std::ptrdiff_t>(rowBytes * static_cast<std::size_t>(y)));
    }
    if (!stbi_write_png(path.string().c_str(), width, height, 3, flipped.data(), static_cast<int>(rowBytes)))
        return "cannot write " + path.string();
    return {};
}

} // namespace dlg
