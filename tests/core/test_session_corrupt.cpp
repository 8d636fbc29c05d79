// Damaged files: truncated, garbage, empty, not a session, too deep, invalid UTF-8. Each is reported
// with the file name and the line and column of the fault, and saving never overwrites it.
#include <doctest/doctest.h>

#include "core/model/session_file.h"
#include "core/model/utf8.h"
#include "test_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

// The session of minimal.json, to try to save over a damaged file.
Session freshSession() {
    const LoadResult loaded = loadSessionFile(fixture("minimal.json"));
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return *loaded.session;
}

} // namespace

TEST_CASE("corrupt file: a file cut in half is reported with name, line and column, and not overwritten") {
    TempDir dir("truncated");
    const std::string whole = readBytes(fixture("minimal.json"));
    const std::string half = whole.substr(0, whole.size() / 2);
    const auto file = dir / "half.json";
    writeBytes(file, half);

    const LoadResult loaded = loadSessionFile(file);
    CHECK_FALSE(loaded.session);
    CHECK_FALSE(loaded.ioFailure);
    CHECK(contains(loaded.error, file.string()));
    // The fault is the end of the text: the last line of the half.
    const auto lastLine = std::count(half.begin(), half.end(), '\n') + 1;
    CHECK_MESSAGE(contains(loaded.error, "line " + std::to_string(lastLine) + ", column "), loaded.error);

    const auto refused = saveSessionFile(file, freshSession());
    REQUIRE(refused);
    CHECK(contains(*refused, file.string()));
    CHECK(readBytes(file) == half);
    CHECK(dir.entries() == std::vector<std::string>{"half.json"});
}

TEST_CASE("corrupt file: only a caller that knows the file as its own skips reading it before a save") {
    TempDir dir("known-own");
    const auto file = dir / "avond.json";
    writeBytes(file, "{ not a session");
    REQUIRE(saveSessionFile(file, freshSession())); // the default reads it first and refuses
    CHECK(readBytes(file) == "{ not a session");
    // KnownOwn: the app holds the lock and the file has the stamp of its own last save, so the
    // file is not read again (shown here by a file that would have been refused).
    REQUIRE_FALSE(saveSessionFile(file, freshSession(), ExistingFile::KnownOwn));
    CHECK(loadSessionFile(file).session);
}

TEST_CASE("corrupt file: damaged files name the file and the position and are never overwritten") {
    struct Case {
        const char* what;
        std::string bytes;
        std::string expected; ///< recognisable part of the error
    };
    const std::vector<Case> cases = {
        {"garbage bytes", std::string("\x89PNG\r\n\x1a\n\0\0\xff", 11), "line 1, column 1"},
        {"garbage on line 3", "{\n  \"format\": \"dialoogavond-session\",\n  \"version\": @@\n}\n",
         "line 3, column 14"},
        {"empty file", "", "empty"},
        {"only white space", " \n\t\n", "empty"},
        {"a JSON list", "[1, 2, 3]\n", "not a dialoogavond session"},
        {"another program's JSON", "{\"name\": \"package\", \"version\": 2}\n", "not a dialoogavond session"},
    };
    const Session fresh = freshSession();
    for (const Case& c : cases) {
        CAPTURE(c.what);
        TempDir dir("corrupt");
        const auto file = dir / "kapot.json";
        writeBytes(file, c.bytes);
        const LoadResult loaded = loadSessionFile(file);
        CHECK_FALSE(loaded.session);
        CHECK_FALSE(loaded.ioFailure);
        CHECK_MESSAGE(contains(loaded.error, file.string()), loaded.error);
        CHECK_MESSAGE(contains(loaded.error, c.expected), loaded.error);
        const auto refused = saveSessionFile(file, fresh);
        REQUIRE(refused);
        CHECK(contains(*refused, file.string()));
        CHECK(readBytes(file) == c.bytes);
        CHECK(dir.entries() == std::vector<std::string>{"kapot.json"});
    }
}

TEST_CASE("corrupt file: syntax_error.json reports line 6, column 5") {
    const LoadResult loaded = loadSessionFile(fixture("syntax_error.json"));
    CHECK_FALSE(loaded.session);
    CHECK(contains(loaded.error, "syntax_error.json"));
    CHECK_MESSAGE(contains(loaded.error, "line 6, column 5"), loaded.error);
}

TEST_CASE("corrupt file: invalid UTF-8 in the file bytes is a parse error at its position") {
    std::string text = readBytes(fixture("minimal.json"));
    const std::string title = "\"title\": \"Kleine testavond\"";
    const std::size_t at = text.find(title);
    REQUIRE(at != std::string::npos);
    // "Kleine" becomes "Kl<C3 28>ine": a lead byte followed by a non-continuation byte.
    const std::size_t bad = at + title.find("Kleine") + 2;
    text.replace(bad, 1, "\xC3\x28");
    const auto line = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n') + 1;

    const LoadResult loaded = loadSessionText(text, "utf8.json");
    CHECK_FALSE(loaded.session);
    CHECK(contains(loaded.error, "utf8.json"));
    CHECK_MESSAGE(contains(loaded.error, "line " + std::to_string(line) + ","), loaded.error);
    CHECK_MESSAGE(contains(loaded.error, "UTF-8"), loaded.error);
    // The message does not echo the damaged text: it may be part of a name, and it is not UTF-8.
    CHECK_FALSE(contains(loaded.error, "Kl"));
    CHECK(isValidUtf8(loaded.error));
}

TEST_CASE("corrupt file: every truncation of a valid file is an error at the end of the text") {
    const std::string whole = readBytes(fixture("unknown_keys_everywhere.json"));
    const std::string closing = whole.substr(whole.find_last_not_of(" \n") + 1);
    // Every proper prefix of a JSON object is invalid; step through them, ending in every kind of token.
    for (std::size_t cut = 1; cut < whole.size() - closing.size(); cut += 7) {
        CAPTURE(cut);
        const std::string part = whole.substr(0, cut);
        const LoadResult loaded = loadSessionText(part, "deel.json");
        REQUIRE_FALSE(loaded.session);
        CHECK(contains(loaded.error, "deel.json: line "));
        if (part.find_first_not_of(" \t\r\n", part.find_last_of('\n') + 1) != std::string::npos) {
            const auto lastLine = std::count(part.begin(), part.end(), '\n') + 1;
            CHECK_MESSAGE(contains(loaded.error, "line " + std::to_string(lastLine) + ","), loaded.error);
        }
    }
}

TEST_CASE("corrupt file: the column counts characters, not bytes, and points at the unexpected token") {
    // Ö and ü are two bytes each; a person counts them as one column.
    const LoadResult atSign = loadSessionText("{\"t\": \"Öztürk\" @}", "kolom.json");
    CHECK_MESSAGE(contains(atSign.error, "line 1, column 16"), atSign.error);
    // A missing comma: the error points at the start of the next key, where the comma is missing.
    const LoadResult comma = loadSessionText("{\n  \"a\": \"Öztürk\"\n  \"b\\\"c\": 1\n}", "komma.json");
    CHECK_MESSAGE(contains(comma.error, "line 3, column 3"), comma.error);
    const LoadResult number = loadSessionText("{\"a\": 1 12345}", "getal.json");
    CHECK_MESSAGE(contains(number.error, "line 1, column 9"), number.error);
    const LoadResult literal = loadSessionText("[true false]", "woord.json");
    CHECK_MESSAGE(contains(literal.error, "line 1, column 7"), literal.error);
}

TEST_CASE("corrupt file: absurdly deep nesting is refused with its position instead of crashing") {
    const std::string head =
        "{\"format\": \"dialoogavond-session\", \"version\": 1, \"meta\": {\"title\": \"x\"},\n"
        "\"deep\": ";
    const std::string deep = head + std::string(200000, '[') + std::string(200000, ']') + "}";
    const LoadResult loaded = loadSessionText(deep, "diep.json");
    CHECK_FALSE(loaded.session);
    CHECK(contains(loaded.error, "diep.json"));
    // The outer object is level 1, so the bracket that opens level kMaxJsonNesting + 1 is the
    // kMaxJsonNesting-th '[' on line 2.
    CHECK_MESSAGE(contains(loaded.error, "line 2, column " + std::to_string(8 + kMaxJsonNesting) + ":"),
                  loaded.error);
    CHECK(contains(loaded.error, std::to_string(kMaxJsonNesting)));

    // Brackets inside text do not count, and a legitimately nested unknown key is kept.
    const std::string fine = head + std::string(40, '[') + "\"[[[[{{{{\\\"\"" + std::string(40, ']') + "}";
    const LoadResult kept = loadSessionText(fine, "ok.json");
    REQUIRE_MESSAGE(kept.session, kept.error);
    CHECK(kept.session->unknownKeys.contains("deep"));
}
