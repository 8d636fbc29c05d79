#include "core/people/participant_import_columns.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/privacy/privacy_guard_text.h"

namespace dlg {
namespace {

struct Synonym {
    const char* normalised; ///< header after normaliseHeader
    ImportField field;
    int rank; ///< lower wins when two columns fill the same field
};

using F = ImportField;

// Exact header names (normalised). Roepnaam is the name people use; Voornamen are the official
// given names, more personal data than the evening needs, so they lose to Roepnaam.
constexpr Synonym kSynonyms[] = {
    {"roepnaam", F::FirstName, 0},
    {"roepnaamouder", F::FirstName, 0},
    {"voornaam", F::FirstName, 1},
    {"voornaamouder", F::FirstName, 1},
    {"firstname", F::FirstName, 1},
    {"givenname", F::FirstName, 1},
    {"forename", F::FirstName, 1},
    {"voornamen", F::FirstName, 2},
    {"first", F::FirstName, 2},
    {"tussenvoegsel", F::Infix, 0},
    {"tussenvoegsels", F::Infix, 0},
    {"tussenv", F::Infix, 0},
    {"tussenvoegselouder", F::Infix, 0},
    {"voorvoegsel", F::Infix, 0},
    {"voorvoegsels", F::Infix, 0},
    {"infix", F::Infix, 0},
    {"prefix", F::Infix, 1},
    {"nameprefix", F::Infix, 0},
    {"tv", F::Infix, 1},
    {"achternaam", F::LastName, 0},
    {"achternaamouder", F::LastName, 0},
    {"familienaam", F::LastName, 0},
    {"geslachtsnaam", F::LastName, 1},
    {"lastname", F::LastName, 0},
    {"surname", F::LastName, 0},
    {"familyname", F::LastName, 0},
    {"rol", F::Role, 0},
    {"role", F::Role, 0},
    {"soort", F::Role, 1},
    {"type", F::Role, 1},
    {"relatie", F::Role, 1},
    {"relatietotleerling", F::Role, 1},
    {"relation", F::Role, 1},
    {"relationship", F::Role, 1},
    {"categorie", F::Role, 1},
    {"category", F::Role, 1},
    {"doelgroep", F::Role, 1},
    {"functie", F::Function, 0},
    {"function", F::Function, 0},
    {"jobtitle", F::Function, 0},
    {"taak", F::Function, 1},
    {"position", F::Function, 1},
    {"groep", F::Grades, 0},
    {"groepen", F::Grades, 0},
    {"leerjaar", F::Grades, 0},
    {"leerjaren", F::Grades, 0},
    {"klas", F::Grades, 0},
    {"klassen", F::Grades, 0},
    {"jaargroep", F::Grades, 0},
    {"groepkind", F::Grades, 0},
    {"groepkinderen", F::Grades, 0},
    {"groepleerling", F::Grades, 0},
    {"klaskind", F::Grades, 0},
    {"grade", F::Grades, 0},
    {"grades", F::Grades, 0},
    {"group", F::Grades, 0},
    {"groups", F::Grades, 0},
    {"year", F::Grades, 1},
    {"gezin", F::Family, 0},
    {"gezinsnummer", F::Family, 0},
    {"gezinsnr", F::Family, 0},
    {"gezinsid", F::Family, 0},
    {"gezinscode", F::Family, 0},
    {"familie", F::Family, 0},
    {"family", F::Family, 0},
    {"familyid", F::Family, 0},
    {"familynumber", F::Family, 0},
    {"household", F::Family, 0},
    {"householdid", F::Family, 0},
    {"huishouden", F::Family, 0},
    {"email", F::Email, 0},
    {"emailadres", F::Email, 0},
    {"emailaddress", F::Email, 0},
    {"mail", F::Email, 0},
    {"mailadres", F::Email, 0},
    {"taal", F::Languages, 0},
    {"talen", F::Languages, 0},
    {"thuistaal", F::Languages, 0},
    {"thuistalen", F::Languages, 0},
    {"gesprokentalen", F::Languages, 0},
    {"language", F::Languages, 0},
    {"languages", F::Languages, 0},
    {"homelanguage", F::Languages, 0},
    {"spokenlanguages", F::Languages, 0},
    {"tolk", F::LanguageSupport, 0},
    {"tolknodig", F::LanguageSupport, 0},
    {"tolkgewenst", F::LanguageSupport, 0},
    {"taalondersteuning", F::LanguageSupport, 0},
    {"taalhulp", F::LanguageSupport, 0},
    {"vertaling", F::LanguageSupport, 1},
    {"vertaler", F::LanguageSupport, 1},
    {"languagesupport", F::LanguageSupport, 0},
    {"interpreter", F::LanguageSupport, 0},
    {"interpreterneeded", F::LanguageSupport, 0},
    {"translation", F::LanguageSupport, 1},
    {"voorkeur", F::Preference1, 1},
    {"voorkeur1", F::Preference1, 0},
    {"voorkeurthema", F::Preference1, 1},
    {"voorkeurthema1", F::Preference1, 0},
    {"eerstevoorkeur", F::Preference1, 0},
    {"1evoorkeur", F::Preference1, 0},
    {"thema", F::Preference1, 1},
    {"thema1", F::Preference1, 0},
    {"keuze1", F::Preference1, 0},
    {"eerstekeuze", F::Preference1, 0},
    {"preference", F::Preference1, 1},
    {"preference1", F::Preference1, 0},
    {"firstpreference", F::Preference1, 0},
    {"firstchoice", F::Preference1, 0},
    {"choice1", F::Preference1, 0},
    {"theme", F::Preference1, 1},
    {"theme1", F::Preference1, 0},
    {"voorkeur2", F::Preference2, 0},
    {"voorkeurthema2", F::Preference2, 0},
    {"tweedevoorkeur", F::Preference2, 0},
    {"2evoorkeur", F::Preference2, 0},
    {"thema2", F::Preference2, 0},
    {"keuze2", F::Preference2, 0},
    {"tweedekeuze", F::Preference2, 0},
    {"preference2", F::Preference2, 0},
    {"secondpreference", F::Preference2, 0},
    {"secondchoice", F::Preference2, 0},
    {"choice2", F::Preference2, 0},
    {"theme2", F::Preference2, 0},
    {"rsvp", F::Rsvp, 0},
    {"aanmelding", F::Rsvp, 0},
    {"aangemeld", F::Rsvp, 0},
    {"aanmeldstatus", F::Rsvp, 0},
    {"aanmelden", F::Rsvp, 1},
    {"uitnodiging", F::Rsvp, 1},
    {"komt", F::Rsvp, 1},
    {"registration", F::Rsvp, 0},
    {"registered", F::Rsvp, 0},
    {"attending", F::Rsvp, 0},
    {"signup", F::Rsvp, 1},
    {"status", F::Rsvp, 1},
    {"aanwezig", F::Present, 0},
    {"aanwezigheid", F::Present, 0},
    {"present", F::Present, 0},
    {"presence", F::Present, 0},
    {"attended", F::Present, 0},
    {"attendance", F::Present, 0},
};

struct PrivacyPattern {
    const char* fragment; ///< substring of the normalised header
    bool exact;           ///< the whole header must equal the fragment (short, ambiguous words)
    const char* category;
};

constexpr PrivacyPattern kPrivacyPatterns[] = {
    {"bsn", false, "citizen service number (BSN)"},
    {"burgerservice", false, "citizen service number (BSN)"},
    {"sofinummer", false, "citizen service number (BSN)"},
    {"geboorteland", false, "nationality or origin"},
    {"countryofbirth", false, "nationality or origin"},
    {"geboorte", false, "date or place of birth"},
    {"birth", false, "date or place of birth"},
    {"dob", true, "date or place of birth"},
    {"leeftijd", false, "date or place of birth"},
    {"adres", false, "address"},
    {"address", false, "address"},
    {"straat", false, "address"},
    {"street", false, "address"},
    {"huisnummer", false, "address"},
    {"huisnr", false, "address"},
    {"postcode", false, "address"},
    {"postal", false, "address"},
    {"zip", false, "address"},
    {"woonplaats", false, "address"},
    {"plaats", true, "address"},
    {"city", false, "address"},
    {"telefoon", false, "phone number"},
    {"tel", true, "phone number"},
    {"telnr", false, "phone number"},
    {"mobiel", false, "phone number"},
    {"mobile", false, "phone number"},
    {"gsm", false, "phone number"},
    {"phone", false, "phone number"},
    {"nationaliteit", false, "nationality or origin"},
    {"nationality", false, "nationality or origin"},
    {"herkomst", false, "nationality or origin"},
    {"origin", false, "nationality or origin"},
    {"land", true, "nationality or origin"},
    {"country", false, "nationality or origin"},
    {"etniciteit", false, "nationality or origin"},
    {"ethnic", false, "nationality or origin"},
    {"medisch", false, "health or care"},
    {"medical", false, "health or care"},
    {"allergi", false, "health or care"},
    {"allergy", false, "health or care"},
    {"medicatie", false, "health or care"},
    {"medicijn", false, "health or care"},
    {"medication", false, "health or care"},
    {"diagnos", false, "health or care"},
    {"zorg", false, "health or care"},
    {"gezondheid", false, "health or care"},
    {"health", false, "health or care"},
    {"handicap", false, "health or care"},
    {"beperking", false, "health or care"},
    {"disability", false, "health or care"},
    {"dieet", false, "health or care"},
    {"diet", false, "health or care"},
    {"religie", false, "religion"},
    {"religion", false, "religion"},
    {"geloof", false, "religion"},
    {"godsdienst", false, "religion"},
    {"levensbeschouwing", false, "religion"},
    {"faith", false, "religion"},
    {"geslacht", false, "gender"},
    {"gender", false, "gender"},
    {"sekse", false, "gender"},
    {"iban", false, "bank details"},
    {"rekeningnummer", false, "bank details"},
    {"bankaccount", false, "bank details"},
    {"paspoort", false, "identity document"},
    {"passport", false, "identity document"},
    {"identiteit", false, "identity document"},
    {"leerling", false, "data about the child"},
    {"kind", false, "data about the child"},
    {"child", false, "data about the child"},
    {"pupil", false, "data about the child"},
    {"student", false, "data about the child"},
    {"foto", false, "photo"},
    {"photo", false, "photo"},
};

// Words that contain a privacy fragment but are harmless in a header ("ouder/verzorger" holds
// "zorg", "e-mailadres" holds "adres", "geslachtsnaam" is the surname).
constexpr const char* kHarmlessWords[] = {"verzorger", "emailadres", "emailaddress", "mailadres",
                                          "geslachtsnaam"};

std::string withoutHarmlessWords(std::string text) {
    for (const char* word : kHarmlessWords) {
        const std::string_view needle(word);
        for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle))
            text.erase(at, needle.size());
    }
    return text;
}

std::optional<Synonym> exactSynonym(const std::string& normalised) {
    for (const Synonym& synonym : kSynonyms)
        if (normalised == synonym.normalised) return synonym;
    return std::nullopt;
}

// Headers like "E-mailadres ouder/verzorger 1": the address of the person on this row, or, when
// numbered 2 or higher, of someone else.
std::optional<int> parentEmailNumber(const std::string& normalised) {
    if (normalised.find("mail") == std::string::npos) return std::nullopt;
    char last = normalised.back();
    if (last >= '0' && last <= '9') return last - '0';
    return 0;
}

} // namespace

const char* toString(ImportField field) {
    switch (field) {
    case F::FirstName:
        return "firstName";
    case F::Infix:
        return "infix";
    case F::LastName:
        return "lastName";
    case F::Role:
        return "role";
    case F::Function:
        return "function";
    case F::Grades:
        return "grades";
    case F::Family:
        return "family";
    case F::Email:
        return "email";
    case F::Languages:
        return "languages";
    case F::LanguageSupport:
        return "languageSupport";
    case F::Preference1:
        return "preference1";
    case F::Preference2:
        return "preference2";
    case F::Rsvp:
        return "rsvp";
    case F::Present:
        return "present";
    }
    return "?";
}

std::string normaliseHeader(std::string_view header) {
    std::string folded = foldForMatching(header).text;
    std::string out;
    for (char c : folded)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    return out;
}

std::string privacyCategory(std::string_view header) {
    const std::string normalised = withoutHarmlessWords(normaliseHeader(header));
    for (const PrivacyPattern& pattern : kPrivacyPatterns) {
        bool hit = pattern.exact ? normalised == pattern.fragment
                                 : normalised.find(pattern.fragment) != std::string::npos;
        if (hit) return pattern.category;
    }
    return {};
}

std::vector<ColumnMapping> mapColumns(const std::vector<std::string>& headers) {
    std::vector<ColumnMapping> columns;
    std::vector<int> ranks(headers.size(), 0);
    for (std::size_t i = 0; i < headers.size(); ++i) {
        ColumnMapping column;
        column.column = static_cast<int>(i) + 1;
        const std::string& raw = headers[i];
        auto first = raw.find_first_not_of(" \t");
        auto last = raw.find_last_not_of(" \t");
        column.header = first == std::string::npos ? std::string() : raw.substr(first, last - first + 1);
        const std::string normalised = normaliseHeader(column.header);

        if (normalised.empty()) {
            column.reason = "no header name";
        } else if (auto synonym = exactSynonym(normalised)) {
            column.kind = ColumnKind::Mapped;
            column.field = synonym->field;
            ranks[i] = synonym->rank;
        } else if (std::string category = privacyCategory(column.header); !category.empty()) {
            column.kind = ColumnKind::Privacy;
            column.reason = category;
        } else if (auto number = parentEmailNumber(normalised); number && *number >= 2) {
            column.reason = "e-mail address of another parent: give that parent a row of their own";
        } else if (number) {
            column.kind = ColumnKind::Mapped;
            column.field = F::Email;
            ranks[i] = *number == 1 ? 2 : 1;
        } else {
            column.reason = "unknown column";
        }
        columns.push_back(std::move(column));
    }

    // One column per field: the best-ranked one, the earliest on a tie.
    std::map<ImportField, std::size_t> chosen;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].kind != ColumnKind::Mapped) continue;
        auto [it, inserted] = chosen.emplace(columns[i].field, i);
        if (!inserted && ranks[i] < ranks[it->second]) it->second = i;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].kind != ColumnKind::Mapped || chosen[columns[i].field] == i) continue;
        columns[i].kind = ColumnKind::Ignored;
        columns[i].reason = std::string("column '") + columns[chosen[columns[i].field]].header +
                            "' is used for " + toString(columns[i].field);
    }
    return columns;
}

} // namespace dlg
