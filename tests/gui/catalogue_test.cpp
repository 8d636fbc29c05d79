// Every UI text a view asks for exists in both catalogues.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "headless.h"

namespace dlg::test {

namespace {

nlohmann::json readCatalogue(const std::string& language) {
    std::ifstream in(catalogueDir() / (language + ".json"));
    REQUIRE_MESSAGE(in, "cannot read " << (catalogueDir() / (language + ".json")).string());
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    // The per-area files `<lang>.d/*.json` belong to the catalogue too (merged like Catalogue::load).
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(catalogueDir() / (language + ".d"), ec)) {
        std::ifstream part(entry.path());
        nlohmann::json extra = nlohmann::json::parse(part, nullptr, false);
        REQUIRE_MESSAGE(extra.is_object(), "not a JSON object: " << entry.path().string());
        doc.update(extra);
    }
    return doc;
}

void requireInBoth(const std::set<std::string>& keys) {
    const auto nl = readCatalogue("nl");
    const auto en = readCatalogue("en");
    for (const std::string& key : keys) {
        CHECK_MESSAGE(nl.contains(key), "nl.json lacks " << key);
        CHECK_MESSAGE(en.contains(key), "en.json lacks " << key);
    }
}

// String literals that look like "word.word..." (letters and dots only). Fragments ending in a dot
// ("screen." + name) are completed at run time and covered by the drawing test.
std::vector<std::string> keyLikeLiterals(const std::string& source) {
    std::vector<std::string> found;
    for (std::size_t open = source.find('"'); open != std::string::npos;) {
        const std::size_t close = source.find('"', open + 1);
        if (close == std::string::npos) break;
        const std::string inside = source.substr(open + 1, close - open - 1);
        const bool keyLike = inside.find('.') != std::string::npos && !inside.empty() &&
                             std::isalpha(static_cast<unsigned char>(inside.front())) &&
                             std::isalpha(static_cast<unsigned char>(inside.back())) &&
                             std::all_of(inside.begin(), inside.end(),
                                         [](unsigned char c) { return std::isalpha(c) || c == '.'; });
        if (keyLike) found.push_back(inside);
        open = source.find('"', close + 1);
    }
    return found;
}

// Opens each menu in turn by clicking its title, so its items ask for their texts too.
void openEveryMenu(HeadlessGui& gui) {
    ImGuiIO& io = ImGui::GetIO();
    const float y = ImGui::GetFrameHeight() / 2;
    for (float x = 10; x < 300; x += 20) {
        io.MousePos = ImVec2(x, y);
        gui.frame();
        io.MouseDown[0] = true;
        gui.frame();
        io.MouseDown[0] = false;
        gui.frames(2);
    }
}

} // namespace

TEST_CASE("catalogue: nl.json and en.json have the same keys and no empty texts") {
    const auto nl = readCatalogue("nl");
    const auto en = readCatalogue("en");
    for (const auto& [key, text] : nl.items()) {
        CHECK_MESSAGE(en.contains(key), "en.json lacks " << key);
        CHECK_MESSAGE((text.is_string() && !text.get<std::string>().empty()), "nl.json: empty " << key);
    }
    for (const auto& [key, text] : en.items()) {
        CHECK_MESSAGE(nl.contains(key), "nl.json lacks " << key);
        CHECK_MESSAGE((text.is_string() && !text.get<std::string>().empty()), "en.json: empty " << key);
    }
}

TEST_CASE("catalogue: every key asked for while drawing every screen, menu and dialog exists") {
    HeadlessGui gui(sampleSession());
    for (Screen screen : kAllScreens) {
        gui.app().showScreen(screen);
        gui.frames(2);
    }
    gui.app().showScreen(Screen::Preparation);
    openEveryMenu(gui);
    for (ActionKind dialog : {ActionKind::ShowOpenDialog, ActionKind::ShowSaveAsDialog}) {
        FrameOutput output;
        output.act(dialog);
        gui.app().apply(std::move(output));
        gui.frames(2);
        FrameOutput close;
        close.act(ActionKind::CloseDialog);
        gui.app().apply(std::move(close));
    }
    gui.click("checklist/c-01/done");
    gui.app().requestClose();
    gui.frames(2);
    // An invalid date shows its error text.
    gui.click("meta/date");
    gui.type("x");
    gui.frames(2);
    CHECK(gui.usedKeys().size() > 60);
    requireInBoth(gui.usedKeys());
}

TEST_CASE("catalogue: every key literal in the GUI sources exists") {
    // Keys start with a first segment that the catalogue uses ("menu.", "prep." ...); any string
    // literal in src/app with such a start must be a key of both catalogues.
    std::set<std::string> prefixes;
    const auto nl = readCatalogue("nl");
    for (const auto& [key, text] : nl.items())
        prefixes.insert(key.substr(0, key.find('.') + 1));
    std::set<std::string> keys;
    // Recursive: the GUI sources live in domain folders (platform/, state/, views/, chrome/).
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::filesystem::path(DLG_SOURCE_DIR) / "src" / "app")) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        for (const std::string& candidate : keyLikeLiterals(text.str())) {
            if (prefixes.count(candidate.substr(0, candidate.find('.') + 1))) keys.insert(candidate);
        }
    }
    CHECK(keys.size() > 40);
    requireInBoth(keys);
}

} // namespace dlg::test
