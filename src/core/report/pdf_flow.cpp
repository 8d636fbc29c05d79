#include "core/report/pdf_flow.h"

#include "core/report/table_layout.h"

#include <algorithm>
#include <numeric>

namespace dlg::pdf {
namespace {

constexpr double kCellPadding = 3;     // points between a table cell's border and its text
constexpr double kMinColumnWidth = 42; // points: narrow columns still fit a short word
constexpr double kBulletIndent = 18;   // points from the margin to a bullet's text
constexpr double kBoxPadding = 6;      // points inside a notice box or next to a quote bar

double points(int pangoUnits) {
    return static_cast<double>(pangoUnits) / PANGO_SCALE;
}

double layoutHeight(PangoLayout* layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return points(logical.height);
}

double naturalWidth(PangoLayout* layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return points(logical.width);
}

/// Widest unbreakable piece of `layout` (its longest word, date or kept-whole name): laid out at
/// almost no width, every line holds one such piece; the widest line is the piece.
double minimumWidth(PangoLayout* layout) {
    pango_layout_set_width(layout, 1);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
    double widest = 0;
    for (GSList* line = pango_layout_get_lines_readonly(layout); line; line = line->next) {
        PangoRectangle logical;
        pango_layout_line_get_extents(static_cast<PangoLayoutLine*>(line->data), nullptr, &logical);
        widest = std::max(widest, points(logical.width));
    }
    pango_layout_set_width(layout, -1);
    return widest;
}

} // namespace

std::string printable(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\t')
            out += ' ';
        else if (c == '\n' || (byte >= 0x20 && byte != 0x7F))
            out += c;
    }
    return out;
}

Flow::Flow(PangoContext* context, PageGeometry geometry)
    : context_(context), geometry_(geometry), y_(geometry.marginTop) {}

PangoLayout* Flow::layout(const std::string& text, const std::string& font, double width) {
    PangoLayout* created = pango_layout_new(context_);
    layouts_.emplace_back(created);
    PangoFontDescription* description = pango_font_description_from_string(font.c_str());
    pango_layout_set_font_description(created, description);
    pango_font_description_free(description);
    if (width > 0) {
        pango_layout_set_width(created, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(created, PANGO_WRAP_WORD_CHAR);
    }
    const std::string shown = printable(keepDatesTogether(text));
    pango_layout_set_text(created, shown.c_str(), static_cast<int>(shown.size()));
    // Should a word ever have to break, no hyphen is made up inside it ("Marlo-es" reads as a
    // different name).
    PangoAttrList* attributes = pango_attr_list_new();
    pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(FALSE));
    pango_layout_set_attributes(created, attributes);
    pango_attr_list_unref(attributes);
    return created;
}

void Flow::beginTag(const std::string& tag) {
    ops_.push_back({OpKind::BeginTag, tag});
}

void Flow::endTag(const std::string& tag) {
    ops_.push_back({OpKind::EndTag, tag});
}

void Flow::newPage() {
    ops_.push_back({OpKind::PageEnd, {}});
    ++pages_;
    y_ = geometry_.marginTop;
}

void Flow::ensureSpace(double height) {
    if (y_ + height > geometry_.bottom() && y_ > geometry_.marginTop) newPage();
}

void Flow::placeLines(PangoLayout* layout, double x, bool mayBreak) {
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    double origin = y_; // page position of the layout's top, moved when the layout breaks
    double lineBottom = y_;
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        const double top = points(logical.y);
        const double height = points(logical.height);
        if (mayBreak && origin + top + height > geometry_.bottom() && origin + top > geometry_.marginTop) {
            newPage();
            origin = geometry_.marginTop - top;
        }
        Op op{OpKind::Line, {}};
        op.line = pango_layout_iter_get_line_readonly(iter);
        op.x = x + points(logical.x);
        op.y = origin + points(pango_layout_iter_get_baseline(iter));
        ops_.push_back(op);
        lineBottom = origin + top + height;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    y_ = lineBottom;
}

void Flow::paragraph(const std::string& text, const std::string& font, const std::string& tag,
                     double spaceBefore, double spaceAfter, double indent, double keepWithNext) {
    PangoLayout* made = layout(text, font, geometry_.textWidth() - indent);
    const double height = layoutHeight(made);
    // At least two lines (or the whole short paragraph) together, plus what must follow it.
    ensureSpace(spaceBefore + std::min(height, 30.0) + keepWithNext);
    if (y_ > geometry_.marginTop) y_ += spaceBefore;
    beginTag(tag);
    placeLines(made, geometry_.marginX + indent, true);
    endTag(tag);
    y_ += spaceAfter;
}

void Flow::heading(const std::string& text, const std::string& font, int level, double spaceBefore) {
    PangoLayout* made = layout(text, font, geometry_.textWidth());
    ensureSpace(spaceBefore + layoutHeight(made) + 40);
    if (y_ > geometry_.marginTop) y_ += spaceBefore;
    if (level >= 2) {
        Op bookmark{OpKind::Outline, printable(text)};
        bookmark.x = geometry_.marginX;
        bookmark.y = y_;
        bookmark.level = level - 1;
        ops_.push_back(bookmark);
    }
    const std::string tag = "H" + std::to_string(level);
    beginTag(tag);
    placeLines(made, geometry_.marginX, false);
    endTag(tag);
    y_ += 4;
}

void Flow::bulletItem(const std::string& text, const std::string& font) {
    PangoLayout* body = layout(text, font, geometry_.textWidth() - kBulletIndent);
    PangoLayout* bullet = layout("\u2022", font, 0);
    ensureSpace(std::min(layoutHeight(body), 30.0));
    beginTag("LI");
    beginTag("Lbl");
    Op mark{OpKind::Line, {}};
    mark.line = pango_layout_get_line_readonly(bullet, 0);
    mark.x = geometry_.marginX + 6;
    mark.y = y_ + points(pango_layout_get_baseline(body));
    ops_.push_back(mark);
    endTag("Lbl");
    beginTag("LBody");
    placeLines(body, geometry_.marginX + kBulletIndent, true);
    endTag("LBody");
    endTag("LI");
    y_ += 3;
}

void Flow::boxedParagraph(const std::string& text, const std::string& font, const std::string& tag,
                          bool leftBarOnly) {
    const double inset = leftBarOnly ? 3 + kBoxPadding * 2 : kBoxPadding;
    PangoLayout* made = layout(text, font, geometry_.textWidth() - inset - kBoxPadding);
    const double height = layoutHeight(made) + 2 * kBoxPadding;
    ensureSpace(height + 4);
    y_ += 4;
    Op frame{leftBarOnly ? OpKind::FillRect : OpKind::StrokeRect, {}};
    frame.x = geometry_.marginX;
    frame.y = y_;
    frame.w = leftBarOnly ? 3 : geometry_.textWidth();
    frame.h = height;
    frame.gray = leftBarOnly ? 0.6 : 0;
    ops_.push_back(frame);
    y_ += kBoxPadding;
    beginTag(tag);
    placeLines(made, geometry_.marginX + inset, false);
    endTag(tag);
    y_ += kBoxPadding + 8;
}

double Flow::rowHeight(const std::vector<PangoLayout*>& cells) const {
    double height = 0;
    for (PangoLayout* cell : cells)
        height = std::max(height, layoutHeight(cell));
    return height + 2 * kCellPadding;
}

void Flow::placeRow(const std::vector<PangoLayout*>& cells, const std::vector<double>& widths, bool header) {
    const double top = y_;
    const double height = rowHeight(cells);
    double x = geometry_.marginX;
    beginTag("TR");
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::string tag = header ? "TH" : "TD";
        beginTag(tag);
        Op border{header ? OpKind::FillRect : OpKind::StrokeRect, {}};
        border.x = x;
        border.y = top;
        border.w = widths[i];
        border.h = height;
        border.gray = 0.9;
        if (header) ops_.push_back(border);
        border.kind = OpKind::StrokeRect;
        border.gray = 0.55;
        ops_.push_back(border);
        y_ = top + kCellPadding;
        placeLines(cells[i], x + kCellPadding, false);
        endTag(tag);
        x += widths[i];
    }
    endTag("TR");
    y_ = top + height;
}

void Flow::table(const ReportTable& table, const Fonts& fonts) {
    const std::vector<std::string>& header = table.header;
    if (header.empty()) return;
    const std::size_t columns = header.size();
    // Lay out every cell unwrapped to learn each column's natural and minimum width, then wrap.
    std::vector<PangoLayout*> headerCells;
    std::vector<std::vector<PangoLayout*>> bodyCells;
    std::vector<double> natural(columns, kMinColumnWidth);
    std::vector<double> minimum(columns, kMinColumnWidth);
    auto measure = [&](PangoLayout* cell, std::size_t i) {
        natural[i] = std::max(natural[i], naturalWidth(cell) + 2 * kCellPadding);
        minimum[i] = std::max(minimum[i], minimumWidth(cell) + 2 * kCellPadding);
    };
    for (std::size_t i = 0; i < columns; ++i) {
        headerCells.push_back(layout(keepDatesTogether(header[i]), fonts.tableBold, 0));
        measure(headerCells.back(), i);
    }
    for (const auto& row : table.rows) {
        bodyCells.emplace_back();
        for (std::size_t i = 0; i < columns; ++i) {
            const std::string text = i < row.size() ? row[i] : std::string();
            bodyCells.back().push_back(layout(cellForLayout(text, table.kind(i)), fonts.table, 0));
            measure(bodyCells.back().back(), i);
        }
    }
    std::vector<bool> servedFirst;
    for (std::size_t i = 0; i < columns; ++i)
        servedFirst.push_back(table.kind(i) != ColumnContent::Text);
    const std::vector<double> widths = fitColumns(minimum, natural, servedFirst, geometry_.textWidth());
    auto wrap = [&](std::vector<PangoLayout*>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            pango_layout_set_width(cells[i], static_cast<int>((widths[i] - 2 * kCellPadding) * PANGO_SCALE));
            pango_layout_set_wrap(cells[i], PANGO_WRAP_WORD_CHAR);
        }
    };
    wrap(headerCells);
    for (auto& cells : bodyCells)
        wrap(cells);

    const double headerHeight = rowHeight(headerCells);
    ensureSpace(headerHeight + (bodyCells.empty() ? 0 : rowHeight(bodyCells.front())) + 4);
    y_ += 4;
    beginTag("Table");
    placeRow(headerCells, widths, true);
    for (const auto& cells : bodyCells) {
        const double height = rowHeight(cells);
        if (y_ + height > geometry_.bottom()) {
            newPage();
            placeRow(headerCells, widths, true); // the header again, so each page can be read alone
        }
        placeRow(cells, widths, false);
    }
    endTag("Table");
    y_ += 10;
}

void Flow::space(double points) {
    if (y_ > geometry_.marginTop) y_ += points;
}

void Flow::finish() {
    ops_.push_back({OpKind::PageEnd, {}});
}

} // namespace dlg::pdf
