#include "core/report/writer_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <stdexcept>

#include "core/report/pdf_flow.h"
#include "core/report/pdf_language.h"

namespace dlg {
namespace {

using pdf::Flow;
using pdf::Fonts;
using pdf::Op;
using pdf::OpKind;
using pdf::PageGeometry;

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void layOutBlock(Flow& flow, const ReportBlock& block, const Fonts& fonts) {
    if (!block.caption.empty()) flow.paragraph(block.caption, fonts.bold, "P", 6, 2, 0, 24);
    switch (block.kind) {
    case BlockKind::Paragraph:
        for (const std::string& item : block.items)
            flow.paragraph(item, fonts.body, "P", 0, 6);
        break;
    case BlockKind::Notice:
        for (const std::string& item : block.items)
            flow.boxedParagraph(item, fonts.bold, "P", false);
        break;
    case BlockKind::Quote:
        for (const std::string& item : block.items)
            flow.boxedParagraph(item, fonts.italic, "BlockQuote", true);
        break;
    case BlockKind::Bullets:
        flow.beginTag("L");
        for (const std::string& item : block.items)
            flow.bulletItem(item, fonts.body);
        flow.endTag("L");
        flow.space(6); // a little air below the list
        break;
    case BlockKind::Table:
        flow.table(block.table, fonts);
        break;
    }
}

void layOutReport(Flow& flow, const Report& report, const Fonts& fonts) {
    flow.beginTag("Document");
    flow.heading(report.title, fonts.title, 1, 0);
    if (!report.subtitle.empty()) flow.paragraph(report.subtitle, fonts.subtitle, "P", 0, 10);
    for (const ReportSection& section : report.sections) {
        flow.beginTag("Sect");
        if (!section.heading.empty())
            flow.heading(section.heading, section.level <= 2 ? fonts.heading1 : fonts.heading2,
                         section.level <= 2 ? 2 : 3, section.level <= 2 ? 14 : 8);
        for (const ReportBlock& block : section.blocks)
            layOutBlock(flow, block, fonts);
        flow.endTag("Sect");
    }
    flow.endTag("Document");
    flow.finish();
}

void drawPageNumber(cairo_t* cr, PangoContext* context, const PageGeometry& geometry, const Fonts& fonts,
                    const Report& report, int page, int pages) {
    const std::string text = (report.language == "en" ? "Page " : "Pagina ") + std::to_string(page) +
                             (report.language == "en" ? " of " : " van ") + std::to_string(pages);
    PangoLayout* layout = pango_layout_new(context);
    PangoFontDescription* description = pango_font_description_from_string(fonts.small.c_str());
    pango_layout_set_font_description(layout, description);
    pango_font_description_free(description);
    pango_layout_set_text(layout, text.c_str(), -1);
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    cairo_move_to(cr, (geometry.width - static_cast<double>(width) / PANGO_SCALE) / 2,
                  geometry.height - geometry.marginBottom / 2);
    pango_cairo_show_layout(cr, layout);
    cairo_set_source_rgb(cr, 0, 0, 0);
    g_object_unref(layout);
}

/// Bookmark target "page=3 pos=[51 120]"; whole points, so the text never depends on the locale.
std::string bookmarkTarget(int page, const Op& op) {
    return "page=" + std::to_string(page) + " pos=[" + std::to_string(static_cast<int>(op.x)) + " " +
           std::to_string(static_cast<int>(op.y)) + "]";
}

void draw(cairo_t* cr, cairo_surface_t* surface, PangoContext* context, const Flow& flow,
          const PageGeometry& geometry, const Fonts& fonts, const Report& report) {
    int page = 1;
    int sectionBookmark = CAIRO_PDF_OUTLINE_ROOT;
    for (const Op& op : flow.ops()) {
        switch (op.kind) {
        case OpKind::BeginTag:
            cairo_tag_begin(cr, op.text.c_str(), "");
            break;
        case OpKind::EndTag:
            cairo_tag_end(cr, op.text.c_str());
            break;
        case OpKind::Line:
            cairo_move_to(cr, op.x, op.y);
            pango_cairo_show_layout_line(cr, op.line);
            break;
        case OpKind::FillRect:
            cairo_set_source_rgb(cr, op.gray, op.gray, op.gray);
            cairo_rectangle(cr, op.x, op.y, op.w, op.h);
            cairo_fill(cr);
            cairo_set_source_rgb(cr, 0, 0, 0);
            break;
        case OpKind::StrokeRect:
            cairo_set_source_rgb(cr, op.gray, op.gray, op.gray);
            cairo_set_line_width(cr, op.gray == 0 ? 1.5 : 0.6);
            cairo_rectangle(cr, op.x, op.y, op.w, op.h);
            cairo_stroke(cr);
            cairo_set_source_rgb(cr, 0, 0, 0);
            break;
        case OpKind::Outline: {
            const int parent = op.level <= 1 ? CAIRO_PDF_OUTLINE_ROOT : sectionBookmark;
            const int id = cairo_pdf_surface_add_outline(surface, parent, op.text.c_str(),
                                                         bookmarkTarget(page, op).c_str(),
                                                         static_cast<cairo_pdf_outline_flags_t>(0));
            if (op.level <= 1) sectionBookmark = id;
            break;
        }
        case OpKind::PageEnd:
            drawPageNumber(cr, context, geometry, fonts, report, page, flow.pageCount());
            cairo_show_page(cr);
            ++page;
            break;
        }
    }
}

void setMetadata(cairo_surface_t* surface, const Report& report) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, pdf::printable(report.title).c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT,
                                   pdf::printable(report.subtitle).c_str());
    // The report model has no separate author; the school is the first part of the subtitle.
    const std::string subtitle = pdf::printable(report.subtitle);
    const std::size_t dot = subtitle.find(" \u00B7 ");
    const std::string author = dot == std::string::npos ? "dialoogavond" : subtitle.substr(0, dot);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "dialoogavond " DLG_VERSION);
}

} // namespace

std::string writePdf(const Report& report) {
    const PageGeometry geometry;
    const Fonts fonts;
    std::string bytes;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(appendBytes, &bytes, geometry.width, geometry.height);
    setMetadata(surface, report);
    cairo_t* cr = cairo_create(surface);

    PangoContext* context = pango_cairo_create_context(cr);
    pango_cairo_context_set_resolution(context, 72); // font sizes in points = PDF units
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF); // print metrics, not screen
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    const std::string languageTag = report.language == "en" ? "en-US" : "nl-NL";
    pango_context_set_language(context, pango_language_from_string(languageTag.c_str()));

    {
        Flow flow(context, geometry);
        layOutReport(flow, report, fonts);
        draw(cr, surface, context, flow, geometry, fonts, report);
    }
    g_object_unref(context);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("PDF report: cairo failed: ") + cairo_status_to_string(status));
    return pdf::withDocumentLanguage(bytes, languageTag).value_or(bytes);
}

} // namespace dlg
