// The projector picture for the room. Only public texts: never remarks, talking points, e-mails or
// language-support flags. Light text on a dark background, sized by the screen height so it is
// readable from the back of a classroom; blank (B, or a "blank" phase) is pure black.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "app/views/live_views.h"
#include "core/timeline/timeline_format.h"

namespace dlg {

namespace {

const ImVec4 kBackground(0.04f, 0.06f, 0.12f, 1.0f);
const ImVec4 kForeground(1.0f, 1.0f, 1.0f, 1.0f);
const ImVec4 kAccent(1.0f, 0.85f, 0.30f, 1.0f);
const ImVec4 kOverrun(1.0f, 0.45f, 0.40f, 1.0f);

/// Scale of the slide font for the current window: its base size is 56 px on a screen 800 px high
/// (7 % of the height), so a question at 0.6 of it is still over 4 % of the height.
float slideScale(float screenHeight) {
    return std::clamp(screenHeight * 56.0f / (800.0f * kSlidePixels), 0.3f, 2.0f);
}

ImFont* slideFont(const ViewContext& ctx) {
    return ctx.fonts && ctx.fonts->slide ? ctx.fonts->slide : ImGui::GetFont();
}

void line(const std::string& text, float scale, ImVec4 colour = kForeground) {
    ImGui::SetWindowFontScale(scale);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void bullets(const std::vector<std::string>& items, float scale, bool numbered) {
    ImGui::SetWindowFontScale(scale);
    ImGui::PushStyleColor(ImGuiCol_Text, kForeground);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string mark = numbered ? std::to_string(i + 1) + "." : "\u2013";
        ImGui::TextWrapped("%s %s", mark.c_str(), items[i].c_str());
    }
    ImGui::PopStyleColor();
}

/// The countdown in the digits-only font; its glyphs are at least 15 % of the screen height.
void countdown(const ViewContext& ctx, const RunState& run, float screenHeight) {
    ImFont* font = ctx.fonts && ctx.fonts->countdown ? ctx.fonts->countdown : ImGui::GetFont();
    ImGui::PushFont(font);
    // Digit glyphs are about 0.73 of the font size in DejaVu Sans Bold; aim at 18 % of the height.
    ImGui::SetWindowFontScale(std::min(1.6f, 0.18f * screenHeight / (0.73f * font->FontSize)));
    const std::string text = formatRemaining(run.remainingSeconds);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - ImGui::CalcTextSize(text.c_str()).x) / 2);
    ImGui::PushStyleColor(ImGuiCol_Text, run.overrun() ? kOverrun : kAccent);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ctx.record("projector/countdown");
}

std::string themeTitle(const Session& session, const std::string& themeId) {
    for (const Theme& theme : session.themes)
        if (theme.id == themeId) return theme.title;
    return {};
}

void tablesSlide(const ViewContext& ctx, float scale) {
    const Session& session = ctx.state.doc.session;
    line(ctx.t("projector.whereDoISit"), scale * 1.1f, kAccent);
    std::map<std::string, std::vector<std::string>> seated; // table id -> public names, in list order
    for (const Participant& person : session.participants) {
        const auto seat = session.assignment.seats.find(person.id);
        if (seat != session.assignment.seats.end()) seated[seat->second].push_back(publicName(person));
    }
    const int columns = std::clamp(static_cast<int>(session.tables.size()), 1, 4);
    if (!ImGui::BeginTable("projector-tables", columns, ImGuiTableFlags_SizingStretchSame)) return;
    for (const Table& table : session.tables) {
        ImGui::TableNextColumn();
        ImGui::PushID(table.id.c_str());
        line(table.name, scale * 0.55f, kAccent);
        if (const std::string theme = themeTitle(session, table.themeId); !theme.empty())
            line(theme, scale * 0.4f);
        const auto names = seated.find(table.id);
        if (names != seated.end()) {
            ImGui::SetWindowFontScale(scale * 0.45f);
            for (const std::string& name : names->second)
                ImGui::TextUnformatted(name.c_str());
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

std::string tableWithTheme(const Session& session, const Table& table) {
    const std::string theme = themeTitle(session, table.themeId);
    return theme.empty() || table.name.find(theme) != std::string::npos ? table.name
                                                                        : table.name + ": " + theme;
}

const TableOutcome* outcomeOf(const Session& session, const std::string& tableId) {
    for (const TableOutcome& outcome : session.outcomes.tables)
        if (outcome.tableId == tableId) return &outcome;
    return nullptr;
}

void keyPoints(const char* heading, const std::vector<std::string>& points, float scale) {
    if (points.empty()) return;
    line(heading, scale * 0.5f, kAccent);
    bullets(points, scale * 0.45f, false);
}

/// The presenting table's key points, its proposals ranked by dot votes; before any outcome was
/// typed, the order in which the tables present.
void presentationsSlide(const ViewContext& ctx, const Phase& phase, float scale) {
    const Session& session = ctx.state.doc.session;
    const int count = static_cast<int>(session.tables.size());
    const int index = std::clamp(ctx.state.ui.live.presentingTable, 0, std::max(count - 1, 0));
    const TableOutcome* outcome = count > 0 ? outcomeOf(session, session.tables[index].id) : nullptr;
    if (!outcome) {
        line(phase.projectorText.empty() ? phase.title : phase.projectorText, scale, kAccent);
        std::vector<std::string> order;
        for (const Table& table : session.tables)
            order.push_back(tableWithTheme(session, table));
        bullets(order, scale * 0.6f, true);
        return;
    }
    line(tableWithTheme(session, session.tables[index]), scale * 0.8f, kAccent);
    keyPoints(ctx.t("projector.goesWell"), outcome->goesWell, scale);
    keyPoints(ctx.t("projector.difficult"), outcome->difficult, scale);
    keyPoints(ctx.t("projector.ideas"), outcome->ideas, scale);
    std::vector<ProposedAction> ranked = outcome->proposals;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const ProposedAction& a, const ProposedAction& b) { return a.votes > b.votes; });
    std::vector<std::string> proposals;
    for (const ProposedAction& proposal : ranked)
        proposals.push_back(proposal.votes > 0 ? proposal.text + " (" + std::to_string(proposal.votes) + ")"
                                               : proposal.text);
    keyPoints(ctx.t("projector.proposals"), proposals, scale);
    if (!outcome->quote.empty()) line("\u201c" + outcome->quote + "\u201d", scale * 0.45f);
    ctx.record("projector/table/" + session.tables[index].id);
}

void slide(const ViewContext& ctx, const Phase& phase, const RunState& run, float height) {
    const Session& session = ctx.state.doc.session;
    const float scale = slideScale(height);
    switch (phase.projector) {
    case ProjectorKind::Welcome:
        line(session.meta.school, scale * 0.6f);
        line(session.meta.title, scale * 0.8f, kAccent);
        ImGui::Spacing();
        line(ctx.t("projector.welcome"), scale * 1.4f);
        if (!phase.projectorText.empty()) line(phase.projectorText, scale * 0.6f);
        break;
    case ProjectorKind::Text:
        line(phase.title, scale * 0.8f, kAccent);
        line(phase.projectorText, scale * 0.7f);
        break;
    case ProjectorKind::Questions:
        line(phase.projectorText.empty() ? phase.title : phase.projectorText, scale * 0.8f, kAccent);
        bullets(session.guidance.dialogueQuestions, scale * 0.6f, true);
        if (!session.outcomes.summaryPoints.empty()) {
            line(ctx.t("projector.summary"), scale * 0.7f, kAccent);
            bullets(session.outcomes.summaryPoints, scale * 0.55f, false);
        }
        break;
    case ProjectorKind::Break: {
        const std::int64_t until = run.now + std::max<std::int64_t>(run.remainingSeconds, 0);
        line(std::string(ctx.t("projector.breakUntil")) + " " +
                 formatClockTimeAt(until, ctx.state.ui.live.clock.utcOffsetSeconds),
             scale * 1.1f, kAccent);
        countdown(ctx, run, height);
        if (!phase.projectorText.empty()) line(phase.projectorText, scale * 0.55f);
        break;
    }
    case ProjectorKind::Tables:
        tablesSlide(ctx, scale);
        break;
    case ProjectorKind::Presentations:
        presentationsSlide(ctx, phase, scale);
        break;
    case ProjectorKind::Closing:
        line(session.guidance.closingMessage.empty() ? phase.projectorText : session.guidance.closingMessage,
             scale * 0.65f);
        if (!session.outcomes.nextSteps.empty()) {
            line(ctx.t("projector.nextSteps"), scale * 0.7f, kAccent);
            bullets(session.outcomes.nextSteps, scale * 0.55f, false);
        }
        break;
    case ProjectorKind::Blank:
        break;
    }
    ImGui::SetWindowFontScale(1.0f);
}

} // namespace

std::string publicName(const Participant& person) {
    std::string name = person.firstName;
    if (person.lastName.empty()) return name;
    // The initial is the first UTF-8 code point of the last name ("Şahin" -> "Ş.").
    std::size_t length = 1;
    while (length < person.lastName.size() &&
           (static_cast<unsigned char>(person.lastName[length]) & 0xC0) == 0x80)
        ++length;
    return name + " " + person.lastName.substr(0, length) + ".";
}

bool projectorIsBlank(const AppState& state, const RunState& run) {
    const auto& phases = state.doc.session.phases;
    return state.ui.live.projectorBlank || (run.current && *run.current < phases.size() &&
                                            phases[*run.current].projector == ProjectorKind::Blank);
}

ImVec4 projectorBackground(const AppState& state) {
    return projectorIsBlank(state, liveSnapshot(state).run) ? ImVec4(0, 0, 0, 1) : kBackground;
}

void drawProjectorContent(const ViewContext& ctx, const LiveSnapshot& snapshot, bool paintBackground) {
    const ImVec2 origin = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    const RunState& run = snapshot.run;
    const auto& phases = ctx.state.doc.session.phases;
    const bool blank = projectorIsBlank(ctx.state, run);
    if (paintBackground) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        // The whole window, padding included, not only the content area.
        const ImVec2 corner(origin.x + size.x, origin.y + size.y);
        draw->PushClipRect(origin, corner, false);
        draw->AddRectFilled(origin, corner, ImGui::GetColorU32(projectorBackground(ctx.state)));
        draw->PopClipRect();
    }
    if (blank) return;
    ImGui::PushFont(slideFont(ctx));
    if (run.current && run.status != RunStatus::Finished) {
        slide(ctx, phases[*run.current], run, size.y);
    } else {
        // Before the start and after the end the room sees the welcome (title and school).
        Phase welcome;
        welcome.projector = ProjectorKind::Welcome;
        slide(ctx, welcome, run, size.y);
    }
    ImGui::PopFont();
    ctx.record("projector/content");
}

namespace {

/// The projector picture filling the current ImGui display, with the keys when `withKeys`.
void projectorFillingDisplay(const ViewContext& ctx, bool withKeys) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const float margin = ImGui::GetFontSize() * 3;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("##projector", nullptr, flags)) {
        if (withKeys) collectLiveKeys(ctx);
        // The platform clears the display in projectorBackground(): no full-screen fill on top.
        drawProjectorContent(ctx, liveSnapshot(ctx.state), false);
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

} // namespace

void drawPresenting(const ViewContext& ctx) {
    projectorFillingDisplay(ctx, true);
}

void drawProjectorWindow(const ViewContext& ctx) {
    projectorFillingDisplay(ctx, false);
}

} // namespace dlg
