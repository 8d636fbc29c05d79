// The report as PDF, for printing and for the school website.
#pragma once

#include <string>

#include "core/report/report.h"

namespace dlg {

/// The bytes of an A4 PDF made with cairo and Pango: real (selectable) text in DejaVu Sans, the
/// used glyphs embedded as font subsets; margins of 18/20 mm; "Pagina 1 van 3" at the bottom of
/// every page; headings, bulleted lists, wrapped paragraphs and tables whose header row repeats
/// on each page. Tagged PDF: a structure tree (Document, H1-H3, P, L/LI/Lbl/LBody,
/// Table/TR/TH/TD, BlockQuote) with /MarkInfo, bookmarks for the headings, title/author/subject
/// in the document information and the language (/Lang nl-NL or en-US) in the catalog.
std::string writePdf(const Report& report);

} // namespace dlg
