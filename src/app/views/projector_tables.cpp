// "Waar zit ik?": who sits at which table, readable from the back of the room for up to 40 tables
// of 10. Cards per table in as many columns as the names allow, at the largest size that fits;
// when even the smallest readable size does not fit, pages that turn by themselves. The
// alternative view lists everyone alphabetically by last name with their table. People appear as
// "Fatma Y." only (publicName): sorting by last name shows no more than that.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "app/views/projector_slides.h"

namespace dlg::projector {

namespace {

struct Card {
    std::string heading;            ///< the table's name
    std::string theme;              ///< its theme, when the name does not already say it
    std::vector<std::string> names; ///< public names, alphabetical
};

struct Entry {
    std::string sortKey; ///< last name, first name, lower case
    std::string letter;  ///< first character of the last name, for the letter headings
    std::string name;    ///< public name
    std::string table;   ///< the table's short name ("Tafel 3")
};

std::string lower(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

/// The first UTF-8 code point, upper case when it is ASCII.
std::string initial(const std::string& text) {
    if (text.empty()) return "?";
    std::size_t length = 1;
    while (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
        ++length;
    std::string first = text.substr(0, length);
    if (length == 1) first[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(first[0])));
    return first;
}

/// "Tafel 3: Huiswerk" -> "Tafel 3" when the part after the colon is the theme.
std::string shortName(const Table& table, const std::string& theme) {
    const std::size_t colon = table.name.find(':');
    if (colon != std::string::npos && !theme.empty() && table.name.find(theme, colon) != std::string::npos)
        return table.name.substr(0, colon);
    return table.name;
}

std::string themeOf(const Session& session, const Table& table) {
    for (const Theme& theme : session.themes)
        if (theme.id == table.themeId) return theme.title;
    return {};
}

std::vector<Card> cards(const Session& session) {
    std::map<std::string, std::vector<std::string>> seated;
    for (const Participant& person : session.participants)
        if (const auto seat = session.assignment.seats.find(person.id);
            seat != session.assignment.seats.end())
            seated[seat->second].push_back(publicName(person));
    std::vector<Card> result;
    for (const Table& table : session.tables) {
        const std::string theme = themeOf(session, table);
        Card card{table.name, table.name.find(theme) == std::string::npos ? theme : "", seated[table.id]};
        std::sort(card.names.begin(), card.names.end());
        result.push_back(std::move(card));
    }
    return result;
}

std::vector<Entry> entries(const Session& session) {
    std::map<std::string, const Table*> tables;
    for (const Table& table : session.tables)
        tables[table.id] = &table;
    std::vector<Entry> result;
    for (const Participant& person : session.participants) {
        const auto seat = session.assignment.seats.find(person.id);
        if (seat == session.assignment.seats.end() || !tables.count(seat->second)) continue;
        const Table& table = *tables[seat->second];
        const std::string last = person.lastName.empty() ? person.firstName : person.lastName;
        result.push_back({lower(last) + " " + lower(person.firstName), initial(last), publicName(person),
                          shortName(table, themeOf(session, table))});
    }
    std::sort(result.begin(), result.end(),
              [](const Entry& a, const Entry& b) { return a.sortKey < b.sortKey; });
    return result;
}

/// The title row: "Waar zit ik?" left, the page ("2 / 4") right. Returns its height.
float titleRow(const ViewContext& ctx, Box box, float unit, int page, int pages) {
    const float pixels = unit * 1.3f;
    textAt(ctx, box.min, ctx.t("projector.whereDoISit"), pixels, kAccent, Weight::Bold);
    if (pages > 1) {
        const std::string text = std::to_string(page + 1) + " / " + std::to_string(pages);
        const float width = measure(ctx, text, unit, Weight::Regular).x;
        textAt(ctx, ImVec2(box.max.x - width, box.min.y + (pixels - unit) / 2), text, unit, kMuted,
               Weight::Regular);
    }
    return pixels * 1.25f;
}

int pageAt(const RunState& run, int pages) {
    if (pages <= 1) return 0;
    return static_cast<int>((std::max<std::int64_t>(run.now, 0) / kSeatingPageSeconds) % pages);
}

struct Grid {
    float unit = 0;
    int columns = 1;
    int perPage = 1; ///< cards or rows on one page
    int pages = 1;
};

// ---- cards per table ----

struct CardMetrics {
    float nameWidth = 0;  ///< widest name at 1 pixel
    float wordWidth = 0;  ///< widest word of a table's name or theme at 1 pixel (never broken)
    std::size_t most = 0; ///< most names at one table
};

float cardHeight(const ViewContext& ctx, const std::vector<Card>& all, const CardMetrics& m, float unit,
                 float width) {
    float heading = 0;
    for (const Card& card : all) {
        float h = measure(ctx, card.heading, unit, Weight::Bold, width).y;
        if (!card.theme.empty()) h += measure(ctx, card.theme, unit * 0.8f, Weight::Regular, width).y;
        heading = std::max(heading, h);
    }
    return unit * 0.35f * 2 + heading + unit * 0.3f + static_cast<float>(m.most) * unit * 1.15f;
}

Grid cardGrid(const ViewContext& ctx, const std::vector<Card>& all, Box box, UnitRange range) {
    CardMetrics m;
    for (const Card& card : all) {
        m.most = std::max(m.most, card.names.size());
        for (const std::string& name : card.names)
            m.nameWidth = std::max(m.nameWidth, measure(ctx, name, 100.0f, Weight::Regular).x / 100.0f);
        m.wordWidth = std::max({m.wordWidth, widestWord(ctx, card.heading, 100.0f, Weight::Bold) / 100.0f,
                                widestWord(ctx, card.theme, 80.0f, Weight::Regular) / 100.0f});
    }
    const int count = std::max<int>(1, static_cast<int>(all.size()));
    Grid best{range.min, 1, 0, 0};
    for (float unit = range.max;; unit = std::max(unit * 0.94f, range.min)) {
        const bool smallest = unit <= range.min * 1.001f;
        const float gap = unit * 0.6f;
        const float height = box.height() - unit * 1.3f * 1.25f;
        for (int columns = 1; columns <= count; ++columns) {
            const float width =
                (box.width() - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
            // Names never wrap, and the words of a table's name and theme are never broken.
            if (width - unit * 0.7f < std::max(m.nameWidth, m.wordWidth) * unit * 1.02f) break;
            const float card = cardHeight(ctx, all, m, unit, width - unit * 0.7f);
            const int rows = static_cast<int>((height + gap) / (card + gap));
            if (rows < 1) continue;
            const int capacity = rows * columns;
            if (capacity >= count) return {unit, columns, count, 1};
            if (smallest && capacity > best.perPage) best = {unit, columns, capacity, 0};
        }
        if (smallest) break;
    }
    best.perPage = std::max(best.perPage, 1);
    best.pages = (count + best.perPage - 1) / best.perPage;
    best.perPage = (count + best.pages - 1) / best.pages; // even pages, no nearly empty last one
    return best;
}

void drawCards(const ViewContext& ctx, const std::vector<Card>& all, const RunState& run, Box box,
               UnitRange range) {
    const Grid grid = cardGrid(ctx, all, box, range);
    const int page = pageAt(run, grid.pages);
    const float unit = grid.unit;
    const float top = box.min.y + titleRow(ctx, box, unit, page, grid.pages);
    const float gap = unit * 0.6f;
    const float pad = unit * 0.35f;
    const float width =
        (box.width() - gap * static_cast<float>(grid.columns - 1)) / static_cast<float>(grid.columns);
    CardMetrics m;
    for (const Card& card : all)
        m.most = std::max(m.most, card.names.size());
    const float height = cardHeight(ctx, all, m, unit, width - 2 * pad);
    const std::size_t first = static_cast<std::size_t>(page * grid.perPage);
    const std::size_t last = std::min(all.size(), first + static_cast<std::size_t>(grid.perPage));
    for (std::size_t i = first; i < last; ++i) {
        const int slot = static_cast<int>(i - first);
        const ImVec2 corner(box.min.x + static_cast<float>(slot % grid.columns) * (width + gap),
                            top + static_cast<float>(slot / grid.columns) * (height + gap));
        fill({corner, ImVec2(corner.x + width, corner.y + height)}, kCard, unit * 0.25f);
        const Card& card = all[i];
        float y = corner.y + pad;
        const float inner = width - 2 * pad;
        textAt(ctx, ImVec2(corner.x + pad, y), card.heading, unit, kAccent, Weight::Bold, inner);
        y += measure(ctx, card.heading, unit, Weight::Bold, inner).y;
        if (!card.theme.empty()) {
            textAt(ctx, ImVec2(corner.x + pad, y), card.theme, unit * 0.8f, kMuted, Weight::Regular, inner);
            y += measure(ctx, card.theme, unit * 0.8f, Weight::Regular, inner).y;
        }
        // The names start at the same height on every card, so a row of cards reads as a table.
        y = corner.y + height - pad - static_cast<float>(m.most) * unit * 1.15f;
        for (const std::string& name : card.names) {
            textAt(ctx, ImVec2(corner.x + pad, y), name, unit, kForeground, Weight::Regular);
            y += unit * 1.15f;
        }
    }
}

// ---- alphabetical list ----

/// One row of the list: a letter heading (entry < 0) or a person.
struct Row {
    std::string letter;
    int entry = -1;
};

std::vector<Row> rows(const std::vector<Entry>& all) {
    std::vector<Row> result;
    std::string letter;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].letter != letter) {
            letter = all[i].letter;
            result.push_back({letter, -1});
        }
        result.push_back({{}, static_cast<int>(i)});
    }
    return result;
}

void drawList(const ViewContext& ctx, const std::vector<Entry>& all, const RunState& run, Box box,
              UnitRange range) {
    const std::vector<Row> list = rows(all);
    float nameWidth = 0;
    float tableWidth = 0;
    for (const Entry& entry : all) {
        nameWidth = std::max(nameWidth, measure(ctx, entry.name, 100.0f, Weight::Regular).x / 100.0f);
        tableWidth = std::max(tableWidth, measure(ctx, entry.table, 100.0f, Weight::Bold).x / 100.0f);
    }
    const int count = std::max<int>(1, static_cast<int>(list.size()));
    Grid grid{range.min, 1, 1, 1};
    for (float unit = range.max;; unit = std::max(unit * 0.94f, range.min)) {
        const float gap = unit * 1.2f;
        const float column = (nameWidth + tableWidth) * unit * 1.02f + unit;
        const int columns = std::max(1, static_cast<int>((box.width() + gap) / (column + gap)));
        const int perColumn =
            std::max(1, static_cast<int>((box.height() - unit * 1.3f * 1.25f) / (unit * 1.2f)));
        grid = {unit, columns, columns * perColumn,
                (count + columns * perColumn - 1) / (columns * perColumn)};
        if (grid.pages == 1 || unit <= range.min * 1.001f) break;
    }
    const int page = pageAt(run, grid.pages);
    const float unit = grid.unit;
    const float top = box.min.y + titleRow(ctx, box, unit, page, grid.pages);
    const float gap = unit * 1.2f;
    const float column =
        (box.width() - gap * static_cast<float>(grid.columns - 1)) / static_cast<float>(grid.columns);
    const int perColumn = grid.perPage / grid.columns;
    const std::size_t first = static_cast<std::size_t>(page * grid.perPage);
    const std::size_t last = std::min(list.size(), first + static_cast<std::size_t>(grid.perPage));
    for (std::size_t i = first; i < last; ++i) {
        const int slot = static_cast<int>(i - first);
        const ImVec2 pos(box.min.x + static_cast<float>(slot / perColumn) * (column + gap),
                         top + static_cast<float>(slot % perColumn) * unit * 1.2f);
        if (list[i].entry < 0) {
            textAt(ctx, pos, list[i].letter, unit, kAccent, Weight::Bold);
            continue;
        }
        const Entry& entry = all[static_cast<std::size_t>(list[i].entry)];
        textAt(ctx, pos, entry.name, unit, kForeground, Weight::Regular);
        const float width = measure(ctx, entry.table, unit, Weight::Bold).x;
        textAt(ctx, ImVec2(pos.x + column - width, pos.y), entry.table, unit, kAccent, Weight::Bold);
    }
}

} // namespace

SeatingCardGrid seatingCardGrid(const ViewContext& ctx, Box box, UnitRange range) {
    const Grid grid = cardGrid(ctx, cards(ctx.state.doc.session), box, range);
    const float gap = grid.unit * 0.6f;
    const float width =
        (box.width() - gap * static_cast<float>(grid.columns - 1)) / static_cast<float>(grid.columns);
    return {grid.unit, grid.columns, width - grid.unit * 0.7f, grid.pages};
}

void drawSeatingSlide(const ViewContext& ctx, const LiveSnapshot& snapshot, Box box, UnitRange range) {
    const Session& session = ctx.state.doc.session;
    if (ctx.state.ui.live.seatingByName)
        drawList(ctx, entries(session), snapshot.run, box, range);
    else
        drawCards(ctx, cards(session), snapshot.run, box, range);
    ctx.record("projector/seating");
}

} // namespace dlg::projector
