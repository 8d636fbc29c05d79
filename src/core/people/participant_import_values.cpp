#include "core/people/participant_import_values.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <iterator>

#include "core/model/grade.h"
#include "core/people/participant_import_columns.h"
#include "core/privacy/privacy_guard_text.h"

namespace dlg {
namespace {

template <typename Words> bool containsWord(const Words& words, std::string_view word) {
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

bool contains(std::initializer_list<std::string_view> words, std::string_view word) {
    return containsWord(words, word);
}

// Splits folded or raw text into words at every character that is not a letter or digit
// (non-ASCII bytes count as letters so "Müller" stays one word).
std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte)) {
            word += c;
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

// Splits a list cell at , ; / & + and at the words "en"/"and"; the words of one item stay together
// ("Dari (Afghaans)").
std::vector<std::string> listItems(std::string_view cell) {
    std::vector<std::string> items;
    std::string item;
    std::string word;
    auto endWord = [&] {
        const std::string folded = foldForMatching(word).text;
        if (folded == "en" || folded == "and") {
            items.push_back(item);
            item.clear();
        } else if (!word.empty()) {
            item += (item.empty() ? "" : " ") + word;
        }
        word.clear();
    };
    for (char c : cell) {
        if (std::string_view(",;/&+").find(c) != std::string_view::npos) {
            endWord();
            items.push_back(item);
            item.clear();
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            endWord();
        } else {
            word += c;
        }
    }
    endWord();
    items.push_back(item);
    std::vector<std::string> nonEmpty;
    for (const std::string& entry : items)
        if (!cleanCell(entry).empty()) nonEmpty.push_back(cleanCell(entry));
    return nonEmpty;
}

struct LanguageName {
    const char* name; ///< folded Dutch or English name, or the code itself
    const char* code;
};

constexpr LanguageName kLanguages[] = {
    {"nederlands", "nl"}, {"dutch", "nl"},        {"nl", "nl"},          {"engels", "en"},
    {"english", "en"},    {"en", "en"},           {"turks", "tr"},       {"turkish", "tr"},
    {"tr", "tr"},         {"arabisch", "ar"},     {"arabic", "ar"},      {"ar", "ar"},
    {"pools", "pl"},      {"polish", "pl"},       {"pl", "pl"},          {"duits", "de"},
    {"german", "de"},     {"de", "de"},           {"frans", "fr"},       {"french", "fr"},
    {"fr", "fr"},         {"spaans", "es"},       {"spanish", "es"},     {"es", "es"},
    {"portugees", "pt"},  {"portuguese", "pt"},   {"pt", "pt"},          {"italiaans", "it"},
    {"italian", "it"},    {"it", "it"},           {"berbers", "ber"},    {"tamazight", "ber"},
    {"amazigh", "ber"},   {"berber", "ber"},      {"ber", "ber"},        {"somalisch", "so"},
    {"somali", "so"},     {"so", "so"},           {"tigrinya", "ti"},    {"tigrinja", "ti"},
    {"ti", "ti"},         {"farsi", "fa"},        {"perzisch", "fa"},    {"persian", "fa"},
    {"fa", "fa"},         {"dari", "prs"},        {"prs", "prs"},        {"pashto", "ps"},
    {"pasjtoe", "ps"},    {"ps", "ps"},           {"koerdisch", "ku"},   {"kurdish", "ku"},
    {"ku", "ku"},         {"oekraiens", "uk"},    {"ukrainian", "uk"},   {"uk", "uk"},
    {"russisch", "ru"},   {"russian", "ru"},      {"ru", "ru"},          {"roemeens", "ro"},
    {"romanian", "ro"},   {"ro", "ro"},           {"bulgaars", "bg"},    {"bulgarian", "bg"},
    {"bg", "bg"},         {"hongaars", "hu"},     {"hungarian", "hu"},   {"hu", "hu"},
    {"chinees", "zh"},    {"chinese", "zh"},      {"mandarijn", "zh"},   {"mandarin", "zh"},
    {"zh", "zh"},         {"kantonees", "yue"},   {"cantonese", "yue"},  {"vietnamees", "vi"},
    {"vietnamese", "vi"}, {"vi", "vi"},           {"hindi", "hi"},       {"hi", "hi"},
    {"urdu", "ur"},       {"ur", "ur"},           {"papiaments", "pap"}, {"papiamento", "pap"},
    {"pap", "pap"},       {"sranantongo", "srn"}, {"sranan", "srn"},     {"srn", "srn"},
    {"fries", "fy"},      {"frysk", "fy"},        {"frisian", "fy"},     {"fy", "fy"},
    {"grieks", "el"},     {"greek", "el"},        {"el", "el"},          {"servisch", "sr"},
    {"serbian", "sr"},    {"sr", "sr"},           {"kroatisch", "hr"},   {"croatian", "hr"},
    {"hr", "hr"},         {"bosnisch", "bs"},     {"bosnian", "bs"},     {"bs", "bs"},
    {"albanees", "sq"},   {"albanian", "sq"},     {"sq", "sq"},          {"armeens", "hy"},
    {"armenian", "hy"},   {"hy", "hy"},           {"tamil", "ta"},       {"ta", "ta"},
    {"thai", "th"},       {"th", "th"},           {"indonesisch", "id"}, {"indonesian", "id"},
    {"id", "id"},         {"tagalog", "tl"},      {"tl", "tl"},          {"amhaars", "am"},
    {"amharic", "am"},    {"am", "am"},           {"hebreeuws", "he"},   {"hebrew", "he"},
    {"he", "he"},         {"japans", "ja"},       {"japanese", "ja"},    {"ja", "ja"},
    {"tsjechisch", "cs"}, {"czech", "cs"},        {"cs", "cs"},          {"slowaaks", "sk"},
    {"slovak", "sk"},     {"sk", "sk"},           {"litouws", "lt"},     {"lithuanian", "lt"},
    {"lt", "lt"},         {"lets", "lv"},         {"latvian", "lv"},     {"lv", "lv"},
};

// Words in a tolk cell: yes, no, and words that say neither ("tolk", "taal").
// "de" is German's code but here a Dutch article, so it is filler.
constexpr std::string_view kYesWords[] = {"ja",   "yes",   "j",   "y",     "x",      "1",       "true",
                                          "waar", "graag", "wel", "nodig", "needed", "gewenst", "wanted"};
constexpr std::string_view kNoWords[] = {"nee",  "no",  "n", "geen",  "none",
                                         "niet", "nvt", "0", "false", "onwaar"};
constexpr std::string_view kFillerWords[] = {
    "tolk", "nodig", "needed", "interpreter", "gewenst",  "wanted", "in",     "het",           "de",
    "voor", "for",   "the",    "taal",        "language", "ouder",  "parent", "ondersteuning", "support"};

std::string alnumKey(std::string_view cell) {
    return normaliseHeader(cell);
}

} // namespace

std::string cleanCell(std::string_view cell) {
    std::string out;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        char c = cell[i];
        bool nbsp = c == '\xC2' && i + 1 < cell.size() && cell[i + 1] == '\xA0';
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || nbsp) {
            pendingSpace = !out.empty();
            if (nbsp) ++i;
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

std::optional<Role> parseRole(std::string_view cell) {
    const std::string key = alnumKey(cell);
    if (contains({"ouder",       "ouders",     "ouderverzorger", "verzorger",
                  "verzorgster", "parent",     "guardian",       "carer",
                  "caregiver",   "moeder",     "vader",          "mother",
                  "father",      "pleegouder", "pleegmoeder",    "pleegvader",
                  "stiefmoeder", "stiefvader", "grootouder",     "oma",
                  "opa",         "o"},
                 key))
        return Role::Parent;
    if (contains({"medewerker",
                  "personeel",
                  "personeelslid",
                  "leerkracht",
                  "leraar",
                  "lerares",
                  "docent",
                  "teacher",
                  "staff",
                  "employee",
                  "mentor",
                  "ib",
                  "iber",
                  "internbegeleider",
                  "directie",
                  "directeur",
                  "director",
                  "ouderconsulent",
                  "onderwijsassistent",
                  "teamlid",
                  "team",
                  "school",
                  "m"},
                 key))
        return Role::Staff;
    return std::nullopt;
}

std::vector<std::string> parseGrades(std::string_view cell) {
    static constexpr std::string_view kPrefixes[] = {"groepen", "groep", "leerjaren", "leerjaar",
                                                     "klassen", "klas",  "grades",    "grade",
                                                     "groups",  "group", "year",      "gr"};
    std::vector<std::string> grades;
    std::string token;
    auto flush = [&] {
        std::string folded = foldForMatching(token).text;
        // "groep5" and "groep 5" alike: strip a leading grade word.
        for (std::string_view prefix : kPrefixes) {
            if (folded.rfind(prefix, 0) == 0) {
                token.erase(0, prefix.size());
                folded.erase(0, prefix.size());
                break;
            }
        }
        if (!token.empty() && folded != "en" && folded != "and" &&
            std::find(grades.begin(), grades.end(), token) == grades.end())
            grades.push_back(token);
        token.clear();
    };
    for (char c : cell) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte))
            token += c;
        else
            flush();
    }
    flush();
    return canonicalGrades(grades); // the form the file and the balancer use ("3a" -> "3A")
}

std::string languageCode(std::string_view name) {
    const std::string key = alnumKey(name);
    for (const LanguageName& language : kLanguages)
        if (key == language.name) return language.code;
    return {};
}

std::vector<std::string> parseLanguages(std::string_view cell) {
    std::vector<std::string> codes;
    for (const std::string& item : listItems(cell)) {
        std::string code = languageCode(item);
        // "Arabisch (Marokkaans)": the first word that names a language.
        for (const std::string& word : words(item))
            if (code.empty()) code = languageCode(word);
        if (code.empty()) code = item;
        if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
    return codes;
}

std::optional<LanguageSupportAnswer> parseLanguageSupport(std::string_view cell) {
    const std::vector<std::string> folded = words(foldForMatching(cell).text);
    bool saysYes = false;
    bool saysNo = false;
    LanguageSupportAnswer answer;
    std::string unplaced;
    for (const std::string& word : folded) {
        if (containsWord(kNoWords, word)) {
            saysNo = true;
        } else if (containsWord(kYesWords, word)) {
            saysYes = true;
        } else if (containsWord(kFillerWords, word)) {
            continue;
        } else if (std::string code = languageCode(word); !code.empty() && answer.language.empty()) {
            answer.language = code;
        } else {
            unplaced += (unplaced.empty() ? "" : " ") + word;
        }
    }
    // "geen tolk nodig", "nee", "-", an empty cell: no support; a no outweighs everything else.
    if (saysNo || folded.empty()) return LanguageSupportAnswer{};
    if (answer.language.empty() && !unplaced.empty()) {
        // A language the table does not know ("Wolof"): keep its words, folded like the codes.
        answer.language = unplaced;
        answer.knownLanguage = false;
    }
    if (!saysYes && answer.language.empty()) return std::nullopt;
    answer.needed = true;
    return answer;
}

std::optional<bool> parseYesNo(std::string_view cell) {
    const std::string key = alnumKey(cell);
    if (contains({"ja", "yes", "j", "y", "x", "1", "true", "waar", "aanwezig", "present", "wel"}, key))
        return true;
    if (cleanCell(cell).empty() ||
        contains({"nee", "no", "n", "0", "false", "onwaar", "afwezig", "absent", "niet"}, key))
        return false;
    return std::nullopt;
}

std::optional<Rsvp> parseRsvp(std::string_view cell) {
    const std::string key = alnumKey(cell);
    if (contains({"aangemeld", "ja", "yes", "j", "y", "x", "registered", "komt", "komtwel", "accepted",
                  "attending", "1", "true", "aanwezig", "aanmelding"},
                 key))
        return Rsvp::Registered;
    if (contains({"afgemeld", "nee", "no", "n", "declined", "komtniet", "afwezig", "0", "false",
                  "geannuleerd", "cancelled", "canceled"},
                 key))
        return Rsvp::Declined;
    if (cleanCell(cell).empty() || contains({"uitgenodigd", "invited", "open", "onbekend", "unknown"}, key))
        return Rsvp::Invited;
    return std::nullopt;
}

std::optional<std::string> matchThemeId(std::string_view cell, const std::vector<Theme>& themes) {
    const std::string text = cleanCell(cell);
    for (const Theme& theme : themes)
        if (theme.id == text) return theme.id;
    const std::string key = alnumKey(text);
    if (key.empty()) return std::nullopt;
    for (const Theme& theme : themes)
        if (alnumKey(theme.title) == key || alnumKey(theme.id) == key) return theme.id;
    // Forms shorten titles ("Welbevinden" for "Welbevinden en veiligheid"): accept the start of
    // exactly one title, long enough not to be an accident.
    constexpr std::size_t kMinimumPrefix = 4;
    const Theme* only = nullptr;
    for (const Theme& theme : themes) {
        if (key.size() < kMinimumPrefix || alnumKey(theme.title).rfind(key, 0) != 0) continue;
        if (only) return std::nullopt;
        only = &theme;
    }
    if (only) return only->id;
    return std::nullopt;
}

std::string matchKey(std::string_view text) {
    return cleanCell(foldForMatching(cleanCell(text)).text);
}

} // namespace dlg
