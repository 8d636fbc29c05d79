#include <doctest/doctest.h>

#include "app/state/gui_options.h"

namespace dlg {

TEST_CASE("gui options: a screenshot with every option") {
    const auto result = parseGuiOptions({"--screenshot", "out.png", "--view", "nazorg", "--size", "1024x700",
                                         "--lang", "en", "--large-text", "avond.json"});
    REQUIRE(result.options);
    CHECK(result.options->screenshotPath == "out.png");
    CHECK(result.options->view == Screen::Aftercare);
    CHECK(result.options->width == 1024);
    CHECK(result.options->height == 700);
    CHECK(result.options->language == std::optional<std::string>("en"));
    CHECK(result.options->largeText);
    CHECK(result.options->sessionPath == "avond.json");
}

TEST_CASE("gui options: --projector-screen takes a 1-based monitor number") {
    const auto result = parseGuiOptions({"--projector-screen", "2", "avond.json"});
    REQUIRE(result.options);
    CHECK(result.options->projectorScreen == 2);
    CHECK(result.options->sessionPath == "avond.json");
    CHECK(parseGuiOptions({}).options->projectorScreen == 0);
    const auto bad = parseGuiOptions({"--projector-screen", "nul"});
    CHECK(bad.error.find("--projector-screen") != std::string::npos);
    CHECK(bad.error.find("nul") != std::string::npos);
}

TEST_CASE("gui options: an unknown view lists the valid ones") {
    const auto result = parseGuiOptions({"--view", "planning"});
    CHECK_FALSE(result.options);
    CHECK(result.error.find("planning") != std::string::npos);
    for (Screen screen : kAllScreens)
        CHECK(result.error.find(viewName(screen)) != std::string::npos);
}

TEST_CASE("gui options: bad arguments are named") {
    for (const auto& args : std::vector<std::vector<std::string>>{{"--size", "1024"},
                                                                  {"--size", "10x10"},
                                                                  {"--size", "1024x700px"},
                                                                  {"--lang", "de"},
                                                                  {"--screenshot"},
                                                                  {"--fullscreen"},
                                                                  {"--projector-screen"},
                                                                  {"--projector-screen", "0"},
                                                                  {"--projector-screen", "2b"},
                                                                  {"--projector-screen", "17"},
                                                                  {"a.json", "b.json"}}) {
        const auto result = parseGuiOptions(args);
        CHECK_FALSE(result.options);
        CHECK_FALSE(result.error.empty());
    }
}

TEST_CASE("gui options: every view name maps back to its screen") {
    for (Screen screen : kAllScreens)
        CHECK(screenFromViewName(viewName(screen)) == screen);
    CHECK_FALSE(screenFromViewName("Voorbereiding"));
}

TEST_CASE("gui options: a given session path wins over the sessions folder") {
    CHECK(chooseSessionPath("mijn.json", "/nonexistent") == "mijn.json");
    CHECK_FALSE(chooseSessionPath("", "/nonexistent-folder-for-test").empty());
}

} // namespace dlg
