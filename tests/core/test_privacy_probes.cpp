// The privacy guard against the probes a school found slipping through (issue 19), one test per
// family, each with the issue's own examples and variants of ours; and what must still pass.
#include <doctest/doctest.h>

#include "core/model/session_json.h"
#include "core/model/validate.h"
#include "core/privacy/elfproef.h"
#include "core/privacy/guard_finders.h"
#include "core/privacy/privacy_guard.h"
#include "core/privacy/unicode_text.h"
#include "test_report_fixture.h"

namespace {

using namespace dlg;

/// The fixture's people plus Ayşe Demir (parent) and Marloes van den Heuvel (staff).
std::vector<Participant> people() {
    std::vector<Participant> list = test::reportFixture().participants;
    list.push_back(test::person("p-20", "Ayşe", "", "Demir", Role::Parent, {"4"}, Rsvp::Registered, true));
    list.push_back(
        test::person("p-21", "Marloes", "van den", "Heuvel", Role::Staff, {}, Rsvp::Registered, true));
    return list;
}

std::vector<PrivacyHit> scan(const std::string& text, SchoolContacts school = {}) {
    return PrivacyGuard(people(), school).scan({{"outcomes.tables[0].ideas[0]", text, false}});
}

/// The one hit in `text`, checked to be of `kind`; its found text.
std::string oneHit(const std::string& text, PersonalDataKind kind, SchoolContacts school = {}) {
    CAPTURE(text);
    const auto hits = scan(text, std::move(school));
    REQUIRE(hits.size() == 1);
    CHECK(describe(hits[0].kind, "en") == std::string(describe(kind, "en")));
    CHECK(text.compare(hits[0].offset, hits[0].found.size(), hits[0].found) == 0);
    return hits[0].found;
}

} // namespace

TEST_CASE("NFC: a letter typed as base + combining accent is composed, invisible characters go") {
    CHECK(composeLatinAndStripInvisible("Ays\u0327e") == "Ayşe");
    CHECK(composeLatinAndStripInvisible("e\u0301e\u0300E\u0308 I\u0307") == "éèË İ");
    CHECK(composeLatinAndStripInvisible("De\u00ADmir De\u200Bmir\u2060") == "Demir Demir");
    CHECK(composeLatinAndStripInvisible("q\u0301 \u0301") == "q\u0301 \u0301"); // no precomposed letter
    CHECK(composeLatin('s', 0x327) == 0x15F);
    CHECK(composeLatin('x', 0x327) == 0);
}

TEST_CASE("probe: a name typed on a Mac, or with a soft hyphen or zero-width space in it") {
    CHECK(oneHit("Gesprek met Ays\u0327e Demir.", PersonalDataKind::ParentName) == "Ays\u0327e Demir");
    CHECK(oneHit("Gesprek met Ay\u00ADşe Demir.", PersonalDataKind::ParentName) == "Ay\u00ADşe Demir");
    CHECK(oneHit("Gesprek met Ayşe De\u200Bmir.", PersonalDataKind::ParentName) == "Ayşe De\u200Bmir");
    CHECK(oneHit("Gesprek met Jan de V\u200Dries.", PersonalDataKind::ParentName) == "Jan de V\u200Dries");
    CHECK(oneHit("FATMA O\u0308ZDEMIR", PersonalDataKind::ParentName) == "FATMA O\u0308ZDEMIR");
}

TEST_CASE("probe: names as lists, forms and initials write them") {
    CHECK(oneHit("Gebeld: Demir, Ayşe.", PersonalDataKind::ParentName) == "Demir, Ayşe");
    CHECK(oneHit("Ayşe-Demir komt terug", PersonalDataKind::ParentName) == "Ayşe-Demir");
    CHECK(oneHit("A. Demir komt terug", PersonalDataKind::ParentName) == "A. Demir");
    CHECK(oneHit("volgens J. de Vries", PersonalDataKind::ParentName) == "J. de Vries");
    CHECK(oneHit("de Vries, Jan belt", PersonalDataKind::ParentName) == "de Vries, Jan");
    CHECK(oneHit("Vries, Jan de belt", PersonalDataKind::ParentName) == "Vries, Jan de");
    CHECK(oneHit("Pieter-van den Berg", PersonalDataKind::ParentName) == "Pieter-van den Berg");
    CHECK(oneHit("M. van den Heuvel regelt het", PersonalDataKind::StaffName) == "M. van den Heuvel");
}

TEST_CASE("probe: a surname alone, unless it is an ordinary word or written in lower case") {
    CHECK(oneHit("Demir wil meedenken.", PersonalDataKind::ParentName) == "Demir");
    CHECK(oneHit("Mevrouw Özdemir belt terug.", PersonalDataKind::ParentName) == "Özdemir");
    CHECK(oneHit("Dat zei De Vries ook.", PersonalDataKind::ParentName) == "De Vries");
    CHECK(oneHit("Dat zei meneer de Vries ook.", PersonalDataKind::ParentName) == "de Vries");
    CHECK(oneHit("Volgens van den Berg niet.", PersonalDataKind::ParentName) == "van den Berg");
    CHECK(oneHit("Jansen neemt het mee.", PersonalDataKind::StaffName) == "Jansen");
    // "Bakker", "Kok", "Smit" are also words: alone they are no hit, with a first name they are.
    CHECK(scan("De Bakker op de hoek en de kok van de kantine; Smit is een oud woord.").empty());
    CHECK(oneHit("Anna Bakker helpt", PersonalDataKind::ParentName) == "Anna Bakker");
    // Lower case is a word, not a name; a longer word only contains the name.
    CHECK(scan("ijzer heet in het turks demir; de vries-kist").empty());
    CHECK(scan("Demirel en Jansens zijn andere mensen.").empty());
    // A staff member's surname as action owner is their role.
    CHECK(PrivacyGuard(people()).scan({{"actions[0].owner", "Jansen", true}}).empty());
}

TEST_CASE("probe: e-mail addresses written out, spaced or in fullwidth") {
    CHECK(oneHit("Mail naam [at] school [dot] nl graag", PersonalDataKind::Email) ==
          "naam [at] school [dot] nl");
    CHECK(oneHit("Mail naam(at)school(punt)nl graag", PersonalDataKind::Email) == "naam(at)school(punt)nl");
    CHECK(oneHit("Mail NAAM {AT} school.nl", PersonalDataKind::Email) == "NAAM {AT} school.nl");
    CHECK(oneHit("Mail naam at school dot nl", PersonalDataKind::Email) == "naam at school dot nl");
    CHECK(oneHit("Mail naam @ gmail.com.", PersonalDataKind::Email) == "naam @ gmail.com");
    CHECK(oneHit("Mail naam＠gmail.com", PersonalDataKind::Email) == "naam＠gmail.com");
    CHECK(oneHit("Mail naam@gmail．com", PersonalDataKind::Email) == "naam@gmail．com");
    CHECK(oneHit("Mail ouders [apenstaartje] school.nl", PersonalDataKind::Email) ==
          "ouders [apenstaartje] school.nl");
    CHECK(oneHit("Mail na\u00ADam@school.nl", PersonalDataKind::Email) == "na\u00ADam@school.nl");
    // Sentences with "at" or brackets stay sentences.
    CHECK(scan("We zijn at home. Om acht uur at school. Zie (at) en [dot].").empty());
}

TEST_CASE("probe: phone numbers with spaced separators, dashes and fullwidth digits") {
    CHECK(oneHit("Bel 06 - 123 456 78 na vijven", PersonalDataKind::Phone) == "06 - 123 456 78");
    CHECK(oneHit("Bel 06 \u2013 123 456 78", PersonalDataKind::Phone) == "06 \u2013 123 456 78");
    CHECK(oneHit("Bel 06 / 12345678", PersonalDataKind::Phone) == "06 / 12345678");
    CHECK(oneHit("Bel ０６-１２３４５６７８", PersonalDataKind::Phone) == "０６-１２３４５６７８");
    CHECK(oneHit("Bel 06\u00AD12345678", PersonalDataKind::Phone) == "06\u00AD12345678");
    CHECK(scan("groep 1 - 2 - 3 en 2026 - 2027").empty());
}

TEST_CASE("probe: citizen service numbers (BSN) by the 11-proef, however they are grouped") {
    for (const std::string bsn : {"123456782", "111222333", "1234.56.782", "123 456 782", "123-456-782"}) {
        CAPTURE(bsn);
        CHECK(oneHit("Nummer " + bsn + " graag", PersonalDataKind::Bsn) == bsn);
    }
    CHECK(oneHit("BSN 111222333", PersonalDataKind::Bsn) == "111222333");
    CHECK(oneHit("BSN:123456782.", PersonalDataKind::Bsn) == "123456782");
    // Nine digits that fail the proef, ten digits, and a phone number are no BSN.
    CHECK(scan("kenmerk 123456789 en 1234567820").empty());
    CHECK(scan("bel 0612345678").size() == 1);
    CHECK(findBsnNumbers("2 123456782").size() == 1);
}

TEST_CASE("probe: a home address, a Dutch postcode with a house number") {
    CHECK(oneHit("Woont op Kerkstraat 12, 1234 AB Amsterdam.", PersonalDataKind::Address) ==
          "Kerkstraat 12, 1234 AB");
    CHECK(oneHit("Adres: 1234AB 12", PersonalDataKind::Address) == "1234AB 12");
    CHECK(oneHit("Adres: 1234 AB, 12a.", PersonalDataKind::Address) == "1234 AB, 12a");
    CHECK(oneHit("Dorpsweg 3-2, 9999 ZZ Ergens", PersonalDataKind::Address) == "Dorpsweg 3-2, 9999 ZZ");
    // A postcode alone is an area; years and counts are no postcodes; SS is never issued.
    CHECK(scan("Postcodegebied 1234 AB. Tussen 2026 en 2027 komen 1500 ouders. 1234 SS 12").empty());
}

TEST_CASE("the school's own contact details pass, every other address or number still blocks") {
    const SchoolContacts school{"info@regenboog.nl", "020-7654321"};
    CHECK(scan("Mail info@regenboog.nl of Info [at] Regenboog [dot] nl, bel 020 765 4321 of +31 20 7654321.",
               school)
              .empty());
    CHECK(oneHit("Mail jan@regenboog.nl", PersonalDataKind::Email, school) == "jan@regenboog.nl");
    CHECK(oneHit("Bel 020-7654322", PersonalDataKind::Phone, school) == "020-7654322");
    CHECK(scan("Mail info@regenboog.nl of bel 020-7654321").size() == 2); // not without the session's say

    Session session = test::reportFixture();
    session.meta.contactEmail = "info@regenboog.nl";
    session.meta.contactPhone = "020-7654321";
    session.outcomes.keepInTouch = "Vragen? Mail info@regenboog.nl of bel 020-7654321.";
    CHECK(
        PrivacyGuard(session).scan({{"outcomes.keepInTouch", session.outcomes.keepInTouch, false}}).empty());
}

TEST_CASE("canonical spellings of e-mail addresses and phone numbers") {
    CHECK(canonicalEmail("Info [at] School [dot] NL") == "info@school.nl");
    CHECK(canonicalPhone("+31 (0)20 765 4321") == "0207654321");
    CHECK(canonicalPhone("0031 20 7654321") == "0207654321");
}

TEST_CASE("a staff member named as action owner stays allowed when a parent shares the surname") {
    std::vector<Participant> list = people();
    list.push_back(test::person("p-22", "Ilse", "", "Demir", Role::Staff, {}, Rsvp::Registered, true));
    const PrivacyGuard guard(list);
    CHECK(guard.scan({{"actions[0].owner", "Ilse Demir", true}}).empty());
    CHECK(guard.scan({{"actions[0].owner", "Ilse Demir en Demir", true}}).size() == 1); // the parent's surname alone
    CHECK(guard.scan({{"outcomes.nextSteps[0]", "Ilse Demir belt", false}}).size() == 1); // outside the role
}

TEST_CASE("the school's contact details are kept in the session file and must be one address or number") {
    Session session = test::reportFixture();
    CHECK_FALSE(sessionToJson(session)["meta"].contains("contactEmail")); // absent until set
    session.meta.contactEmail = "info@regenboog.nl";
    session.meta.contactPhone = "+31 20 765 4321";
    Problems problems;
    const Session read = sessionFromJson(sessionToJson(session), problems);
    CHECK(problems.empty());
    CHECK(read.meta.contactEmail == "info@regenboog.nl");
    CHECK(read.meta.contactPhone == "+31 20 765 4321");
    CHECK(validate(read).empty());

    session.meta.contactEmail = "info@regenboog.nl, jan@gmail.com";
    session.meta.contactPhone = "bel 020-7654321 of 06-12345678";
    std::vector<std::string> paths;
    for (const Problem& problem : validate(session))
        paths.push_back(problem.path);
    CHECK(paths == std::vector<std::string>{"meta.contactEmail", "meta.contactPhone"});
}
