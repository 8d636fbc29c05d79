#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/state/settings.h"

namespace dlg {

namespace {

std::filesystem::path freshDir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("dialoogavond-settings-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("settings: defaults when the file is missing, without a warning") {
    const auto loaded = loadSettings(freshDir("missing") / "settings.json");
    CHECK(loaded.warning.empty());
    CHECK(loaded.settings.language == "nl");
    CHECK_FALSE(loaded.settings.largeText);
}

TEST_CASE("settings: a save round-trips") {
    const auto path = freshDir("roundtrip") / "settings.json";
    Settings settings;
    settings.language = "en";
    settings.largeText = true;
    settings.windowWidth = 1024;
    settings.windowHeight = 700;
    rememberRecentFile(settings, "a.json");
    rememberRecentFile(settings, "b.json");
    rememberRecentFile(settings, "a.json");
    REQUIRE_FALSE(saveSettings(path, settings));
    const auto loaded = loadSettings(path);
    CHECK(loaded.warning.empty());
    CHECK(loaded.settings == settings);
    CHECK(loaded.settings.recentFiles == std::vector<std::string>{"a.json", "b.json"});
}

TEST_CASE("settings: a broken file gives defaults and a warning naming the file") {
    const auto path = freshDir("broken") / "settings.json";
    std::ofstream(path) << "{ not json";
    const auto loaded = loadSettings(path);
    CHECK(loaded.warning.find(path.string()) != std::string::npos);
    CHECK(loaded.settings == Settings{});
}

TEST_CASE("settings: a field of the wrong type is named and defaulted") {
    const auto path = freshDir("wrongtype") / "settings.json";
    std::ofstream(path) << R"({"language": "en", "largeText": "ja"})";
    const auto loaded = loadSettings(path);
    CHECK(loaded.warning.find("largeText") != std::string::npos);
    CHECK(loaded.settings.language == "en");
    CHECK_FALSE(loaded.settings.largeText);
}

TEST_CASE("settings: saving is debounced until the settings stay unchanged") {
    const auto path = freshDir("debounce") / "settings.json";
    Settings settings;
    SettingsSaver saver(path, settings);
    CHECK_FALSE(saver.update(settings, 0.0));
    CHECK_FALSE(saver.secondsUntilDue(0.0));

    settings.windowWidth = 900; // e.g. a window drag: many changes in a row
    CHECK_FALSE(saver.update(settings, 10.0));
    settings.windowWidth = 950;
    CHECK_FALSE(saver.update(settings, 10.5));
    CHECK_FALSE(saver.update(settings, 11.0));
    CHECK_FALSE(std::filesystem::exists(path));
    REQUIRE(saver.secondsUntilDue(11.0));
    CHECK(*saver.secondsUntilDue(11.0) == doctest::Approx(SettingsSaver::kQuietSeconds - 0.5));

    CHECK(saver.update(settings, 10.5 + SettingsSaver::kQuietSeconds));
    REQUIRE(std::filesystem::exists(path));
    CHECK(loadSettings(path).settings.windowWidth == 950);
    CHECK_FALSE(saver.update(settings, 20.0)); // nothing new to write
}

TEST_CASE("settings: flush writes pending changes at once") {
    const auto path = freshDir("flush") / "settings.json";
    Settings settings;
    SettingsSaver saver(path, settings);
    settings.largeText = true;
    saver.update(settings, 0.0);
    saver.flush(settings);
    CHECK(loadSettings(path).settings.largeText);
    CHECK(saver.lastError().empty());
}

} // namespace dlg
