// Sets the document language of a finished PDF: cairo 1.16 has no API for the catalog's /Lang.
#pragma once

#include <optional>
#include <string>

namespace dlg::pdf {

/// `pdf` with `/Lang (languageTag)` added to its catalog, written as an incremental update (a new
/// catalog object, a cross-reference section and a trailer appended at the end), so that no byte
/// offset of the original file changes. nullopt when `pdf` does not have the plain trailer and
/// catalog that cairo writes. `languageTag` must be a plain tag such as "nl-NL".
std::optional<std::string> withDocumentLanguage(const std::string& pdf, const std::string& languageTag);

} // namespace dlg::pdf
