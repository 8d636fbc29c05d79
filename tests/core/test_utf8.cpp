// isValidUtf8 against the classic malformed sequences and the letters Dutch schools actually see.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/model/utf8.h"

using namespace dlg;

namespace {

// The offset reported for `text`, or npos when it is valid.
std::size_t badOffset(const std::string& text) {
    std::size_t offset = 12345;
    if (isValidUtf8(text, &offset)) return std::string::npos;
    return offset;
}

} // namespace

TEST_CASE("utf8: plain and accented text, Dutch ĳ, Turkish ş/ğ, Polish ł and 4-byte emoji are valid") {
    for (const std::string& text : std::vector<std::string>{
             "", "Jansen", "Ĳsselmeer en ĳs", "Şeyma Öztürk, Ağaoğlu", "Paweł Łukasz", "café crème",
             "groep 3 \xF0\x9F\x98\x80", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", "\xF4\x8F\xBF\xBF",
             "\xEF\xBF\xBD", std::string("nul\0byte", 8)}) {
        CAPTURE(text);
        CHECK(isValidUtf8(text));
        CHECK(badOffset(text) == std::string::npos);
    }
}

TEST_CASE("utf8: the exact bytes of ĳ, ş, ğ and ł are the expected code points") {
    // Guards against the test file itself being saved in another encoding.
    CHECK(std::string("ĳ") == "\xC4\xB3");
    CHECK(std::string("ş") == "\xC5\x9F");
    CHECK(std::string("ğ") == "\xC4\x9F");
    CHECK(std::string("ł") == "\xC5\x82");
}

TEST_CASE("utf8: overlong encodings are rejected at their first byte") {
    CHECK(badOffset("a\xC0\xAF") == 1);           // '/' in two bytes
    CHECK(badOffset("ab\xC1\xBF") == 2);          // U+007F in two bytes
    CHECK(badOffset("\xE0\x80\xAF") == 0);        // '/' in three bytes
    CHECK(badOffset("\xE0\x9F\xBF") == 0);        // U+07FF in three bytes
    CHECK(badOffset("xyz\xF0\x80\x80\xAF") == 3); // '/' in four bytes
    CHECK(badOffset("\xF0\x8F\xBF\xBF") == 0);    // U+FFFF in four bytes
    CHECK(isValidUtf8("\xE0\xA0\x80"));           // U+0800, the smallest 3-byte value
    CHECK(isValidUtf8("\xF0\x90\x80\x80"));       // U+10000, the smallest 4-byte value
}

TEST_CASE("utf8: UTF-16 surrogates encoded as UTF-8 are rejected") {
    CHECK(badOffset("\xED\xA0\x80") == 0);             // U+D800
    CHECK(badOffset("ok \xED\xBF\xBF") == 3);          // U+DFFF
    CHECK(badOffset("\xED\xA0\xBD\xED\xB8\x80") == 0); // a CESU-8 pair
    CHECK(isValidUtf8("\xED\x9F\xBF"));                // U+D7FF, just below
    CHECK(isValidUtf8("\xEE\x80\x80"));                // U+E000, just above
}

TEST_CASE("utf8: code points above U+10FFFF and bytes F5..FF are rejected") {
    CHECK(badOffset("\xF4\x90\x80\x80") == 0); // U+110000
    CHECK(badOffset("a\xF5\x80\x80\x80") == 1);
    CHECK(badOffset("\xF8\x88\x80\x80\x80") == 0); // old 5-byte form
    CHECK(badOffset("ab\xFF") == 2);
    CHECK(badOffset("\xFE\xFF") == 0);
}

TEST_CASE("utf8: truncated sequences and stray continuation bytes are rejected") {
    CHECK(badOffset("Nowak\xC5") == 5);     // ł cut after its first byte
    CHECK(badOffset("\xE2\x82") == 0);      // € cut short at the end
    CHECK(badOffset("\xE2\x82 euro") == 0); // € cut short before more text
    CHECK(badOffset("\xF0\x9F\x98") == 0);  // emoji missing its last byte
    CHECK(badOffset("ok\x80") == 2);        // continuation without a lead
    CHECK(badOffset("\xC4\xB3\xB3") == 2);  // one continuation too many after ĳ
    CHECK(badOffset("Ağa\xC4") == 4);       // offset counts bytes, not characters
}

TEST_CASE("utf8: the offset argument is optional") {
    CHECK_FALSE(isValidUtf8("\xC3\x28"));
    CHECK(isValidUtf8("\xC3\xA9"));
}
