// Header mapping and cell parsing of the participant import.
#include <doctest/doctest.h>

#include "core/people/participant_import_columns.h"
#include "core/people/participant_import_values.h"

using namespace dlg;

namespace {

ImportField fieldOf(const std::string& header) {
    auto columns = mapColumns({header});
    REQUIRE(columns.size() == 1);
    INFO(header);
    REQUIRE(columns[0].kind == ColumnKind::Mapped);
    return columns[0].field;
}

} // namespace

TEST_CASE("import columns: Dutch and English headers and their synonyms") {
    CHECK((fieldOf("Roepnaam") == ImportField::FirstName));
    CHECK((fieldOf(" first NAME ") == ImportField::FirstName));
    CHECK((fieldOf("Tussenv.") == ImportField::Infix));
    CHECK((fieldOf("Surname") == ImportField::LastName));
    CHECK((fieldOf("Leerjaar") == ImportField::Grades));
    CHECK((fieldOf("Gezinsnummer") == ImportField::Family));
    CHECK((fieldOf("E-mailadres") == ImportField::Email));
    CHECK((fieldOf("E-mailadres ouder/verzorger 1") == ImportField::Email));
    CHECK((fieldOf("Talen") == ImportField::Languages));
    CHECK((fieldOf("Taalondersteuning") == ImportField::LanguageSupport));
    CHECK((fieldOf("Voorkeur 2") == ImportField::Preference2));
    CHECK((fieldOf("Preference 1") == ImportField::Preference1));
    CHECK((fieldOf("Aanmelding") == ImportField::Rsvp));
    CHECK((fieldOf("Present") == ImportField::Present));
}

TEST_CASE("import columns: the better synonym wins, the other is ignored with a reason") {
    auto columns =
        mapColumns({"Voornamen", "Roepnaam", "Achternaam", "E-mailadres ouder/verzorger 1", "E-mail"});
    CHECK(columns[0].kind == ColumnKind::Ignored);
    CHECK(columns[0].reason.find("Roepnaam") != std::string::npos);
    CHECK(columns[1].kind == ColumnKind::Mapped);
    CHECK(columns[3].kind == ColumnKind::Ignored);
    CHECK(columns[4].kind == ColumnKind::Mapped);
    CHECK(columns[4].column == 5);
}

TEST_CASE("import values: roles") {
    CHECK(parseRole("Ouder/verzorger") == Role::Parent);
    CHECK(parseRole("verzorger") == Role::Parent);
    CHECK(parseRole("Parent") == Role::Parent);
    CHECK(parseRole("Leerkracht") == Role::Staff);
    CHECK(parseRole("personeel") == Role::Staff);
    CHECK(parseRole("teacher") == Role::Staff);
    CHECK_FALSE(parseRole("buurman"));
}

TEST_CASE("import values: grades") {
    CHECK(parseGrades("5, 7") == std::vector<std::string>{"5", "7"});
    CHECK(parseGrades("groep 5 en 7") == std::vector<std::string>{"5", "7"});
    CHECK(parseGrades("Groep 1/2") == std::vector<std::string>{"1", "2"});
    CHECK(parseGrades("groep3A") == std::vector<std::string>{"3A"});
    CHECK(parseGrades("4; 4") == std::vector<std::string>{"4"});
    CHECK(parseGrades("").empty());
}

TEST_CASE("import values: languages and language support") {
    CHECK(parseLanguages("Turks, Nederlands") == std::vector<std::string>{"tr", "nl"});
    CHECK(parseLanguages("Arabisch en Engels") == std::vector<std::string>{"ar", "en"});
    CHECK(parseLanguages("Polish / tr") == std::vector<std::string>{"pl", "tr"});
    CHECK(parseLanguages("Wolof") == std::vector<std::string>{"Wolof"});
    CHECK(parseLanguages("Arabisch (Marokkaans)") == std::vector<std::string>{"ar"});

    auto yesTurkish = parseLanguageSupport("ja, Turks");
    REQUIRE(yesTurkish);
    CHECK(yesTurkish->needed);
    CHECK(yesTurkish->language == "tr");
    auto code = parseLanguageSupport("ar");
    REQUIRE(code);
    CHECK(code->language == "ar");
    auto yes = parseLanguageSupport("Ja");
    REQUIRE(yes);
    CHECK(yes->needed);
    CHECK(yes->language.empty());
    auto no = parseLanguageSupport("nee");
    REQUIRE(no);
    CHECK_FALSE(no->needed);
    auto noNeed = parseLanguageSupport("Geen tolk nodig");
    REQUIRE(noNeed);
    CHECK_FALSE(noNeed->needed);
    auto dash = parseLanguageSupport("-");
    REQUIRE(dash);
    CHECK_FALSE(dash->needed);
    CHECK_FALSE(parseLanguageSupport("misschien later")->knownLanguage);
    CHECK(parseLanguageSupport("tolk nodig")->needed);
    CHECK_FALSE(parseLanguageSupport("tolk")); // yes or no? unclear, so the import warns
    auto german = parseLanguageSupport("tolk voor de ouder: Duits");
    REQUIRE(german);
    CHECK(german->language == "de");
    auto unknown = parseLanguageSupport("ja, Wolof");
    REQUIRE(unknown);
    CHECK(unknown->language == "wolof");
    CHECK_FALSE(unknown->knownLanguage);
}

TEST_CASE("import values: yes/no, rsvp and themes") {
    CHECK(parseYesNo("Ja") == true);
    CHECK(parseYesNo("x") == true);
    CHECK(parseYesNo("") == false);
    CHECK(parseYesNo("no") == false);
    CHECK_FALSE(parseYesNo("misschien"));
    CHECK(parseRsvp("Aangemeld") == Rsvp::Registered);
    CHECK(parseRsvp("afgemeld") == Rsvp::Declined);
    CHECK(parseRsvp("") == Rsvp::Invited);
    CHECK_FALSE(parseRsvp("later"));

    std::vector<Theme> themes(2);
    themes[0].id = "t-01";
    themes[0].title = "Samen leren";
    themes[1].id = "t-02";
    themes[1].title = "Communicatie school-thuis";
    CHECK(matchThemeId("t-02", themes) == "t-02");
    CHECK(matchThemeId("communicatie school thuis", themes) == "t-02");
    CHECK(matchThemeId("SAMEN LEREN", themes) == "t-01");
    CHECK_FALSE(matchThemeId("tuinieren", themes));
    CHECK(matchThemeId("Communicatie", themes) == "t-02"); // the start of exactly one title
    themes.push_back(Theme{"t-03", "Samen beslissen", "", {}, {}, Json::object()});
    CHECK_FALSE(matchThemeId("Samen", themes)); // the start of two titles: no guess
    CHECK_FALSE(matchThemeId("Com", themes));   // too short to be sure
}

TEST_CASE("import values: cleanCell makes one line") {
    CHECK(cleanCell("  a \n b\t\tc  ") == "a b c");
    CHECK(cleanCell("a\xC2\xA0"
                    "b") == "a b");
    CHECK(cleanCell(" \n ").empty());
}
