// The automated visual check of the room's projector: every slide (each phase kind, before the
// start, every page of "Waar zit ik?", a message to the room) of the sample evening seated and of
// an evening with 40 tables of 10 people, at 1366x768, 1920x1080 and 3840x2160, in presenting mode
// (F5, with the facilitator's corner). Fails on text below WCAG contrast 4.5, text cut off by the
// screen or its clip rectangle, text drawn over text, and content running past the window.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <imgui_internal.h>

#include "app/views/live_views.h"
#include "core/assign/assign.h"
#include "core/model/session_file.h"
#include "headless.h"
#include "visual_check.h"

namespace dlg::test {

namespace {

// 2026-11-24 18:25 UTC = 19:25 in CET.
constexpr std::int64_t kEvening = 1795544700;
constexpr int kCet = 3600;

Session sampleSeated() {
    LoadResult loaded = loadSessionFile(std::filesystem::path(DLG_SOURCE_DIR) / "sessions" / "voorbeeld.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    Session session = *loaded.session;
    AssignOptions options;
    options.presentOnly = false;
    const AssignResult seating = assignTables(session, options);
    REQUIRE(seating.feasible);
    session.assignment.seats = seating.seats;
    session.outcomes.nextSteps = {"Werkgroep ouderpartnerschap start in januari",
                                  "Terugkoppeling in de nieuwsbrief", "Volgende dialoogavond in het voorjaar"};
    return session;
}

/// 40 tables of 10: long and short names, accents, each table with a theme in its name.
Session fortyTables() {
    Session session = sampleSeated();
    const std::vector<std::string> first = {"Fatma",   "Jan",       "Anne-Marijke", "Mohammed",  "Şükrü", "Eef",
                                            "Wilhelmina", "Joost",  "Özlem",        "Bartholomeus", "Ilse", "Rachid"};
    const std::vector<std::string> last = {"Yılmaz", "de Vries", "Bakker", "El Amrani", "Çelik", "Jansen",
                                           "Zwart",  "Hoekstra", "Öztürk", "Visser",    "Mulder"};
    session.participants.clear();
    session.tables.clear();
    session.assignment.seats.clear();
    for (int t = 0; t < 40; ++t) {
        const Theme& theme = session.themes[static_cast<std::size_t>(t) % session.themes.size()];
        const std::string id = "t-" + std::to_string(t + 1);
        session.tables.push_back({id, "Tafel " + std::to_string(t + 1) + ": " + theme.title, theme.id, "", 10,
                                  Json::object()});
        for (int s = 0; s < 10; ++s) {
            const int n = t * 10 + s;
            Participant person;
            person.id = "p-" + std::to_string(n);
            person.firstName = first[static_cast<std::size_t>(n) % first.size()];
            person.lastName = last[static_cast<std::size_t>(n / 3) % last.size()];
            session.participants.push_back(person);
            session.assignment.seats[person.id] = id;
        }
    }
    return session;
}

/// The run log standing at phase `index` (none: not started yet).
void standAt(Session& session, std::optional<std::size_t> index) {
    session.meta.start = "19:30";
    session.run.events.clear();
    if (!index) return;
    session.run.events.push_back({kEvening + 300, "start", session.phases[0].id, 0, Json::object()});
    if (*index > 0)
        session.run.events.push_back({kEvening + 600, "goto", session.phases[*index].id, 0, Json::object()});
}

struct Shot {
    std::string label;
    Session session;
    std::int64_t now = kEvening + 900;
    bool byName = false;    ///< "Waar zit ik?" as the alphabetical list
    std::string message;    ///< a message to the room
    bool largeText = false; ///< --large-text
};

Shot shot(std::string label, const Session& session, std::int64_t now = kEvening + 900, bool byName = false,
          std::string message = {}, bool largeText = false) {
    return {std::move(label), session, now, byName, std::move(message), largeText};
}

std::vector<Shot> everySlide(const std::string& name, const Session& base) {
    std::vector<Shot> shots;
    Session before = base;
    standAt(before, std::nullopt);
    shots.push_back(shot(name + " before the start", before));
    for (std::size_t i = 0; i < base.phases.size(); ++i) {
        Session at = base;
        standAt(at, i);
        const std::string label = name + " phase " + std::to_string(i + 1) + " " + base.phases[i].title;
        shots.push_back(shot(label, at));
        shots.push_back(shot(label + " with a message", at, kEvening + 900, false, "Terug naar de zaal"));
        shots.push_back(shot(label + " in large text", at, kEvening + 900, false, {}, true));
        if (base.phases[i].projector != ProjectorKind::Tables) continue;
        for (int page = 1; page < 12; ++page) { // the pages turn by themselves: later moments
            const std::int64_t later = kEvening + 900 + page * 8;
            shots.push_back(shot(label + " at +" + std::to_string(page * 8) + " s", at, later));
            shots.push_back(shot(label + " by name at +" + std::to_string(page * 8) + " s", at, later, true));
        }
    }
    return shots;
}

VisualReport render(HeadlessGui& gui, const Shot& shot, ImVec2 size) {
    gui.app().setDocument(shot.session, {});
    gui.app().setClock({shot.now, kCet});
    gui.app().settings().largeText = shot.largeText;
    gui.app().presentProjector();
    FrameOutput setUp;
    if (gui.app().state().ui.live.seatingByName != shot.byName)
        setUp.act(ActionKind::Live, {}, {}, static_cast<int>(LiveOp::ToggleSeatingView));
    setUp.act(ActionKind::Live, shot.message, {}, static_cast<int>(LiveOp::ShowRoomMessage));
    gui.app().apply(std::move(setUp));
    ImGui::GetIO().DisplaySize = size;
    gui.frames(3);
    const ImGuiWindow* window = ImGui::FindWindowByName("##projector");
    REQUIRE(window != nullptr);
    VisualReport report = checkFrameText(*ImGui::GetDrawData(), gui.app().clearColour());
    // Content whose lines ImGui did not even emit (wholly below the window) shows up here.
    if (window->DC.CursorMaxPos.y > window->Pos.y + window->Size.y + 1 ||
        window->DC.CursorMaxPos.x > window->Pos.x + window->Size.x + 1)
        report.findings.push_back({"outside", "(content past the window's edge)", window->DC.CursorMaxPos, 0});
    return report;
}

const ImVec2 kSizes[] = {{1366, 768}, {1920, 1080}, {3840, 2160}};

void checkAll(const std::string& name, const Session& session) {
    HeadlessGui gui(session);
    for (const ImVec2 size : kSizes) {
        for (const Shot& one : everySlide(name, session)) {
            const VisualReport report = render(gui, one, size);
            const std::string where = one.label + " at " + std::to_string(static_cast<int>(size.x)) + "x" +
                                      std::to_string(static_cast<int>(size.y)) + ": ";
            CHECK_MESSAGE(report.findings.empty(), where << report.describe());
            CHECK_MESSAGE(report.glyphs > 20, where << "too little text seen: " << report.describe());
        }
    }
}

} // namespace

TEST_CASE("projector visual check: every slide of the sample evening, seated, at three screen sizes") {
    checkAll("sample", sampleSeated());
}

TEST_CASE("projector visual check: every slide with 40 tables of 10 people, at three screen sizes") {
    checkAll("40x10", fortyTables());
}

TEST_CASE("projector visual check: the checker sees unreadable, cut-off and overlapping text") {
    HeadlessGui gui(sampleSession());
    ImGui::GetIO().DisplaySize = ImVec2(800, 600);
    ImGui::NewFrame();
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(800, 600), IM_COL32(10, 15, 31, 255));
    draw->AddText(ImVec2(10, 10), IM_COL32(255, 255, 255, 255), "Leesbaar");
    ImGui::Render();
    VisualReport report = checkFrameText(*ImGui::GetDrawData(), ImVec4(0, 0, 0, 1));
    CHECK(report.glyphs == 8);
    CHECK_MESSAGE(report.findings.empty(), report.describe());

    ImGui::NewFrame();
    draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(800, 600), IM_COL32(10, 15, 31, 255));
    draw->AddText(ImVec2(10, 10), IM_COL32(13, 13, 20, 255), "Donker");  // tablesSlide's old names
    draw->AddText(ImVec2(780, 100), IM_COL32(255, 255, 255, 255), "Rand"); // runs off the right edge
    draw->AddText(ImVec2(10, 200), IM_COL32(255, 255, 255, 255), "Eerste");
    draw->AddText(ImVec2(12, 202), IM_COL32(255, 255, 255, 255), "Tweede"); // on top of the first
    ImGui::Render();
    report = checkFrameText(*ImGui::GetDrawData(), ImVec4(0, 0, 0, 1));
    int contrast = 0, outside = 0, overlap = 0;
    for (const VisualFinding& finding : report.findings) {
        contrast += finding.kind == "contrast";
        outside += finding.kind == "outside";
        overlap += finding.kind == "overlap";
    }
    CHECK(contrast == 1);
    CHECK(outside == 1);
    CHECK(overlap >= 1);
    CHECK(report.worstContrast < 1.2f);
    CHECK(contrastRatio(ImVec4(1, 1, 1, 1), ImVec4(0, 0, 0, 1)) == doctest::Approx(21.0f));
}

} // namespace dlg::test
