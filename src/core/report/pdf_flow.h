// Internal to the PDF writer: flows text blocks down A4 pages with Pango and records what to draw
// where, so that the page count ("Pagina 1 van 3") is known before anything is drawn.
#pragma once

#include <pango/pango.h>

#include <memory>
#include <string>
#include <vector>

#include "core/report/report.h"

namespace dlg::pdf {

/// A4 portrait in PDF points (1/72 inch).
struct PageGeometry {
    double width = 595.276;      ///< 210 mm
    double height = 841.89;      ///< 297 mm
    double marginX = 51.02;      ///< 18 mm left and right
    double marginTop = 56.69;    ///< 20 mm
    double marginBottom = 70.87; ///< 25 mm: leaves room for the page number
    double textWidth() const { return width - 2 * marginX; }
    double bottom() const { return height - marginBottom; }
};

enum class OpKind {
    BeginTag,   ///< `text` is a PDF structure type ("H1", "P", "L", "LI", "Table", ...)
    EndTag,     ///< closes the innermost open tag (`text` names it)
    Line,       ///< one laid-out line of text, baseline at (x, y)
    FillRect,   ///< a light grey rectangle (table header background)
    StrokeRect, ///< a thin rectangle outline (table cells, notices)
    Outline,    ///< a bookmark to (x, y) on this page: `text` at outline `level` (1 or 2)
    PageEnd,    ///< the current page is full (or the document ends)
};

struct Op {
    OpKind kind = OpKind::Line;
    std::string text;
    PangoLayoutLine* line = nullptr; ///< Line: owned by a layout that the Flow keeps alive
    double x = 0;                    ///< points from the left edge of the page
    double y = 0;                    ///< points from the top edge (baseline for Line, top for rects)
    double w = 0;                    ///< rect width in points
    double h = 0;                    ///< rect height in points
    double gray = 0;                 ///< rect colour, 0 black .. 1 white
    int level = 0;                   ///< Outline: 1 for a section, 2 for a part of one
};

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

/// Fonts as Pango descriptions, e.g. "DejaVu Sans 10.5".
struct Fonts {
    std::string body = "DejaVu Sans 10";
    std::string bold = "DejaVu Sans Bold 10";
    std::string italic = "DejaVu Sans Italic 10";
    std::string title = "DejaVu Sans Bold 19";
    std::string subtitle = "DejaVu Sans 11";
    std::string heading1 = "DejaVu Sans Bold 14";
    std::string heading2 = "DejaVu Sans Bold 12";
    std::string small = "DejaVu Sans 8.5";
    std::string table = "DejaVu Sans 9"; ///< table cells: five columns of A4 hold a long word each
    std::string tableBold = "DejaVu Sans Bold 9";
};

class Flow {
  public:
    /// `context` must use 72 dpi so that font sizes are points; it must outlive the Flow.
    Flow(PangoContext* context, PageGeometry geometry);

    void beginTag(const std::string& tag);
    void endTag(const std::string& tag);
    /// A paragraph of `text` in `font`, `indent` points from the left margin, tagged `tag`.
    /// `keepWithNext` points of the following content must fit on the same page (for headings).
    void paragraph(const std::string& text, const std::string& font, const std::string& tag,
                   double spaceBefore, double spaceAfter, double indent = 0, double keepWithNext = 0);
    /// A heading with a bookmark; `level` 1 (H1 title), 2 (section) or 3 (part of a section).
    void heading(const std::string& text, const std::string& font, int level, double spaceBefore);
    /// One bulleted item (tagged LI with Lbl and LBody); call between beginTag("L") / endTag("L").
    void bulletItem(const std::string& text, const std::string& font);
    /// A paragraph in a box (a notice) or with a bar on the left (a quotation), kept on one page.
    void boxedParagraph(const std::string& text, const std::string& font, const std::string& tag,
                        bool leftBarOnly);
    /// A table with a grey bold header row that repeats on every page; rows are not split.
    /// Columns get widths by content (table_layout.h): no word, date or name is broken.
    void table(const ReportTable& table, const Fonts& fonts);
    /// `points` of empty space (none at the top of a page).
    void space(double points);
    /// Ends the last page; call once, after the content.
    void finish();

    const std::vector<Op>& ops() const { return ops_; }
    int pageCount() const { return pages_; }

  private:
    PangoLayout* layout(const std::string& text, const std::string& font, double width);
    /// Moves to a new page when `height` more points do not fit (and the page is not empty).
    void ensureSpace(double height);
    void newPage();
    /// Emits the lines of `layout` with its top at `y_` (breaking pages between lines when
    /// `mayBreak`), and advances `y_`.
    void placeLines(PangoLayout* layout, double x, bool mayBreak);
    double rowHeight(const std::vector<PangoLayout*>& cells) const;
    void placeRow(const std::vector<PangoLayout*>& cells, const std::vector<double>& widths, bool header);

    PangoContext* context_;
    PageGeometry geometry_;
    std::vector<Op> ops_;
    std::vector<LayoutPtr> layouts_;
    double y_;
    int pages_ = 1;
};

/// The same text with characters Pango cannot show dropped: C0 controls except line breaks, DEL;
/// a tab becomes a space.
std::string printable(const std::string& text);

} // namespace dlg::pdf
