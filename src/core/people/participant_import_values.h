// Reading the cells of a participant list: roles, grades, languages, yes/no answers and theme
// choices as schools and parents write them, in Dutch or English. Each parser returns
// std::nullopt for text it cannot place, so the import can warn instead of guessing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.h"

namespace dlg {

/// A cell as one line: trimmed, every run of white space (line breaks, tabs, no-break spaces)
/// made a single space.
std::string cleanCell(std::string_view cell);

/// "ouder", "ouder/verzorger", "verzorger", "parent", "moeder" ... -> Parent;
/// "medewerker", "personeel", "leerkracht", "staff", "teacher", "mentor" ... -> Staff.
std::optional<Role> parseRole(std::string_view cell);

/// "5, 7", "groep 5 en 7", "1/2", "groep 3A" -> {"5","7"}, {"5","7"}, {"1","2"}, {"3A"}.
/// Words such as groep/leerjaar/klas/grade are dropped; an empty result means no grade.
std::vector<std::string> parseGrades(std::string_view cell);

/// ISO 639 code for a language name or code in Dutch or English ("Turks", "Turkish", "tr" -> "tr");
/// empty when unknown.
std::string languageCode(std::string_view name);

/// "Nederlands, Turks" -> {"nl","tr"}. Names that are not known are kept as written.
std::vector<std::string> parseLanguages(std::string_view cell);

/// What a tolk/taalondersteuning cell says.
struct LanguageSupportAnswer {
    bool needed = false;       ///< support is wanted
    std::string language;      ///< ISO code, or the text as written when unknown; empty when not said
    bool knownLanguage = true; ///< false when `language` is not a known language
};

/// "nee"/"no"/"geen tolk nodig"/"" -> not needed; "ja"/"yes" -> needed, language unknown;
/// "ja, Turks", "Turks", "tr" -> needed in "tr"; other words -> needed in a language the table does
/// not know (the words folded, knownLanguage false). A no wins over everything else. std::nullopt
/// when the cell says neither yes, no nor a language ("tolk").
std::optional<LanguageSupportAnswer> parseLanguageSupport(std::string_view cell);

/// ja/yes/x/1/true/aanwezig -> true; nee/no/0/false/empty -> false.
std::optional<bool> parseYesNo(std::string_view cell);

/// aangemeld/ja/yes/registered -> Registered; afgemeld/nee/no/declined -> Declined;
/// uitgenodigd/invited/empty -> Invited.
std::optional<Rsvp> parseRsvp(std::string_view cell);

/// The id of the theme a cell names: by id, by title, or by the start of exactly one title
/// (case, accents and punctuation ignored).
std::optional<std::string> matchThemeId(std::string_view cell, const std::vector<Theme>& themes);

/// A name, e-mail or family key folded for duplicate detection: lower case, no accents, single
/// spaces.
std::string matchKey(std::string_view text);

} // namespace dlg
