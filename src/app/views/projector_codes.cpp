// "Scan de code van jouw tafel" on the projector: one card per table with its name, theme and the
// QR code of its join link, each code at least 22 % of the screen's height (the largest that still
// fits when every table fits at once). 40 tables then take four pages at 16:9, which turn by
// themselves like "Waar zit ik?", with the names only and the codes as large as ten a page allow
// (27 % at 1920x1080): bench/qr_distance.sh reads them at 6 m from a 2.5 m wide projection.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/views/online_views.h"
#include "app/views/qr_draw.h"

namespace dlg {
namespace {

using namespace projector;

constexpr float kCodeShareOfScreen = 0.22f;

struct CodeCard {
    std::string name;
    std::string theme; ///< empty when the name already says it
    const QrMatrix* qr = nullptr;
};

std::vector<CodeCard> codeCards(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    const OnlineUiState& online = ctx.state.ui.online;
    std::vector<CodeCard> cards;
    for (const Table& table : session.tables) {
        const auto code = online.codes.find(table.id);
        if (code == online.codes.end()) continue;
        std::string theme;
        for (const Theme& t : session.themes)
            if (t.id == table.themeId) theme = t.title;
        // "Tafel 3: Huiswerk" becomes "Tafel 3" over "Huiswerk": short lines leave room for the code.
        std::string name = table.name;
        const std::size_t colon = name.find(':');
        if (!theme.empty() && colon != std::string::npos && name.find(theme, colon) != std::string::npos)
            name.resize(colon);
        else if (name.find(theme) != std::string::npos)
            theme.clear();
        cards.push_back({name, theme, &code->second.qr});
    }
    return cards;
}

struct CodeGrid {
    float qr = 0; ///< side of a code, quiet zone included
    int columns = 1;
    int perPage = 1;
    int pages = 1;
};

float textHeight(const ViewContext& ctx, const std::vector<CodeCard>& cards, float unit, float width) {
    float most = 0;
    for (const CodeCard& card : cards) {
        float h = measure(ctx, card.name, unit, Weight::Bold, width).y;
        if (!card.theme.empty()) h += measure(ctx, card.theme, unit * 0.75f, Weight::Regular, width).y;
        most = std::max(most, h);
    }
    return most;
}

struct CardFit {
    int count = 0; ///< cards that fit on one page
    int columns = 1;
};

// How many cards with codes of side `qr` fit in `box`, and in how many columns.
CardFit fitCards(const ViewContext& ctx, const std::vector<CodeCard>& cards, Box box, float unit, float qr) {
    const float pad = unit * 0.35f;
    const float gap = unit * 0.6f;
    const int columns = std::max(1, static_cast<int>((box.width() + gap) / (qr + 2 * pad + gap)));
    const float card = 2 * pad + textHeight(ctx, cards, unit, qr) + pad + qr;
    const int rows = static_cast<int>((box.height() + gap) / (card + gap));
    return {std::max(0, rows) * columns, columns};
}

// Pages of the smallest code when the tables do not fit at once, as even as they go; then the
// codes as large as that many cards a page allow.
CodeGrid codeGrid(const ViewContext& ctx, const std::vector<CodeCard>& cards, Box box, float unit,
                  float smallest) {
    const int count = std::max<int>(1, static_cast<int>(cards.size()));
    const int atSmallest = std::max(1, fitCards(ctx, cards, box, unit, smallest).count);
    const int pages = (count + atSmallest - 1) / atSmallest;
    const int perPage = (count + pages - 1) / pages;
    for (float qr = box.height();; qr = std::max(qr * 0.97f, smallest)) {
        const CardFit fit = fitCards(ctx, cards, box, unit, qr);
        if (fit.count >= perPage || qr <= smallest * 1.001f) return {qr, fit.columns, perPage, pages};
    }
}

} // namespace

void drawCodesSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, projector::Box box,
                    projector::UnitRange range) {
    std::vector<CodeCard> cards = codeCards(ctx);
    const float unit = range.min * 1.15f;
    const float titlePixels = unit * 1.3f;
    const float titleHeight = titlePixels * 1.35f;
    const Box grid{ImVec2(box.min.x, box.min.y + titleHeight), box.max};
    // 22 % of the screen (the box is 91 % of it): two rows of cards fit at 16:9, 12 codes a page at
    // 1366x768, about 30 cm each on a 2.5 m wide projection. Never more than the rows allow.
    const float smallest =
        std::max(std::min(box.height() / 0.91f * kCodeShareOfScreen, grid.height() - unit * 4), unit * 2);
    if (fitCards(ctx, cards, grid, unit, smallest).count < static_cast<int>(cards.size())) {
        // Pages: the codes' size decides how far back a phone reads them (bench/qr_distance.sh),
        // and the theme under each name takes a third of a card. The name is what people look for.
        for (CodeCard& card : cards)
            card.theme.clear();
    }
    const CodeGrid layout = codeGrid(ctx, cards, grid, unit, smallest);
    const int page =
        layout.pages <= 1
            ? 0
            : static_cast<int>((std::max<std::int64_t>(snapshot.run.now, 0) / kCodesPageSeconds) %
                               layout.pages);
    textAt(ctx, box.min, ctx.t("projector.scanCode"), titlePixels, kAccent, Weight::Bold);
    if (layout.pages > 1) {
        const std::string text = std::to_string(page + 1) + " / " + std::to_string(layout.pages);
        const float width = measure(ctx, text, unit, Weight::Regular).x;
        textAt(ctx, ImVec2(box.max.x - width, box.min.y + (titlePixels - unit) / 2), text, unit, kMuted,
               Weight::Regular);
    }
    const float pad = unit * 0.35f;
    const float gap = unit * 0.6f;
    const float text = textHeight(ctx, cards, unit, layout.qr);
    const float cardWidth = layout.qr + 2 * pad;
    const float cardHeight = 2 * pad + text + pad + layout.qr;
    // The cards centred across the screen, so a short row does not hang to the left.
    const int used = std::min(layout.columns, layout.perPage);
    const float left = grid.min.x + (grid.width() - (cardWidth + gap) * static_cast<float>(used) + gap) / 2;
    const int rows = (layout.perPage + layout.columns - 1) / layout.columns; // and down the screen
    const float top =
        grid.min.y +
        std::max(0.0f, (grid.height() - (cardHeight + gap) * static_cast<float>(rows) + gap) / 2);
    const std::size_t first = static_cast<std::size_t>(page * layout.perPage);
    const std::size_t last = std::min(cards.size(), first + static_cast<std::size_t>(layout.perPage));
    ImDrawList* list = ImGui::GetWindowDrawList();
    for (std::size_t i = first; i < last; ++i) {
        const int slot = static_cast<int>(i - first);
        const ImVec2 corner(left + static_cast<float>(slot % layout.columns) * (cardWidth + gap),
                            top + static_cast<float>(slot / layout.columns) * (cardHeight + gap));
        fill({corner, ImVec2(corner.x + cardWidth, corner.y + cardHeight)}, kCard, unit * 0.25f);
        const CodeCard& card = cards[i];
        float y = corner.y + pad;
        textAt(ctx, ImVec2(corner.x + pad, y), card.name, unit, kAccent, Weight::Bold, layout.qr);
        y += measure(ctx, card.name, unit, Weight::Bold, layout.qr).y;
        if (!card.theme.empty())
            textAt(ctx, ImVec2(corner.x + pad, y), card.theme, unit * 0.75f, kMuted, Weight::Regular,
                   layout.qr);
        const ImVec2 code(corner.x + pad, corner.y + cardHeight - pad - layout.qr);
        drawQr(list, code, layout.qr, *card.qr);
        if (ctx.probe) ctx.probe->items["projector/code/" + std::to_string(i)] = {code, {code.x + layout.qr, code.y + layout.qr}};
    }
    ctx.record("projector/codes");
}

} // namespace dlg
