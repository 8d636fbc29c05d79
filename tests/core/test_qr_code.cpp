// The join link's QR code: the matrix libqrencode gives, and a real decoder (zbarimg) reading it
// back from an image drawn the way the app and the PDF draw it (dark on light, quiet zone).
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>

#include "../temp_dir.h"
#include "core/online/qr_code.h"

namespace dlg::test {
namespace {

const std::string kLink = "http://192.168.178.23:8080/t/abcdefghijklmnop";

// A finder pattern: a 7x7 dark ring, a light ring, a 3x3 dark centre, at (x, y).
bool finderAt(const QrMatrix& qr, int x, int y) {
    for (int dy = 0; dy < 7; ++dy)
        for (int dx = 0; dx < 7; ++dx) {
            const bool ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
            const bool centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
            if (qr.dark(x + dx, y + dy) != (ring || centre)) return false;
        }
    return true;
}

// The matrix as a greyscale PGM, `scale` pixels a module, with the quiet zone.
void writePgm(const QrMatrix& qr, const std::filesystem::path& path, int scale) {
    const int side = (qr.size + 2 * kQrQuietZone) * scale;
    std::ofstream out(path, std::ios::binary);
    out << "P5\n" << side << " " << side << "\n255\n";
    for (int py = 0; py < side; ++py)
        for (int px = 0; px < side; ++px) {
            const int x = px / scale - kQrQuietZone;
            const int y = py / scale - kQrQuietZone;
            out.put(qr.dark(x, y) ? static_cast<char>(0) : static_cast<char>(255));
        }
}

std::string run(const std::string& command) {
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        std::array<char, 256> buffer{};
        while (std::fgets(buffer.data(), buffer.size(), pipe))
            output += buffer.data();
        ::pclose(pipe);
    }
    return output;
}

} // namespace

TEST_CASE("qr code: a join link is a version 3 code with its three finder patterns") {
    // 45 characters at level M: as bytes only version 4 holds them; the address's digits in numeric
    // mode bring it down to version 3 (larger modules on the projector, read from further back).
    const QrMatrix qr = encodeQr(kLink);
    CHECK(qr.version == 3);
    CHECK(qr.size == 17 + 4 * qr.version);
    REQUIRE(qr.modules.size() == static_cast<std::size_t>(qr.size * qr.size));
    CHECK(finderAt(qr, 0, 0));
    CHECK(finderAt(qr, qr.size - 7, 0));
    CHECK(finderAt(qr, 0, qr.size - 7));
    CHECK_FALSE(finderAt(qr, qr.size - 7, qr.size - 7)); // the fourth corner has none
}

TEST_CASE("qr code: zbarimg reads the join link back from the drawn code") {
    TempDir dir("qr");
    const QrMatrix qr = encodeQr(kLink);
    REQUIRE_FALSE(qr.empty());
    const auto image = dir.path() / "code.pgm";
    writePgm(qr, image, 4);
    // stderr stays out: zbarimg may complain there about a missing D-Bus, which says nothing here.
    const std::string decoded = run("zbarimg --raw -q '" + image.string() + "' 2>/dev/null");
    CHECK(decoded == kLink + "\n");
}

TEST_CASE("qr code: text too long for any version gives an empty matrix") {
    CHECK(encodeQr(std::string(8000, 'x')).empty());
}

} // namespace dlg::test
