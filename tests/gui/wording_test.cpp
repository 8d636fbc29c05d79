// Dutch that reads right: plurals, "groep" said once, one unit in the chart, cut lines end in "…",
// the seating in plain words, and "je" throughout the catalogue.
#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <vector>

#include "app/views/wording.h"
#include "headless.h"
#include "people_fixture.h"

namespace dlg::test {

TEST_CASE("wording: one ouder, two ouders, one medewerker, two medewerkers") {
    HeadlessGui gui(sampleSession());
    const Texts t(gui.app().state().catalogue);
    CHECK(countNoun(t, 1, "people.counts.parent", "people.counts.parents") == "1 ouder");
    CHECK(countNoun(t, 2, "people.counts.parent", "people.counts.parents") == "2 ouders");
    CHECK(countNoun(t, 0, "people.counts.parent", "people.counts.parents") == "0 ouders");
    CHECK(countNoun(t, 1, "people.counts.staffOne", "people.counts.staff") == "1 medewerker");
}

TEST_CASE("wording: the Deelnemers counts say 'Aanwezig: 1 ouder'") {
    Session session = peopleSession();
    for (Participant& p : session.participants)
        p.present = p.id == "p-03"; // one parent
    HeadlessGui gui(session);
    gui.app().showScreen(Screen::Participants);
    gui.frames(2);
    // One parent present: the singular is asked for (the line reads "Aanwezig: 1 ouder, 0 medewerkers").
    CHECK(gui.usedKeys().count("people.counts.parent") == 1);
    CHECK(gui.usedKeys().count("people.counts.staff") == 1);
}

TEST_CASE("wording: a grade that already says groep is not prefixed again") {
    CHECK(gradeText("Groep", "5") == "Groep 5");
    CHECK(gradeText("Groep", "groep 5") == "groep 5");
    CHECK(gradeText("Groep", "Groep 7/8") == "Groep 7/8");
    CHECK(gradeText("Group", "group 3") == "group 3");
}

TEST_CASE("wording: the chart gives planned and actual in minutes, both") {
    CHECK(plannedActualMinutes(21 * 60, 49) == "21 min / 1 min");
    CHECK(plannedActualMinutes(45 * 60, 10) == "45 min / <1 min");
    CHECK(plannedActualMinutes(10 * 60, 0) == "10 min / 0 min");
    CHECK(plannedActualMinutes(5 * 60, 12 * 60 + 40) == "5 min / 13 min");
}

TEST_CASE("wording: a line that does not fit ends in an ellipsis and fits") {
    HeadlessGui gui(sampleSession());
    ImGui::NewFrame();
    const std::string name = "Anna-Sophie van den Bergh-Öztürk · groep 5 · taalhulp Turks";
    const float width = ImGui::CalcTextSize("Anna-Sophie van").x;
    const std::string cut = ellipsize(name, width);
    CHECK(cut.size() < name.size());
    CHECK(cut.substr(cut.size() - 3) == "\u2026");
    CHECK(ImGui::CalcTextSize(cut.c_str()).x <= width);
    CHECK(ellipsize("Jan", width) == "Jan");
    ImGui::EndFrame();
}

TEST_CASE("wording: the seating in plain words, not the objective's weights") {
    HeadlessGui gui(sampleSession());
    const Texts t(gui.app().state().catalogue);
    AssignResult result;
    TableReport full;
    full.size = 8;
    full.staff = 1;
    full.otherChoice = 3;
    TableReport bare;
    bare.size = 6;
    bare.staff = 0;
    result.tables = {full, bare};
    CHECK(seatingSummary(t, result) ==
          "Balans: redelijk \u00B7 3 wensen niet gehaald \u00B7 1 tafel zonder medewerker");
    result.tables = {full};
    result.tables[0].otherChoice = 0;
    CHECK(seatingSummary(t, result) == "Balans: goed \u00B7 alle wensen gehaald");
    // The better seating found in the background says the same kind of thing, without points.
    result.objective.total = 55.4;
    CHECK(offerSummary(t, result) == "Betere indeling gevonden. Balans: goed \u00B7 alle wensen gehaald");
}

TEST_CASE("wording: the Dutch catalogue says je, never u or uw") {
    std::vector<std::filesystem::path> files{catalogueDir() / "nl.json"};
    for (const auto& entry : std::filesystem::directory_iterator(catalogueDir() / "nl.d"))
        files.push_back(entry.path());
    for (const auto& file : files) {
        std::ifstream in(file);
        const nlohmann::json catalogue = nlohmann::json::parse(in);
        for (const auto& [key, value] : catalogue.items()) {
            // Words: runs of letters, where any byte of a UTF-8 sequence counts as a letter.
            const std::string text = value.get<std::string>();
            std::string word;
            for (std::size_t i = 0; i <= text.size(); ++i) {
                const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
                if (std::isalpha(c) || c >= 0x80) {
                    word += static_cast<char>(c);
                    continue;
                }
                const bool formal = word == "u" || word == "U" || word == "uw" || word == "Uw";
                CHECK_MESSAGE(!formal, file.filename().string() << " " << key << ": " << text);
                word.clear();
            }
        }
    }
}

namespace {

/// The code points of UTF-8 `text` (the catalogue and the sources are valid UTF-8).
std::vector<unsigned> codePoints(const std::string& text) {
    std::vector<unsigned> result;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const int length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
        unsigned cp = length == 1 ? byte : byte & (0x7F >> length);
        for (int k = 1; k < length && i + static_cast<std::size_t>(k) < text.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
        result.push_back(cp);
        i += static_cast<std::size_t>(length);
    }
    return result;
}

} // namespace

TEST_CASE("fonts: every character of the catalogues and of the screens' code escapes has a glyph") {
    // Seen on the walk: "Totaal 57.4 ? 55.4" - the arrow was not in the font's glyph ranges.
    HeadlessGui gui(sampleSession());
    const ImFont* font = ImGui::GetFont();
    std::set<unsigned> wanted;
    const std::filesystem::path root(DLG_SOURCE_DIR);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root / "assets" / "i18n")) {
        if (entry.path().extension() != ".json") continue;
        const nlohmann::json catalogue = nlohmann::json::parse(std::ifstream(entry.path()));
        for (const auto& [key, value] : catalogue.items())
            if (value.is_string())
                for (unsigned cp : codePoints(value.get<std::string>()))
                    wanted.insert(cp);
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root / "src" / "app")) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path());
        const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (std::size_t at = source.find("\\u"); at != std::string::npos; at = source.find("\\u", at + 2))
            if (at + 6 <= source.size() && std::isxdigit(static_cast<unsigned char>(source[at + 2])))
                wanted.insert(static_cast<unsigned>(std::stoul(source.substr(at + 2, 4), nullptr, 16)));
    }
    CHECK(wanted.count(0x2192) == 1); // the arrow is used, so the check below can see it missing
    for (unsigned cp : wanted)
        if (cp >= 0x20) {
            std::ostringstream name;
            name << "U+" << std::hex << std::uppercase << cp;
            CHECK_MESSAGE(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)), name.str());
        }
}

} // namespace dlg::test
