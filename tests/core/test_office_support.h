// Helpers for the PDF and DOCX writer tests: run a checking tool (poppler-utils, python3) and read
// the parts of a ZIP file, independently of the writers' own code.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

#include <doctest/doctest.h>

#include "core/report/report.h"
#include "test_report_fixture.h"
#include "test_support.h"

namespace dlg::test {

struct CommandResult {
    int exitCode = -1;
    std::string output; ///< stdout and stderr together
};

/// Runs `command` in the shell; its stdout and stderr come back as one text.
inline CommandResult runCommand(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE_MESSAGE(pipe != nullptr, "cannot run ", command);
    char buffer[4096];
    std::size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        result.output.append(buffer, read);
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline std::uint32_t readLittleEndian(const std::string& bytes, std::size_t at, int size) {
    std::uint32_t value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes.at(at + static_cast<std::size_t>(i)));
    return value;
}

/// The entries of a ZIP file by name, inflated, found through the central directory; fails the
/// test on a broken archive or a CRC mismatch.
inline std::map<std::string, std::string> unzipAll(const std::string& zip) {
    std::map<std::string, std::string> entries;
    const std::size_t end = zip.rfind(std::string("PK\x05\x06", 4));
    REQUIRE_MESSAGE(end != std::string::npos, "no end of central directory");
    const std::uint32_t count = readLittleEndian(zip, end + 10, 2);
    std::size_t at = readLittleEndian(zip, end + 16, 4);
    for (std::uint32_t i = 0; i < count; ++i) {
        REQUIRE(readLittleEndian(zip, at, 4) == 0x02014b50);
        const std::uint32_t method = readLittleEndian(zip, at + 10, 2);
        const std::uint32_t crc = readLittleEndian(zip, at + 16, 4);
        const std::uint32_t compressed = readLittleEndian(zip, at + 20, 4);
        const std::uint32_t size = readLittleEndian(zip, at + 24, 4);
        const std::uint32_t nameLength = readLittleEndian(zip, at + 28, 2);
        const std::uint32_t extra = readLittleEndian(zip, at + 30, 2);
        const std::uint32_t comment = readLittleEndian(zip, at + 32, 2);
        const std::uint32_t local = readLittleEndian(zip, at + 42, 4);
        const std::string name = zip.substr(at + 46, nameLength);
        REQUIRE(readLittleEndian(zip, local, 4) == 0x04034b50);
        const std::size_t dataAt =
            local + 30 + readLittleEndian(zip, local + 26, 2) + readLittleEndian(zip, local + 28, 2);
        std::string data = zip.substr(dataAt, compressed);
        std::string content;
        if (method == 0) {
            content = data;
        } else {
            REQUIRE_MESSAGE(method == 8, name, ": unknown method ", method);
            content.resize(size);
            z_stream stream{};
            REQUIRE(inflateInit2(&stream, -15) == Z_OK);
            stream.next_in = reinterpret_cast<Bytef*>(data.data());
            stream.avail_in = static_cast<uInt>(data.size());
            stream.next_out = reinterpret_cast<Bytef*>(content.data());
            stream.avail_out = static_cast<uInt>(content.size());
            const int inflated = inflate(&stream, Z_FINISH);
            inflateEnd(&stream);
            REQUIRE_MESSAGE(inflated == Z_STREAM_END, name, ": inflate failed");
        }
        CHECK_MESSAGE(crc32(0, reinterpret_cast<const Bytef*>(content.data()),
                            static_cast<uInt>(content.size())) == crc,
                      name, ": CRC mismatch");
        entries[name] = content;
        at += 46 + nameLength + extra + comment;
    }
    return entries;
}

/// The intern report of the fixture evening plus a section whose typed text tries to break out
/// of every format (markup, CDATA end, a control character) and carries Dutch diacritics.
inline Report hostileReport() {
    Report report = buildReport(reportFixture(), {ReportKind::Internal, ""});
    ReportSection section;
    section.heading = "Ideeën van ouders";
    ReportBlock note;
    note.items = {"Notitie <script>alert(1)</script> en ]]> & \"meer\"\x01 tot slot"};
    ReportBlock bullets;
    bullets.kind = BlockKind::Bullets;
    bullets.items = {"Eerste idee: coördinatie", "Tweede idee"};
    section.blocks = {note, bullets};
    report.sections.push_back(section);
    return report;
}

} // namespace dlg::test
