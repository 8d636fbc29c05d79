// Printable table cards: one card per table (name, theme, the QR code and the join link) on A4,
// two to a page with a cut line, to put on the tables so table leaders can scan before the evening.
#pragma once

#include <string>
#include <vector>

namespace dlg {

struct TableCard {
    std::string name;
    std::string theme;
    std::string link; ///< the join link, also encoded in the QR code
};

/// The bytes of an A4 PDF (cairo + Pango, DejaVu Sans) with the cards in the order given, texts in
/// `language` ("nl" or "en"); `title` goes into the document information. Throws
/// std::runtime_error when cairo fails or a link does not fit in a QR code.
std::string writeTableCardsPdf(const std::vector<TableCard>& cards, const std::string& title,
                               const std::string& language);

} // namespace dlg
