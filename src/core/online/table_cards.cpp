#include "core/online/table_cards.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <stdexcept>

#include "core/online/qr_code.h"

namespace dlg {
namespace {

constexpr double kPageWidth = 595.28; // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kQrSide = 220; // about 7.8 cm: scans from a metre away, from across the table
constexpr double kTextWidth = 480;

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

/// Draws `text` centred on the page at `y`, wrapped at the text width; returns its height.
double centredText(cairo_t* cr, PangoContext* context, const std::string& text, const char* font, double y,
                   double gray = 0.0) {
    PangoLayout* layout = pango_layout_new(context);
    PangoFontDescription* description = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout, description);
    pango_font_description_free(description);
    pango_layout_set_width(layout, static_cast<int>(kTextWidth * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
    pango_layout_set_text(layout, text.c_str(), -1);
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    cairo_set_source_rgb(cr, gray, gray, gray);
    cairo_move_to(cr, (kPageWidth - kTextWidth) / 2, y);
    pango_cairo_show_layout(cr, layout);
    g_object_unref(layout);
    return static_cast<double>(height) / PANGO_SCALE;
}

void drawQr(cairo_t* cr, const QrMatrix& qr, double x, double y, double side) {
    const double module = side / (qr.size + 2 * kQrQuietZone);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, x, y, side, side);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (int row = 0; row < qr.size; ++row)
        for (int column = 0; column < qr.size; ++column)
            if (qr.dark(column, row))
                cairo_rectangle(cr, x + (column + kQrQuietZone) * module, y + (row + kQrQuietZone) * module,
                                module, module);
    cairo_fill(cr);
}

void drawCard(cairo_t* cr, PangoContext* context, const TableCard& card, double top, bool english) {
    const QrMatrix qr = encodeQr(card.link);
    if (qr.empty())
        throw std::runtime_error("table cards: the link of " + card.name + " does not fit a QR code");
    double y = top + 34;
    y += centredText(cr, context, card.name, "DejaVu Sans Bold 30", y) + 4;
    if (!card.theme.empty()) y += centredText(cr, context, card.theme, "DejaVu Sans 18", y, 0.2);
    y += 14;
    drawQr(cr, qr, (kPageWidth - kQrSide) / 2, y, kQrSide);
    y += kQrSide + 10;
    y +=
        centredText(cr, context,
                    english ? "Table leader: scan this code with your phone's camera and type your table's "
                              "outcome. Do not name parents or children."
                            : "Tafelleider: scan deze code met de camera van je telefoon en typ de opbrengst "
                              "van jullie tafel. Noem geen namen van ouders of kinderen.",
                    "DejaVu Sans 11", y, 0.15) +
        6;
    centredText(cr, context, card.link, "DejaVu Sans Mono 12", y);
}

} // namespace

std::string writeTableCardsPdf(const std::vector<TableCard>& cards, const std::string& title,
                               const std::string& language) {
    std::string bytes;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(appendBytes, &bytes, kPageWidth, kPageHeight);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "dialoogavond " DLG_VERSION);
    cairo_t* cr = cairo_create(surface);
    PangoContext* context = pango_cairo_create_context(cr);
    pango_cairo_context_set_resolution(context, 72); // font sizes in points = PDF units
    pango_context_set_language(context, pango_language_from_string(language == "en" ? "en-US" : "nl-NL"));
    std::string error;
    try {
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const bool upper = i % 2 == 0;
            drawCard(cr, context, cards[i], upper ? 0 : kPageHeight / 2, language == "en");
            if (upper && i + 1 < cards.size()) { // the cut line between the two cards of a page
                const double dash[] = {6, 4};
                cairo_set_dash(cr, dash, 2, 0);
                cairo_set_line_width(cr, 0.5);
                cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
                cairo_move_to(cr, 20, kPageHeight / 2);
                cairo_line_to(cr, kPageWidth - 20, kPageHeight / 2);
                cairo_stroke(cr);
                cairo_set_dash(cr, nullptr, 0, 0);
            }
            if (!upper || i + 1 == cards.size()) cairo_show_page(cr);
        }
    } catch (const std::exception& failure) {
        error = failure.what();
    }
    g_object_unref(context);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (!error.empty()) throw std::runtime_error(error);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("table cards: cairo failed: ") + cairo_status_to_string(status));
    return bytes;
}

} // namespace dlg
