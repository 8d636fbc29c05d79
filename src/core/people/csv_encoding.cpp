#include "core/people/csv_encoding.h"

#include <algorithm>
#include <cstdint>

#include "core/model/utf8.h"

namespace dlg {
namespace {

// Code points of Windows-1252 bytes 0x80-0x9F; 0 marks the five bytes the code page leaves
// undefined. Every other byte is its own code point (Latin-1).
constexpr char32_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int lineAt(std::string_view bytes, std::size_t offset) {
    offset = std::min(offset, bytes.size());
    return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
}

std::string hexByte(unsigned char byte) {
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[byte >> 4] + digits[byte & 0x0F];
}

// UTF-16 (after the BOM) to UTF-8; surrogate pairs joined, lone surrogates refused.
DecodeResult utf16ToUtf8(std::string_view bytes, bool littleEndian, TextEncoding encoding) {
    if (bytes.size() % 2 != 0)
        return {std::nullopt, "UTF-16 text has an odd number of bytes (file cut off?)"};
    std::string out;
    out.reserve(bytes.size());
    int line = 1;
    auto unitAt = [&](std::size_t i) {
        auto lo = static_cast<unsigned char>(bytes[littleEndian ? i : i + 1]);
        auto hi = static_cast<unsigned char>(bytes[littleEndian ? i + 1 : i]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        char32_t unit = unitAt(i);
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 2 < bytes.size()) {
            char32_t low = unitAt(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (unit >= 0xD800 && unit <= 0xDFFF)
            return {std::nullopt, "line " + std::to_string(line) + ": broken UTF-16 (lone surrogate)"};
        if (unit == 0)
            return {std::nullopt, "line " + std::to_string(line) + ": NUL character in UTF-16 text"};
        if (unit == '\n') ++line;
        appendUtf8(out, unit);
    }
    return {DecodedText{std::move(out), encoding}, {}};
}

} // namespace

const char* describe(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf8Bom:
        return "UTF-8 (BOM)";
    case TextEncoding::Utf16Le:
        return "UTF-16LE";
    case TextEncoding::Utf16Be:
        return "UTF-16BE";
    case TextEncoding::Windows1252:
        return "Windows-1252";
    }
    return "?";
}

std::optional<std::string> windows1252ToUtf8(std::string_view bytes, std::size_t* badOffset) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto byte = static_cast<unsigned char>(bytes[i]);
        char32_t cp = byte;
        if (byte >= 0x80 && byte <= 0x9F) cp = kCp1252High[byte - 0x80];
        if (cp == 0) {
            if (badOffset) *badOffset = i;
            return std::nullopt;
        }
        appendUtf8(out, cp);
    }
    return out;
}

DecodeResult decodeToUtf8(std::string_view bytes) {
    if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE")
        return utf16ToUtf8(bytes.substr(2), true, TextEncoding::Utf16Le);
    if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF")
        return utf16ToUtf8(bytes.substr(2), false, TextEncoding::Utf16Be);
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        return {std::nullopt, "this is a zip or Excel workbook (.xlsx), not CSV text: save it as CSV first"};
    if (auto nul = bytes.find('\0'); nul != std::string_view::npos)
        return {std::nullopt, "line " + std::to_string(lineAt(bytes, nul)) +
                                  ": NUL byte, this is binary data (a spreadsheet?), not CSV text"};

    bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
    std::string_view body = bom ? bytes.substr(3) : bytes;
    std::size_t badUtf8 = 0;
    if (isValidUtf8(body, &badUtf8))
        return {DecodedText{std::string(body), bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8}, {}};
    if (bom)
        return {std::nullopt, "line " + std::to_string(lineAt(body, badUtf8)) +
                                  ": the file says it is UTF-8 (BOM) but holds invalid UTF-8"};

    std::size_t badCp1252 = 0;
    if (auto converted = windows1252ToUtf8(body, &badCp1252))
        return {DecodedText{std::move(*converted), TextEncoding::Windows1252}, {}};
    return {std::nullopt, "line " + std::to_string(lineAt(body, badCp1252)) + ": byte " +
                              hexByte(static_cast<unsigned char>(body[badCp1252])) +
                              " is neither UTF-8 nor Windows-1252; save the file as CSV UTF-8"};
}

} // namespace dlg
