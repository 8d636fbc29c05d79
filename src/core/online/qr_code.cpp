#include "core/online/qr_code.h"

#include <qrencode.h>

namespace dlg {

QrMatrix encodeQr(const std::string& text) {
    QrMatrix matrix;
    // Case-sensitive: libqrencode picks the densest mode for each run of the text.
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) return matrix;
    matrix.version = code->version;
    matrix.size = code->width;
    matrix.modules.resize(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
    // libqrencode's byte per module: bit 0 is dark/light, the other bits say what the module is for.
    for (std::size_t i = 0; i < matrix.modules.size(); ++i)
        matrix.modules[i] = code->data[i] & 1u;
    QRcode_free(code);
    return matrix;
}

} // namespace dlg
