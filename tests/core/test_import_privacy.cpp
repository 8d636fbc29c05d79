// AVG: columns with personal data the evening does not need are never read or stored, and a row
// carrying a BSN in a column that is read is refused.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/people/participant_import.h"
#include "core/model/session_json.h"
#include "test_import_support.h"

using namespace dlg;
using dlg::test::findByLastName;
using dlg::test::readImportFixture;
using dlg::test::sessionWithThemes;

namespace {

const ColumnMapping* column(const ImportReport& report, const std::string& header) {
    auto it = std::find_if(report.columns.begin(), report.columns.end(),
                           [&](const ColumnMapping& c) { return c.header == header; });
    return it == report.columns.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("import privacy: sensitive columns are named in the report and absent from the session") {
    Session session = sessionWithThemes();
    ImportReport report = importParticipants(session, readImportFixture("privacy.csv"), "parnassys.csv");
    REQUIRE(report.ok());

    for (const char* header : {"BSN", "Geboortedatum", "Adres", "Postcode", "Woonplaats", "Telefoon",
                               "Mobiel", "Nationaliteit", "Geboorteland", "Medische bijzonderheden",
                               "Allergie\xC3\xAB"
                               "n",
                               "Religie"}) {
        INFO(header);
        const ColumnMapping* mapping = column(report, header);
        REQUIRE(mapping);
        CHECK(mapping->kind == ColumnKind::Privacy);
        CHECK_FALSE(mapping->reason.empty());
    }
    REQUIRE(column(report, "Voornamen"));
    CHECK(column(report, "Voornamen")->kind == ColumnKind::Ignored); // Roepnaam wins
    CHECK(column(report, "Opmerking")->kind == ColumnKind::Ignored);

    const std::string stored = sessionToJson(session).dump();
    for (const char* value :
         {"111222333", "2015-03-04", "Kerkstraat", "1234 AB", "Utrecht", "030-1234567", "06-12345678",
          "Nederlandse", "astma", "pinda", "rooms-katholiek", "Susanna", "peter@example.nl", "vriendelijk"}) {
        INFO(value);
        CHECK(stored.find(value) == std::string::npos);
    }
    const Participant* sanne = findByLastName(session, "Bos");
    REQUIRE(sanne);
    CHECK(sanne->firstName == "Sanne");
    CHECK(sanne->email == "sanne@example.nl");
    CHECK(sanne->unknownKeys.empty());
}

TEST_CASE("import privacy: a number passing the 11-proef in a read column refuses the row") {
    Session session = sessionWithThemes();
    ImportReport report = importParticipants(session, readImportFixture("privacy.csv"), "parnassys.csv");
    REQUIRE(report.skipped.size() == 1);
    const ImportIssue& refused = report.skipped[0];
    CHECK(refused.line == 3);
    CHECK(refused.column == "Gezin");
    CHECK(refused.message.find("11-proef") != std::string::npos);
    CHECK(refused.message.find("123456782") == std::string::npos); // never echo the number
    CHECK(findByLastName(session, "Veen") == nullptr);
    CHECK(sessionToJson(session).dump().find("123456782") == std::string::npos);
}

TEST_CASE("import privacy: a nine-digit number that fails the 11-proef is kept") {
    Session session = sessionWithThemes();
    importParticipants(session, readImportFixture("privacy.csv"), "parnassys.csv");
    const Participant* mila = findByLastName(session, "Kramer");
    REQUIRE(mila);
    CHECK(mila->family == "123456789");
}

TEST_CASE("import privacy: header classification") {
    CHECK(privacyCategory("Burgerservicenummer") == privacyCategory("BSN"));
    CHECK_FALSE(privacyCategory("Date of birth").empty());
    CHECK_FALSE(privacyCategory("Straat + huisnummer").empty());
    CHECK_FALSE(privacyCategory("Telefoonnummer ouder/verzorger 1").empty());
    CHECK_FALSE(privacyCategory("Land van herkomst").empty());
    CHECK(privacyCategory("Geboorteland") == privacyCategory("Nationaliteit"));
    CHECK_FALSE(privacyCategory("Zorgbehoefte").empty());
    CHECK_FALSE(privacyCategory("Godsdienst").empty());
    CHECK_FALSE(privacyCategory("Medicatie").empty());
    CHECK(privacyCategory("E-mailadres ouder/verzorger 1").empty());
    CHECK(privacyCategory("Ouder/verzorger").empty());
    CHECK(privacyCategory("Achternaam").empty());
    CHECK(privacyCategory("Language").empty());
}
