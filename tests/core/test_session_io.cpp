// Load -> save -> load: nothing lost, nothing changed, unknown keys kept, newer files protected.
#include <doctest/doctest.h>

#include <limits>

#include "core/model/session_file.h"
#include "core/model/session_json.h"
#include "core/model/validate.h"
#include "test_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

// The first place where `saved` lacks or changes something of `original` ("" when it keeps all).
// Plain nlohmann::json compares objects regardless of key order.
std::string firstLoss(const nlohmann::json& original, const nlohmann::json& saved, const std::string& path) {
    if (original.is_object()) {
        if (!saved.is_object()) return path + " (no longer an object)";
        for (const auto& [key, value] : original.items()) {
            const std::string at = path.empty() ? key : path + "." + key;
            if (!saved.contains(key)) return at + " (missing)";
            if (std::string loss = firstLoss(value, saved[key], at); !loss.empty()) return loss;
        }
        return "";
    }
    if (original.is_array()) {
        if (!saved.is_array() || saved.size() != original.size()) return path + " (list changed)";
        for (std::size_t i = 0; i < original.size(); ++i)
            if (std::string loss = firstLoss(original[i], saved[i], path + "[" + std::to_string(i) + "]");
                !loss.empty())
                return loss;
        return "";
    }
    return original == saved ? "" : path + " (value changed)";
}

struct RoundTrip {
    Session first;
    Session second;
    std::string firstBytes;
    std::string secondBytes;
};

// Loads `source`, saves it, loads the saved file and saves that again.
RoundTrip roundTrip(const std::filesystem::path& source) {
    TempDir dir("roundtrip");
    RoundTrip trip;
    LoadResult loaded = loadSessionFile(source);
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    trip.first = *loaded.session;
    REQUIRE_FALSE(saveSessionFile(dir / "first.json", trip.first));
    trip.firstBytes = readBytes(dir / "first.json");
    LoadResult reloaded = loadSessionFile(dir / "first.json");
    REQUIRE_MESSAGE(reloaded.session, reloaded.error);
    CHECK(reloaded.problems.size() == loaded.problems.size());
    trip.second = *reloaded.session;
    REQUIRE_FALSE(saveSessionFile(dir / "second.json", trip.second));
    trip.secondBytes = readBytes(dir / "second.json");
    return trip;
}

void checkLossless(const std::filesystem::path& source) {
    const RoundTrip trip = roundTrip(source);
    CHECK(sessionToJson(trip.first) == sessionToJson(trip.second));
    CHECK(trip.firstBytes == trip.secondBytes);
    CHECK(trip.firstBytes == serializeSession(trip.second));
    const std::string loss =
        firstLoss(nlohmann::json::parse(readBytes(source)), nlohmann::json::parse(trip.firstBytes), "");
    CHECK_MESSAGE(loss.empty(), "lost in the round trip: ", loss);
}

} // namespace

TEST_CASE("session io: minimal.json round-trips without loss and the second save is byte-identical") {
    checkLossless(fixture("minimal.json"));
    const RoundTrip trip = roundTrip(fixture("minimal.json"));
    // A few values straight from the fixture, so a reader that drops fields cannot pass.
    CHECK(trip.second.meta.title == "Kleine testavond");
    REQUIRE(trip.second.participants.size() == 6);
    CHECK(trip.second.participants[2].firstName == "Şeyma");
    CHECK(trip.second.participants[2].languageSupport == "tr");
    CHECK(std::string(toString(trip.second.participants[5].rsvp)) == "afgemeld");
    CHECK(std::string(toString(trip.second.participants[0].role)) == "medewerker");
    CHECK(totalPlannedMinutes(trip.second) == 60);
    CHECK(trip.second.tables[1].capacity == 4);
}

TEST_CASE("session io: the sample evening sessions/voorbeeld.json round-trips without loss") {
    const std::filesystem::path sample = DLG_SOURCE_DIR "/sessions/voorbeeld.json";
    checkLossless(sample);
    const LoadResult loaded = loadSessionFile(sample);
    REQUIRE(loaded.session);
    CHECK(loaded.problems.empty());
    CHECK_FALSE(loaded.readOnly);
    CHECK(loaded.session->participants.size() == 50);
    CHECK(loaded.session->phases.size() == 9);
}

TEST_CASE("session io: the default template round-trips without loss") {
    checkLossless(DLG_SOURCE_DIR "/assets/templates/ouderpartnerschap.json");
}

TEST_CASE("session io: a fully filled session (run log, outcomes, actions) round-trips") {
    checkLossless(fixture("unknown_keys_everywhere.json"));
}

TEST_CASE("session io: unknown keys at the top level and nested survive load and save") {
    TempDir dir("unknown");
    const LoadResult loaded = loadSessionFile(fixture("unknown_keys.json"));
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    CHECK(loaded.problems.empty());
    CHECK_FALSE(loaded.readOnly);
    REQUIRE_FALSE(saveSessionFile(dir / "saved.json", *loaded.session));
    // Not const: a missing key then reads as null and fails the check instead of asserting.
    nlohmann::json saved = nlohmann::json::parse(readBytes(dir / "saved.json"));
    CHECK(saved["futureTopLevel"]["note"] == "bewaren");
    CHECK(saved["meta"]["weather"] == "regen");
    CHECK(saved["phases"][0]["colour"] == "#ff8800");
    CHECK(saved["participants"][2]["pronouns"] == "zij/haar");
    CHECK(saved["tables"][1]["room"] == "lokaal 12");
    CHECK(saved["assignment"]["strategy"] == "v2");
    CHECK(saved["privacy"]["retentionDays"] == 90);
    CHECK(saved["guidance"]["slidesUrl"] == "https://example.nl/dia");
    const std::string loss =
        firstLoss(nlohmann::json::parse(readBytes(fixture("unknown_keys.json"))), saved, "");
    CHECK_MESSAGE(loss.empty(), "lost: ", loss);
    // An unknown key must not leak into a neighbour.
    CHECK_FALSE(saved["phases"][1].contains("colour"));
    CHECK_FALSE(saved["participants"][1].contains("pronouns"));
}

TEST_CASE(
    "session io: unknown keys in every nested struct survive (run event, proposal, action, update ...)") {
    TempDir dir("unknown-nested");
    const LoadResult loaded = loadSessionFile(fixture("unknown_keys_everywhere.json"));
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    for (const Problem& problem : loaded.problems)
        FAIL_CHECK(describe(problem));
    REQUIRE_FALSE(saveSessionFile(dir / "saved.json", *loaded.session));
    // Not const: a missing key then reads as null and fails the check instead of asserting.
    nlohmann::json saved = nlohmann::json::parse(readBytes(dir / "saved.json"));
    CHECK(saved["preparation"][0]["reminder"] == "2026-10-25");
    CHECK(saved["themes"][0]["icon"] == "chat");
    CHECK(saved["run"]["clock"] == "ntp");
    CHECK(saved["run"]["events"][1]["device"] == "laptop-aula");
    CHECK(saved["outcomes"]["mood"] == 4);
    CHECK(saved["outcomes"]["tables"][0]["photo"] == "tafel1.jpg");
    CHECK(saved["outcomes"]["tables"][0]["proposals"][0]["priority"] == "hoog");
    CHECK(saved["actions"][0]["budget"] == 150);
    CHECK(saved["actions"][0]["updates"][0]["author"]["role"] == "school");
    CHECK(saved["meta"]["extra"]["nested"] == nlohmann::json::array({1, 2, 3}));
}

TEST_CASE("session io: a file from a newer version opens read-only and is never overwritten") {
    TempDir dir("newer");
    const auto file = dir / "newer.json";
    writeBytes(file, readBytes(fixture("newer_version.json")));
    const std::string before = readBytes(file);

    const LoadResult loaded = loadSessionFile(file);
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    CHECK(loaded.readOnly);
    CHECK(loaded.fileVersion == 2);
    CHECK(contains(loaded.readOnlyReason, "newer"));
    CHECK(contains(loaded.readOnlyReason, file.string()));
    CHECK(contains(loaded.readOnlyReason, "read-only"));
    CHECK(loaded.session->unknownKeys.contains("futureFeature"));

    const auto refused = saveSessionFile(file, *loaded.session);
    REQUIRE(refused);
    CHECK(contains(*refused, "newer"));
    CHECK(contains(*refused, file.string()));
    CHECK(readBytes(file) == before);
    CHECK(dir.entries() == std::vector<std::string>{"newer.json"});
}

TEST_CASE("session io: a missing file or a folder is an I/O failure naming the path") {
    TempDir dir("missing");
    const LoadResult missing = loadSessionFile(dir / "bestaat-niet.json");
    CHECK_FALSE(missing.session);
    CHECK(missing.ioFailure);
    CHECK(contains(missing.error, (dir / "bestaat-niet.json").string()));
    CHECK(contains(missing.error, "not found"));

    const LoadResult folder = loadSessionFile(dir.path());
    CHECK_FALSE(folder.session);
    CHECK(folder.ioFailure);
    CHECK(contains(folder.error, dir.path().string()));
}

TEST_CASE("session io: a 10 MB table note is reported by validate and still loads and saves") {
    TempDir dir("bignote");
    LoadResult loaded = loadSessionFile(fixture("minimal.json"));
    REQUIRE(loaded.session);
    Session session = *loaded.session;
    const std::size_t size = 10 * 1024 * 1024;
    TableOutcome outcome;
    outcome.tableId = session.tables[0].id;
    // Multi-byte text, so a length limit counted in characters or a broken copy would show.
    std::string note;
    note.reserve(size);
    while (note.size() + 3 <= size)
        note += "ĳ.";
    outcome.notes = note;
    session.outcomes.tables.push_back(outcome);

    const Problems problems = validate(session);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "outcomes.tables[0].notes");
    CHECK(contains(problems[0].message, std::to_string(kMaxTextBytes)));
    CHECK(contains(problems[0].message, std::to_string(note.size())));

    const auto file = dir / "groot.json";
    REQUIRE_FALSE(saveSessionFile(file, session));
    const LoadResult reloaded = loadSessionFile(file);
    REQUIRE_MESSAGE(reloaded.session, reloaded.error);
    REQUIRE(reloaded.session->outcomes.tables.size() == 1);
    CHECK(reloaded.session->outcomes.tables[0].notes == note);
    REQUIRE(reloaded.problems.size() == 1);
    CHECK(reloaded.problems[0].path == "outcomes.tables[0].notes");
    // Saving over the big file works too (it is readable, only too long).
    REQUIRE_FALSE(saveSessionFile(file, *reloaded.session));
    CHECK(readBytes(file) == serializeSession(session));
}

TEST_CASE("session io: control characters, quotes, emoji and extreme numbers survive save and load") {
    TempDir dir("special");
    LoadResult loaded = loadSessionFile(fixture("minimal.json"));
    REQUIRE(loaded.session);
    Session session = *loaded.session;
    session.meta.title = "Quote \" backslash \\ tab \t slash / emoji \xF0\x9F\x98\x80 ĳ";
    session.phases[0].remarks = std::string("nul ") + '\0' + " bell \x07 newline \n end";
    session.assignment.seed = std::numeric_limits<std::uint64_t>::max();
    RunEvent event;
    event.at = std::numeric_limits<std::int64_t>::max();
    event.kind = "adjust";
    event.seconds = std::numeric_limits<int>::min();
    session.run.events.push_back(event);

    const auto file = dir / "speciaal.json";
    REQUIRE_FALSE(saveSessionFile(file, session));
    const LoadResult reloaded = loadSessionFile(file);
    REQUIRE_MESSAGE(reloaded.session, reloaded.error);
    // The values survive, but a moment in the year 292 billion is no moment of an evening.
    REQUIRE(reloaded.problems.size() == 2);
    CHECK(reloaded.problems[0].path == "run.events[0].seconds");
    CHECK(reloaded.problems[1].path == "run.events[0].at");
    CHECK(reloaded.session->meta.title == session.meta.title);
    CHECK(reloaded.session->phases[0].remarks == session.phases[0].remarks);
    CHECK(reloaded.session->assignment.seed == session.assignment.seed);
    REQUIRE(reloaded.session->run.events.size() == 1);
    CHECK(reloaded.session->run.events[0].at == event.at);
    CHECK(reloaded.session->run.events[0].seconds == event.seconds);
    CHECK(serializeSession(*reloaded.session) == readBytes(file));
}

TEST_CASE("session io: a number too large for its field is reported, not wrapped") {
    Json doc = Json::parse(readBytes(fixture("minimal.json")));
    doc["phases"][0]["plannedMinutes"] = 4294967296LL + 10; // would wrap to 10 in 32 bits
    doc["tables"][0]["capacity"] = 2.5;
    const LoadResult loaded = loadSessionText(doc.dump(), "groot.json");
    REQUIRE(loaded.session);
    REQUIRE(loaded.problems.size() == 2);
    CHECK(loaded.problems[0].path == "phases[0].plannedMinutes");
    CHECK(contains(loaded.problems[0].message, "out of range"));
    CHECK(loaded.problems[1].path == "tables[0].capacity");
    CHECK(contains(loaded.problems[1].message, "decimal"));
}
