// Hand-edited and hostile session files (issue 17): every one is reported with where it is, opened
// read-only when it can be read at all, and none can be saved over or crash the program.
#include <doctest/doctest.h>

#include <limits>

#include "core/model/session_file.h"
#include "core/model/validate.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_state.h"
#include "test_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

std::string minimalText() {
    return readBytes(fixture("minimal.json"));
}

// `text` with the first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

bool hasProblemAt(const LoadResult& loaded, const std::string& path, const std::string& part = {}) {
    return std::any_of(loaded.problems.begin(), loaded.problems.end(), [&](const Problem& problem) {
        return problem.path == path && contains(problem.message, part);
    });
}

} // namespace

TEST_CASE("hostile file: 1e999 is reported at its path and position, and the file opens read-only") {
    const std::string text = replaced(minimalText(), "\"plannedMinutes\": 10,", "\"plannedMinutes\": 1e999,");
    const LoadResult loaded = loadSessionText(text, "groot.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error); // no exception, no exit: the evening is readable
    CHECK(loaded.readOnly);
    CHECK_MESSAGE(
        hasProblemAt(loaded, "phases[0].plannedMinutes", "line 51, column 25: the number 1e999 is too large"),
        describe(loaded.problems.front()));
    // Reported once, in the clearer words, not again as "expected a whole number, found null".
    CHECK(std::count_if(loaded.problems.begin(), loaded.problems.end(),
                        [](const Problem& p) { return p.path == "phases[0].plannedMinutes"; }) == 1);
}

TEST_CASE("hostile file: several huge numbers, in lists and unknown keys, each at its own path") {
    std::string text = replaced(minimalText(), "\"plannedMinutes\": 40,", "\"plannedMinutes\": -1E+400,");
    text = replaced(text, "\"version\": 1,", "\"version\": 1, \"extra\": [1, 2, 9e99999],");
    const LoadResult loaded = loadSessionText(text, "groot.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    CHECK(loaded.readOnly);
    CHECK(hasProblemAt(loaded, "phases[1].plannedMinutes", "-1E+400"));
    CHECK(hasProblemAt(loaded, "extra[2]", "line 3, column 33"));
}

TEST_CASE("hostile file: a whole number beyond 64 bits is named as written, not wrapped to a negative") {
    const std::string text =
        replaced(minimalText(), "\"plannedMinutes\": 10,", "\"plannedMinutes\": 10000000000000000000,");
    const LoadResult loaded = loadSessionText(text, "groot.json");
    REQUIRE(loaded.session);
    CHECK(loaded.readOnly);
    CHECK_MESSAGE(hasProblemAt(loaded, "phases[0].plannedMinutes", "10000000000000000000 is too large"),
                  describe(loaded.problems.front()));
    for (const Problem& problem : loaded.problems)
        CHECK_MESSAGE(!contains(problem.message, "-8446744073709551616"), describe(problem));
}

TEST_CASE("hostile file: a key written twice is refused with its path, at any depth") {
    std::string text = replaced(minimalText(), "\"title\": \"Kleine testavond\",",
                                "\"title\": \"Eerste\", \"title\": \"Tweede\",");
    text = replaced(text, "\"who\": \"gespreksleider\",", "\"who\": \"a\", \"who\": \"b\",");
    const LoadResult loaded = loadSessionText(text, "dubbel.json");
    REQUIRE(loaded.session);
    CHECK(loaded.readOnly); // saving would silently keep only one of the two titles
    CHECK(hasProblemAt(loaded, "meta.title", "appears twice"));
    CHECK(hasProblemAt(loaded, "phases[0].who", "appears twice"));
    // The same key in different objects is no duplicate.
    const LoadResult plain = loadSessionText(minimalText(), "minimal.json");
    CHECK(plain.problems.empty());
}

TEST_CASE("hostile file: run events far outside any evening are refused and skipped by the clock") {
    const LoadResult base = loadSessionText(minimalText(), "minimal.json");
    REQUIRE(base.session);
    Session session = *base.session;
    const std::int64_t evening = 1795548600;
    session.run.events = {{evening, "start", "ph-01", 0, Json::object()},
                          {std::numeric_limits<std::int64_t>::max(), "goto", "ph-02", 0, Json::object()},
                          {evening + 3 * 24 * 3600, "pause", "", 0, Json::object()},
                          {evening + 60, "adjust", "", std::numeric_limits<int>::max(), Json::object()}};
    const Problems problems = validate(session);
    const auto at = [&](const std::string& path) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const Problem& p) { return p.path == path; });
    };
    CHECK(at("run.events[1].at"));
    CHECK(at("run.events[2].at"));
    CHECK(at("run.events[3].seconds"));
    CHECK_FALSE(at("run.events[0].at"));

    // The read-only window still derives the clock: no overflow (UBSan would stop here), sane times.
    Problems planProblems;
    const auto plan = planForSession(session, planProblems);
    REQUIRE(plan);
    const RunState run = deriveRunState(*plan, session.run, {evening + 600, 3600});
    CHECK(run.status == RunStatus::Running);
    CHECK(run.now == evening + 600);
    CHECK(run.projectedEnd > evening);
    CHECK(run.projectedEnd < evening + 2 * 24 * 3600);
}

TEST_CASE("hostile file: UTF-16 and UTF-32 files are named as such") {
    const std::string text = "{\"format\": 1}";
    auto widen = [&](int width, bool big, bool bom) {
        std::string out;
        auto put = [&](char32_t c) {
            for (int i = 0; i < width; ++i) {
                const int shift = big ? (width - 1 - i) * 8 : i * 8;
                out += static_cast<char>((c >> shift) & 0xFF);
            }
        };
        if (bom) put(0xFEFF);
        for (char c : text)
            put(static_cast<unsigned char>(c));
        return out;
    };
    CHECK(contains(loadSessionText(widen(2, false, true), "a.json").error, "UTF-16 (little-endian)"));
    CHECK(contains(loadSessionText(widen(2, true, true), "a.json").error, "UTF-16 (big-endian)"));
    CHECK(contains(loadSessionText(widen(2, false, false), "a.json").error, "UTF-16 (little-endian)"));
    CHECK(contains(loadSessionText(widen(4, false, true), "a.json").error, "UTF-32 (little-endian)"));
    CHECK(contains(loadSessionText(widen(4, true, false), "a.json").error, "UTF-32 (big-endian)"));
    CHECK(contains(loadSessionText(widen(2, false, true), "a.json").error, "must be UTF-8"));
}

TEST_CASE("hostile file: a session too large to read back is never written, and the old file stays") {
    TempDir dir("too-large");
    const auto file = dir / "avond.json";
    const LoadResult base = loadSessionText(minimalText(), "minimal.json");
    REQUIRE(base.session);
    REQUIRE_FALSE(saveSessionFile(file, *base.session));
    const std::string before = readBytes(file);
    Session huge = *base.session;
    huge.unknownKeys["ballast"] = std::string(kMaxSessionFileBytes + 1, 'x');
    const auto error = saveSessionFile(file, huge);
    REQUIRE(error);
    CHECK_MESSAGE(contains(*error, "at most 64 MB"), *error);
    CHECK(readBytes(file) == before);
    CHECK(dir.entries().size() == 1);
}

TEST_CASE("hostile file: more people than an evening can hold is a problem at participants") {
    const LoadResult base = loadSessionText(minimalText(), "minimal.json");
    REQUIRE(base.session);
    Session session = *base.session;
    session.participants.clear();
    for (std::size_t i = 0; i <= kMaxParticipants; ++i) {
        Participant person;
        person.id = "p-" + std::to_string(i);
        person.firstName = "Ouder";
        person.lastName = std::to_string(i);
        session.participants.push_back(person);
    }
    const Problems problems = validate(session);
    CHECK(std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
        return p.path == "participants" && contains(p.message, "at most 5000");
    }));
}
