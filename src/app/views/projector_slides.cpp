#include "app/views/projector_slides.h"

#include <algorithm>
#include <string>
#include <vector>

#include "app/views/online_views.h"
#include "core/timeline/countdown_level.h"
#include "core/timeline/timeline_format.h"

namespace dlg::projector {

namespace {

Block title(std::string text) {
    return {std::move(text), 1.5f, kAccent, Weight::Bold, 0.0f, false};
}

Block heading(std::string text) {
    return {std::move(text), 1.1f, kAccent, Weight::Bold, 0.8f, false};
}

Block body(std::string text, float size = 1.0f) {
    return {std::move(text), size, kForeground, Weight::Regular, 0.45f, false};
}

void addList(std::vector<Block>& blocks, const std::vector<std::string>& items, bool numbered, float size) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string mark = numbered ? std::to_string(i + 1) + ".  " : "\u2013  ";
        blocks.push_back(body(mark + items[i], size));
    }
}

std::string themeTitle(const Session& session, const std::string& themeId) {
    for (const Theme& theme : session.themes)
        if (theme.id == themeId) return theme.title;
    return {};
}

std::string tableWithTheme(const Session& session, const Table& table) {
    const std::string theme = themeTitle(session, table.themeId);
    return theme.empty() || table.name.find(theme) != std::string::npos ? table.name : table.name + ": " + theme;
}

const TableOutcome* outcomeOf(const Session& session, const std::string& tableId) {
    for (const TableOutcome& outcome : session.outcomes.tables)
        if (outcome.tableId == tableId) return &outcome;
    return nullptr;
}

/// A slide that is a column of text: as large as fits, the title on top.
void textSlide(const ViewContext& ctx, const std::vector<Block>& blocks, Box box, UnitRange range, bool middle) {
    const float unit = fitUnit(ctx, blocks, box, range);
    drawBlocks(ctx, blocks, box, unit, middle);
}

void welcomeSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, const Phase* phase, Box box,
                  UnitRange range) {
    const Session& session = ctx.state.doc.session;
    std::vector<Block> blocks;
    blocks.push_back({session.meta.school, 0.9f, kMuted, Weight::Regular, 0.0f, true});
    blocks.push_back({session.meta.title, 1.4f, kAccent, Weight::Bold, 0.4f, true});
    blocks.push_back({ctx.t("projector.welcome"), 2.6f, kForeground, Weight::Bold, 0.3f, true});
    if (snapshot.run.status == RunStatus::NotStarted && snapshot.plan)
        blocks.push_back({std::string(ctx.t("projector.startsAt")) + " " + formatClockTime(snapshot.plan->startMinute),
                          1.2f, kForeground, Weight::Regular, 0.5f, true});
    if (phase && !phase->projectorText.empty())
        blocks.push_back({phase->projectorText, 0.9f, kForeground, Weight::Regular, 0.8f, true});
    textSlide(ctx, blocks, box, range, true);
}

void presentationsSlide(const ViewContext& ctx, const Phase& phase, Box box, UnitRange range) {
    const Session& session = ctx.state.doc.session;
    const int count = static_cast<int>(session.tables.size());
    const int index = std::clamp(ctx.state.ui.live.presentingTable, 0, std::max(count - 1, 0));
    const TableOutcome* outcome = count > 0 ? outcomeOf(session, session.tables[index].id) : nullptr;
    std::vector<Block> blocks;
    if (!outcome) { // before any outcome was typed: the order in which the tables present
        blocks.push_back(title(phase.projectorText.empty() ? phase.title : phase.projectorText));
        std::vector<std::string> order;
        for (const Table& table : session.tables)
            order.push_back(tableWithTheme(session, table));
        addList(blocks, order, true, 0.9f);
        textSlide(ctx, blocks, box, range, false);
        return;
    }
    blocks.push_back(title(tableWithTheme(session, session.tables[index])));
    auto section = [&](const char* key, const std::vector<std::string>& points) {
        if (points.empty()) return;
        blocks.push_back(heading(ctx.t(key)));
        addList(blocks, points, false, 0.9f);
    };
    section("projector.goesWell", outcome->goesWell);
    section("projector.difficult", outcome->difficult);
    section("projector.ideas", outcome->ideas);
    std::vector<ProposedAction> ranked = outcome->proposals;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const ProposedAction& a, const ProposedAction& b) { return a.votes > b.votes; });
    std::vector<std::string> proposals;
    for (const ProposedAction& proposal : ranked)
        proposals.push_back(proposal.votes > 0 ? proposal.text + " (" + std::to_string(proposal.votes) + ")"
                                               : proposal.text);
    section("projector.proposals", proposals);
    if (!outcome->quote.empty())
        blocks.push_back({"\u201c" + outcome->quote + "\u201d", 0.9f, kMuted, Weight::Regular, 0.8f, false});
    textSlide(ctx, blocks, box, range, false);
    ctx.record("projector/table/" + session.tables[index].id);
}

/// The break: until when, and the countdown as the slide's centre piece.
void breakSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, const Phase& phase, Box box,
                UnitRange range, float screenHeight) {
    const RunState& run = snapshot.run;
    const std::int64_t until = run.now + std::max<std::int64_t>(run.remainingSeconds, 0);
    const Block top{std::string(ctx.t("projector.breakUntil")) + " " +
                        formatClockTimeAt(until, ctx.state.ui.live.clock.utcOffsetSeconds),
                    1.6f, kAccent, Weight::Bold, 0.0f, true};
    const float unit = range.max * 0.8f;
    const float used = drawBlocks(ctx, {top}, box, unit, false);
    Box rest{ImVec2(box.min.x, used + unit * 0.5f), box.max};
    if (!phase.projectorText.empty()) {
        const std::vector<Block> below{{phase.projectorText, 0.8f, kForeground, Weight::Regular, 0.0f, true}};
        const float textHeight = blocksHeight(ctx, below, unit, box.width());
        drawBlocks(ctx, below, Box{ImVec2(box.min.x, box.max.y - textHeight), box.max}, unit, false);
        rest.max.y -= textHeight + unit * 0.5f;
    }
    // The digits fill what is left: up to 40 % of the screen height, no wider than the box.
    ImFont* digits = ctx.fonts && ctx.fonts->countdown ? ctx.fonts->countdown : fontFor(ctx, Weight::Bold);
    const std::string text = formatRemaining(run.remainingSeconds);
    float pixels = std::min(rest.height(), screenHeight * 0.4f);
    ImGui::PushFont(digits);
    const float widthPerPixel = ImGui::CalcTextSize(text.c_str()).x / digits->FontSize;
    ImGui::PopFont();
    pixels = std::min(pixels, box.width() * 0.9f / std::max(widthPerPixel, 0.1f));
    ImGui::PushFont(digits);
    ImGui::SetWindowFontScale(pixels / digits->FontSize);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImGui::SetCursorScreenPos(ImVec2(box.min.x + (box.width() - size.x) / 2,
                                     rest.min.y + std::max(0.0f, (rest.height() - size.y) / 2)));
    ImGui::PushStyleColor(ImGuiCol_Text, countdownColour(run));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ctx.record("projector/countdown");
}

void kindSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, const Phase& phase, Box box,
               float screenHeight) {
    const UnitRange range = unitRange(ctx, screenHeight);
    const Session& session = ctx.state.doc.session;
    std::vector<Block> blocks;
    switch (phase.projector) {
    case ProjectorKind::Welcome:
        welcomeSlide(ctx, snapshot, &phase, box, range);
        return;
    case ProjectorKind::Text:
        blocks = {title(phase.title), body(phase.projectorText)};
        blocks[1].gapBefore = 0.8f;
        break;
    case ProjectorKind::Questions:
        blocks.push_back(title(phase.projectorText.empty() ? phase.title : phase.projectorText));
        addList(blocks, session.guidance.dialogueQuestions, true, 1.0f);
        if (!session.outcomes.summaryPoints.empty()) {
            blocks.push_back(heading(ctx.t("projector.summary")));
            addList(blocks, session.outcomes.summaryPoints, false, 0.9f);
        }
        break;
    case ProjectorKind::Break:
        breakSlide(ctx, snapshot, phase, box, range, screenHeight);
        return;
    case ProjectorKind::Tables:
        drawSeatingSlide(ctx, snapshot, box, range);
        return;
    case ProjectorKind::Presentations:
        presentationsSlide(ctx, phase, box, range);
        return;
    case ProjectorKind::Closing: {
        // A heading, the message in regular weight, the next steps as a short list.
        blocks.push_back(title(phase.title));
        const std::string& message =
            session.guidance.closingMessage.empty() ? phase.projectorText : session.guidance.closingMessage;
        blocks.push_back(body(message, 0.85f));
        blocks.back().gapBefore = 0.8f;
        if (!session.outcomes.nextSteps.empty()) {
            blocks.push_back(heading(ctx.t("projector.nextSteps")));
            addList(blocks, session.outcomes.nextSteps, false, 0.85f);
        }
        break;
    }
    case ProjectorKind::Blank:
        return;
    }
    textSlide(ctx, blocks, box, range, false);
}

/// The countdown at the bottom right, its digits a tenth of the screen height.
float footerCountdown(const ViewContext& ctx, const RunState& run, Box footer) {
    ImFont* digits = ctx.fonts && ctx.fonts->countdown ? ctx.fonts->countdown : fontFor(ctx, Weight::Bold);
    const std::string text = formatRemaining(run.remainingSeconds);
    ImGui::PushFont(digits);
    ImGui::SetWindowFontScale(footer.height() / digits->FontSize);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImGui::SetCursorScreenPos(ImVec2(footer.max.x - size.x, footer.min.y));
    ImGui::PushStyleColor(ImGuiCol_Text, countdownColour(run));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ctx.record("projector/countdown");
    return size.x;
}

/// The message to the room: dark text on an amber band, as large as fits in it.
void messageBanner(const ViewContext& ctx, const std::string& message, Box band) {
    fill(band, kBanner, band.height() * 0.12f);
    const float pad = band.height() * 0.12f;
    const Box inner{ImVec2(band.min.x + pad * 2, band.min.y + pad), ImVec2(band.max.x - pad * 2, band.max.y - pad)};
    const std::vector<Block> blocks{{message, 1.0f, kBannerText, Weight::Bold, 0.0f, true}};
    const float unit = fitUnit(ctx, blocks, inner, {inner.height() * 0.3f, inner.height() * 0.8f});
    drawBlocks(ctx, blocks, inner, unit, true);
    ctx.record("projector/message");
}

} // namespace

ImVec4 countdownColour(const RunState& run) {
    switch (countdownLevel(run.remainingSeconds, run.durationSeconds)) {
    case CountdownLevel::Normal:
        return kForeground;
    case CountdownLevel::Warning:
        return kWarning;
    case CountdownLevel::Danger:
    case CountdownLevel::Over:
        return kDanger;
    }
    return kForeground;
}

void drawSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, Box screen) {
    const RunState& run = snapshot.run;
    const auto& phases = ctx.state.doc.session.phases;
    const float h = screen.height();
    const float margin = 0.045f * h;
    Box box{ImVec2(screen.min.x + std::max(margin, 0.04f * screen.width()), screen.min.y + margin),
            ImVec2(screen.max.x - std::max(margin, 0.04f * screen.width()), screen.max.y - margin)};
    const bool running = run.current && run.status != RunStatus::Finished && *run.current < phases.size();
    const Phase* phase = running ? &phases[*run.current] : nullptr;
    const bool countdown = phase && phase->showCountdown && phase->projector != ProjectorKind::Break &&
                           phase->projector != ProjectorKind::Blank;
    const std::string& message = ctx.state.ui.live.roomMessage;
    if (countdown || !message.empty()) {
        const Box footer{ImVec2(box.min.x, box.max.y - 0.11f * h), box.max};
        float right = footer.max.x;
        if (countdown) right -= footerCountdown(ctx, run, footer) + 0.03f * h;
        if (!message.empty()) messageBanner(ctx, message, Box{footer.min, ImVec2(right, footer.max.y)});
        box.max.y = footer.min.y - 0.03f * h;
    }
    if (ctx.state.ui.online.codesOnProjector && !ctx.state.ui.online.codes.empty()) // Tafels online
        drawCodesSlide(ctx, snapshot, box, unitRange(ctx, h));
    else if (phase)
        kindSlide(ctx, snapshot, *phase, box, h);
    else // before the start and after the end the room sees the welcome (title and school)
        welcomeSlide(ctx, snapshot, nullptr, box, unitRange(ctx, h));
}

void drawFacilitatorCorner(const ViewContext& ctx, const LiveSnapshot& snapshot, Box screen) {
    const RunState& run = snapshot.run;
    const auto& phases = ctx.state.doc.session.phases;
    if (!run.current || run.status == RunStatus::Finished || *run.current >= phases.size()) return;
    std::string text = formatRemaining(run.remainingSeconds);
    if (run.status == RunStatus::Paused) text += " (" + std::string(ctx.t("projector.corner.paused")) + ")";
    if (*run.current + 1 < phases.size())
        text += "  \u00b7  " + std::string(ctx.t("projector.corner.next")) + " " + phases[*run.current + 1].title;
    // In the top margin (4.5 % of the height), half its height: small for the room, clear up close.
    const float margin = 0.045f * screen.height();
    const float pixels = margin * 0.5f;
    const float width = measure(ctx, text, pixels, Weight::Regular).x;
    const ImVec2 pos(screen.max.x - std::max(margin, 0.04f * screen.width()) - width, screen.min.y + margin * 0.22f);
    // Quiet grey while on time; amber and red as the countdown turns, so the facilitator notices.
    const bool normal = countdownLevel(run.remainingSeconds, run.durationSeconds) == CountdownLevel::Normal;
    textAt(ctx, pos, text, pixels, normal ? kMuted : countdownColour(run), Weight::Regular);
    ctx.record("projector/corner");
}

} // namespace dlg::projector
