#include "core/report/zip_writer.h"

#include <zlib.h>

#include <cstdint>
#include <stdexcept>

namespace dlg {
namespace {

constexpr std::uint16_t kStored = 0;
constexpr std::uint16_t kDeflated = 8;
constexpr std::uint16_t kVersionNeeded = 20;                // 2.0: deflate
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr std::uint16_t kUtf8Names = 1 << 11;

void put16(std::string& out, std::uint32_t value) {
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>((value >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t value) {
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

/// Raw deflate (no zlib header), as ZIP method 8 expects.
std::string deflateRaw(const std::string& input) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zip: deflateInit2 failed");
    std::string out(deflateBound(&stream, static_cast<uLong>(input.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END) throw std::runtime_error("zip: deflate failed");
    return out;
}

struct CentralRecord {
    std::uint16_t method;
    std::uint32_t crc;
    std::uint32_t compressedSize;
    std::uint32_t size;
    std::uint32_t offset;
};

} // namespace

std::string writeZip(const std::vector<ZipEntry>& entries) {
    std::string out;
    std::vector<CentralRecord> records;
    for (const ZipEntry& entry : entries) {
        const std::uint32_t crc =
            static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(entry.content.data()),
                                             static_cast<uInt>(entry.content.size())));
        std::string data = deflateRaw(entry.content);
        std::uint16_t method = kDeflated;
        if (data.size() >= entry.content.size()) {
            data = entry.content;
            method = kStored;
        }
        const CentralRecord record{method, crc, static_cast<std::uint32_t>(data.size()),
                                   static_cast<std::uint32_t>(entry.content.size()),
                                   static_cast<std::uint32_t>(out.size())};
        records.push_back(record);
        put32(out, 0x04034b50);
        put16(out, kVersionNeeded);
        put16(out, kUtf8Names);
        put16(out, method);
        put16(out, 0); // time 00:00
        put16(out, kDosDate);
        put32(out, crc);
        put32(out, record.compressedSize);
        put32(out, record.size);
        put16(out, static_cast<std::uint32_t>(entry.name.size()));
        put16(out, 0); // no extra field
        out += entry.name;
        out += data;
    }
    const std::uint32_t centralStart = static_cast<std::uint32_t>(out.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const CentralRecord& record = records[i];
        put32(out, 0x02014b50);
        put16(out, kVersionNeeded); // made by: MS-DOS attributes, version 2.0
        put16(out, kVersionNeeded);
        put16(out, kUtf8Names);
        put16(out, record.method);
        put16(out, 0);
        put16(out, kDosDate);
        put32(out, record.crc);
        put32(out, record.compressedSize);
        put32(out, record.size);
        put16(out, static_cast<std::uint32_t>(entries[i].name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, record.offset);
        out += entries[i].name;
    }
    const std::uint32_t centralSize = static_cast<std::uint32_t>(out.size()) - centralStart;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put32(out, centralSize);
    put32(out, centralStart);
    put16(out, 0); // comment length
    return out;
}

} // namespace dlg
