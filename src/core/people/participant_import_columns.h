// Which CSV column means what: Dutch and English header names with their usual synonyms, matched
// case-, accent-, space- and punctuation-insensitively; and which columns hold personal data the
// evening does not need (AVG), so that import drops them before reading a single cell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dlg {

/// A participant field a CSV column can fill.
enum class ImportField {
    FirstName,
    Infix,
    LastName,
    Role,
    Function,
    Grades,
    Family,
    Email,
    Languages,
    LanguageSupport,
    Preference1,
    Preference2,
    Rsvp,
    Present
};

/// English name of a field as used in reports and JSON ("firstName", the model.h member name).
const char* toString(ImportField field);

enum class ColumnKind {
    Mapped,  ///< read into `field`
    Ignored, ///< unknown header, or a second column for a field already mapped; never read
    Privacy  ///< personal data the evening does not need; never read, never stored
};

struct ColumnMapping {
    int column = 0;     ///< 1-based column number in the file
    std::string header; ///< header text as written in the file (trimmed)
    ColumnKind kind = ColumnKind::Ignored;
    ImportField field = ImportField::FirstName; ///< meaningful for Mapped only
    std::string reason;                         ///< for Ignored/Privacy: why, e.g. "date of birth"
};

/// Lower case, accents removed, everything but a-z and 0-9 dropped: "E-mailadres ouder/verzorger 1"
/// becomes "emailadresouderverzorger1".
std::string normaliseHeader(std::string_view header);

/// Classifies every header cell. Synonyms rank: when two columns fill one field the better one
/// wins (Roepnaam over Voornaam, "E-mail" over "E-mailadres ouder/verzorger 1") and the other is
/// Ignored. "E-mailadres ouder/verzorger 2" is Ignored: that address belongs to another person,
/// who needs a row of their own.
std::vector<ColumnMapping> mapColumns(const std::vector<std::string>& headers);

/// The privacy category of a header ("citizen service number (BSN)", "address", ...) or an empty
/// string when it is not personal data the import must drop.
std::string privacyCategory(std::string_view header);

} // namespace dlg
