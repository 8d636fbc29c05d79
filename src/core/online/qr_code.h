// A join link as a QR code: the module matrix only (plain data), drawn by the app with rectangles
// and by the table-card PDF with cairo. Encoded by libqrencode (Debian's libqrencode-dev).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dlg {

struct QrMatrix {
    int version = 0;                   ///< 1..40; 0 = nothing encoded
    int size = 0;                      ///< modules per side (17 + 4 * version), without the quiet zone
    std::vector<std::uint8_t> modules; ///< size * size, row by row; 1 = dark

    bool dark(int x, int y) const {
        return x >= 0 && y >= 0 && x < size && y < size &&
               modules[static_cast<std::size_t>(y * size + x)] != 0;
    }
    bool empty() const { return size == 0; }
};

/// Light modules to leave around the code on every side (the QR standard's quiet zone).
inline constexpr int kQrQuietZone = 4;

/// `text` at error correction level M (15 %: a smudged card still scans, and a projected code
/// seen from far away, whose modules blur into the camera's pixels, reads better than at level L)
/// in the smallest version that holds it: runs of digits and of upper-case letters go in the QR's
/// denser modes (a join link's address is digits: version 3, 29 modules a side, where bytes
/// alone take version 4, 33). Empty when it does not fit or the library fails.
QrMatrix encodeQr(const std::string& text);

} // namespace dlg
