// New evenings from a template, date/time checks, the newest session in a folder, and the UI
// string catalogues with their fallbacks.
#include <doctest/doctest.h>

#include <chrono>
#include <set>

#include "core/model/i18n.h"
#include "core/model/paths.h"
#include "core/model/session_file.h"
#include "core/model/template.h"
#include "core/model/validate.h"
#include "test_support.h"

using namespace dlg;
using namespace dlg::test;

TEST_CASE("template: a new session keeps the plan and drops people, seats, run log and outcomes") {
    LoadResult loaded = loadSessionFile(fixture("unknown_keys_everywhere.json"));
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    const Session& filled = *loaded.session;
    REQUIRE_FALSE(filled.participants.empty());
    REQUIRE_FALSE(filled.run.events.empty());
    REQUIRE_FALSE(filled.outcomes.tables.empty());
    REQUIRE(filled.preparation[0].done);

    NewSessionOptions options;
    options.title = "Ouderavond groep 5";
    options.date = "2027-03-16";
    options.start = "19:00";
    const Session fresh = sessionFromTemplate(filled, options);
    CHECK(fresh.participants.empty());
    CHECK(fresh.tables.empty());
    CHECK(fresh.assignment.seats.empty());
    CHECK(fresh.assignment.pinned.empty());
    CHECK(fresh.run.events.empty());
    CHECK(fresh.outcomes.tables.empty());
    CHECK(fresh.outcomes.summaryPoints.empty());
    CHECK(fresh.actions.empty());
    CHECK_FALSE(fresh.preparation[0].done);
    CHECK(fresh.meta.title == "Ouderavond groep 5");
    CHECK(fresh.meta.date == "2027-03-16");
    CHECK(fresh.meta.start == "19:00");
    // The plan itself is the template's.
    REQUIRE(fresh.phases.size() == filled.phases.size());
    CHECK(fresh.phases[1].title == filled.phases[1].title);
    CHECK(totalPlannedMinutes(fresh) == totalPlannedMinutes(filled));
    CHECK(fresh.themes.size() == filled.themes.size());
    CHECK(fresh.guidance.closingMessage == filled.guidance.closingMessage);
    CHECK(validate(fresh).empty());
}

TEST_CASE("template: empty options keep the template's title, date and start") {
    LoadResult loaded = loadSessionFile(DLG_SOURCE_DIR "/assets/templates/ouderpartnerschap.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    const Session fresh = sessionFromTemplate(*loaded.session, {});
    CHECK(fresh.meta.title == loaded.session->meta.title);
    CHECK(fresh.meta.date == loaded.session->meta.date);
    CHECK(fresh.meta.start == "19:30");
    CHECK(fresh.phases.size() == 9);
    CHECK(totalPlannedMinutes(fresh) == 135);
}

TEST_CASE("dates: YYYY-MM-DD naming a real day, with leap years") {
    for (const char* good :
         {"2026-11-24", "2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01", "2026-04-30"}) {
        CAPTURE(good);
        CHECK(isValidDate(good));
    }
    for (const char* bad : {"1900-02-29", "2026-02-29", "2100-02-29", "2026-04-31", "2026-13-01",
                            "2026-00-10", "2026-01-00", "2026-1-01", "24-11-2026", "2026/11/24",
                            "2026-11-24 ", "", "abcd-ef-gh", "2026-11-2x", "+026-11-24"}) {
        CAPTURE(bad);
        CHECK_FALSE(isValidDate(bad));
    }
}

TEST_CASE("times: HH:MM on a 24-hour clock") {
    for (const char* good : {"00:00", "09:05", "19:30", "23:59"}) {
        CAPTURE(good);
        CHECK(isValidTime(good));
    }
    for (const char* bad :
         {"24:00", "19:60", "7:30", "07:3", "7:30 pm", "19.30", "1930", "", "-1:30", "ab:cd"}) {
        CAPTURE(bad);
        CHECK_FALSE(isValidTime(bad));
    }
}

TEST_CASE("paths: newestSessionIn picks the most recently modified .json file") {
    TempDir dir("newest");
    CHECK_FALSE(newestSessionIn(dir.path()));
    const auto now = std::filesystem::file_time_type::clock::now();
    writeBytes(dir / "oud.json", "{}");
    writeBytes(dir / "nieuw.json", "{}");
    writeBytes(dir / "middel.json", "{}");
    writeBytes(dir / "nog-nieuwer.txt", "not a session");
    std::filesystem::create_directory(dir / "map.json");
    // Times set explicitly: no sleeping, no dependence on the file system's timestamp resolution.
    std::filesystem::last_write_time(dir / "oud.json", now - std::chrono::hours(48));
    std::filesystem::last_write_time(dir / "middel.json", now - std::chrono::hours(24));
    std::filesystem::last_write_time(dir / "nieuw.json", now - std::chrono::hours(1));
    std::filesystem::last_write_time(dir / "nog-nieuwer.txt", now);
    std::filesystem::last_write_time(dir / "map.json", now);
    const auto newest = newestSessionIn(dir.path());
    REQUIRE(newest);
    CHECK(newest->filename() == "nieuw.json");

    std::filesystem::last_write_time(dir / "oud.json", now - std::chrono::minutes(1));
    CHECK(newestSessionIn(dir.path())->filename() == "oud.json");
}

TEST_CASE("paths: newestSessionIn of a missing folder is empty, not an error") {
    TempDir dir("newest-missing");
    CHECK_FALSE(newestSessionIn(dir / "bestaat-niet"));
}

TEST_CASE("paths: the default template and the sample session are found") {
    CHECK(std::filesystem::is_regular_file(defaultTemplatePath()));
    CHECK(std::filesystem::is_regular_file(sampleSessionPath()));
    CHECK(defaultTemplatePath().filename() == "ouderpartnerschap.json");
}

TEST_CASE("i18n: a language falls back to Dutch per key, and to the key itself") {
    TempDir dir("i18n");
    writeBytes(dir / "nl.json", R"({"app.title": "Ouderavond", "only.dutch": "Alleen Nederlands"})");
    writeBytes(dir / "en.json", R"({"app.title": "Parent evening"})");

    Catalogue english;
    CHECK(english.load(dir.path(), "en").empty());
    CHECK(english.language() == "en");
    CHECK(std::string(english.text("app.title")) == "Parent evening");
    CHECK(std::string(english.text("only.dutch")) == "Alleen Nederlands");
    CHECK(std::string(english.text("no.such.key")) == "no.such.key");
    CHECK_FALSE(english.contains("no.such.key"));
    // The returned pointer stays valid while other missing keys are looked up.
    const char* missing = english.text("missing.one");
    for (int i = 0; i < 100; ++i)
        english.text("missing." + std::to_string(i + 2));
    CHECK(std::string(missing) == "missing.one");

    Catalogue dutch;
    CHECK(dutch.load(dir.path(), "nl").empty());
    CHECK(std::string(dutch.text("app.title")) == "Ouderavond");
}

TEST_CASE("i18n: a missing or broken catalogue is an error naming the file and Dutch stays in use") {
    TempDir dir("i18n-broken");
    writeBytes(dir / "nl.json", R"({"app.title": "Ouderavond"})");
    Catalogue catalogue;
    const std::string missing = catalogue.load(dir.path(), "fr");
    CHECK(contains(missing, (dir / "fr.json").string()));
    CHECK(catalogue.language() == "nl");
    CHECK(std::string(catalogue.text("app.title")) == "Ouderavond");

    writeBytes(dir / "en.json", R"({"app.title": )");
    const std::string broken = catalogue.load(dir.path(), "en");
    CHECK(contains(broken, (dir / "en.json").string()));
    CHECK(std::string(catalogue.text("app.title")) == "Ouderavond");

    TempDir empty("i18n-empty");
    Catalogue none;
    CHECK(contains(none.load(empty.path(), "nl"), "nl.json"));
    CHECK(std::string(none.text("app.title")) == "app.title");
}

TEST_CASE("i18n: per-screen catalogue parts in <lang>.d are merged, with the same fallbacks") {
    TempDir dir("i18n-parts");
    writeBytes(dir / "nl.json", R"({"app.title": "Ouderavond"})");
    writeBytes(dir / "en.json", R"({"app.title": "Parent evening"})");
    std::filesystem::create_directories(dir / "nl.d");
    std::filesystem::create_directories(dir / "en.d");
    writeBytes(dir / "nl.d" / "live.json", R"({"live.pause": "Pauze", "live.only.dutch": "Alleen NL"})");
    writeBytes(dir / "nl.d" / "notes.txt", "not a catalogue");
    writeBytes(dir / "en.d" / "live.json", R"({"live.pause": "Pause"})");
    Catalogue english;
    CHECK(english.load(dir.path(), "en").empty());
    CHECK(std::string(english.text("live.pause")) == "Pause");
    CHECK(std::string(english.text("live.only.dutch")) == "Alleen NL");
    CHECK(std::string(english.text("app.title")) == "Parent evening");
    CHECK(english.size() == 3);

    writeBytes(dir / "en.d" / "kapot.json", R"({"live.x": )");
    Catalogue broken;
    CHECK(contains(broken.load(dir.path(), "en"), "kapot.json"));
    CHECK(std::string(broken.text("live.pause")) == "Pause"); // the intact parts still load
}

namespace {

// Every key of `<lang>.json` and `<lang>.d/*.json`, as the Catalogue reads them.
std::set<std::string> shippedKeys(const std::filesystem::path& dir, const std::string& language) {
    std::vector<std::filesystem::path> files = {dir / (language + ".json")};
    if (std::filesystem::is_directory(dir / (language + ".d")))
        for (const auto& entry : std::filesystem::directory_iterator(dir / (language + ".d")))
            if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::set<std::string> keys;
    for (const auto& file : files) {
        CAPTURE(file.string());
        const auto strings = nlohmann::json::parse(readBytes(file));
        for (const auto& [key, text] : strings.items()) {
            CHECK_MESSAGE(text.is_string(), key);
            keys.insert(key);
        }
    }
    return keys;
}

} // namespace

TEST_CASE("i18n: the shipped Dutch and English catalogues have the same keys") {
    const std::filesystem::path dir = DLG_SOURCE_DIR "/assets/i18n";
    const std::set<std::string> nl = shippedKeys(dir, "nl");
    const std::set<std::string> en = shippedKeys(dir, "en");
    for (const std::string& key : nl)
        CHECK_MESSAGE(en.count(key), "the English catalogue lacks ", key);
    for (const std::string& key : en)
        CHECK_MESSAGE(nl.count(key), "the Dutch catalogue lacks ", key);
    Catalogue catalogue;
    CHECK(catalogue.load(dir, "en").empty());
    CHECK(catalogue.size() == nl.size());
}
