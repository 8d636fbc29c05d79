// The privacy guard: names of participants, e-mail addresses and phone numbers in typed text.
#include <doctest/doctest.h>

#include "core/privacy/privacy_guard.h"
#include "core/privacy/privacy_guard_text.h"
#include "test_report_fixture.h"

namespace {

using namespace dlg;

std::vector<PrivacyHit> scanOne(const std::string& text, bool roleField = false) {
    const PrivacyGuard guard(test::reportFixture().participants);
    return guard.scan({{"outcomes.tables[1].ideas[1]", text, roleField}});
}

std::vector<std::string> found(const std::vector<PrivacyHit>& hits) {
    std::vector<std::string> texts;
    for (const PrivacyHit& hit : hits)
        texts.push_back(hit.found);
    return texts;
}

std::vector<std::string> phones(const std::string& text) {
    std::vector<std::string> numbers;
    for (const TextSpan& span : findPhoneNumbers(text))
        numbers.push_back(text.substr(span.offset, span.length));
    return numbers;
}

std::vector<std::string> emails(const std::string& text) {
    std::vector<std::string> addresses;
    for (const TextSpan& span : findEmailAddresses(text))
        addresses.push_back(text.substr(span.offset, span.length));
    return addresses;
}

} // namespace

TEST_CASE("a parent's name typed in a note is a hit with its place and kind") {
    const auto hits = scanOne("Gesprek met Jan de Vries over huiswerk.");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].path == "outcomes.tables[1].ideas[1]");
    CHECK(hits[0].kind == PersonalDataKind::ParentName);
    CHECK(hits[0].found == "Jan de Vries");
    CHECK(hits[0].offset == 12);
    CHECK(describe(hits[0], "nl") == "outcomes.tables[1].ideas[1]: naam van een ouder \"Jan de Vries\"");
}

TEST_CASE("names match case-insensitively, without the infix, across accents and extra spaces") {
    CHECK(found(scanOne("jan vries vond het fijn")) == std::vector<std::string>{"jan vries"});
    CHECK(found(scanOne("FATMA ÖZDEMIR")) == std::vector<std::string>{"FATMA ÖZDEMIR"});
    CHECK(found(scanOne("Fatma Ozdemir belt terug")) == std::vector<std::string>{"Fatma Ozdemir"});
    CHECK(found(scanOne("volgens Jan  de\u00a0Vries")) == std::vector<std::string>{"Jan  de\u00a0Vries"});
    // The full name with infix is one hit, not also "Pieter Berg".
    CHECK(found(scanOne("Pieter van den Berg en Anna Bakker.")) ==
          std::vector<std::string>{"Pieter van den Berg", "Anna Bakker"});
}

TEST_CASE("words that merely contain a name, single names and theme words are no hits") {
    CHECK(scanOne("Annabel Bakkerij aan de overkant").empty());
    CHECK(scanOne("De familie Bakkers en Jan-Willem").empty());
    CHECK(scanOne("Anna zegt dat Bakker de wet uitlegt").empty()); // not adjacent
    CHECK(scanOne("Tom vindt de peeters lekker").empty());
    Session session = test::reportFixture();
    session.participants.push_back(
        test::person("p-09", "Sam", "", "Leren", Role::Parent, {"4"}, Rsvp::Registered, true));
    const PrivacyGuard guard(session.participants);
    CHECK(guard.scan({{"themes[0].title", "Samen leren thuis", false}}).empty());
    CHECK(guard.scan({{"themes[0].title", "Sam Leren", false}}).size() == 1);
}

TEST_CASE("staff names are allowed as action owner only, parents' names never") {
    const auto inNote = scanOne("Tom Peeters regelt de zaal");
    REQUIRE(inNote.size() == 1);
    CHECK(inNote[0].kind == PersonalDataKind::StaffName);
    CHECK(scanOne("Tom Peeters", true).empty());
    const auto parentAsOwner = scanOne("Jan de Vries", true);
    REQUIRE(parentAsOwner.size() == 1);
    CHECK(parentAsOwner[0].kind == PersonalDataKind::ParentName);
}

TEST_CASE("a name shared by a parent and a staff member counts as a parent's") {
    Session session = test::reportFixture();
    session.participants.push_back(
        test::person("p-10", "Tom", "", "Peeters", Role::Parent, {"6"}, Rsvp::Registered, true));
    const PrivacyGuard guard(session.participants);
    const auto hits = guard.scan({{"actions[0].owner", "Tom Peeters", true}});
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == PersonalDataKind::ParentName);
}

TEST_CASE("any e-mail address is a hit, not only known ones") {
    const auto hits = scanOne("Mail info@school.nl of j.de-vries+ouders@gmail.com.");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].kind == PersonalDataKind::Email);
    CHECK(found(hits) == std::vector<std::string>{"info@school.nl", "j.de-vries+ouders@gmail.com"});
    CHECK(emails("(ouders@obs-regenboog.nl)") == std::vector<std::string>{"ouders@obs-regenboog.nl"});
    CHECK(emails("Fatma.Özdemir@voorbeeld.nl") == std::vector<std::string>{"Fatma.Özdemir@voorbeeld.nl"});
    CHECK(emails("@school en ouders@ en a@b en 2 @ 3 en x@y.z").empty());
}

TEST_CASE("Dutch phone numbers in the usual ways of writing them") {
    for (const std::string number :
         {"06-12345678", "0612345678", "06 12345678", "06 1234 5678", "06-1234 5678", "+31 6 1234 5678",
          "+31612345678", "+31 (0)6 12345678", "0031 6 12345678", "020-1234567", "020 123 4567", "0201234567",
          "0475-123456", "(020) 123 4567"}) {
        CAPTURE(number);
        const std::string text = "Bel " + number + ", graag.";
        const auto numbers = phones(text);
        REQUIRE(numbers.size() == 1);
        CHECK(numbers[0] == number);
    }
    CHECK(phones("+32 470 12 34 56") == std::vector<std::string>{"+32 470 12 34 56"});
    const auto hits = scanOne("Bel mij: 06-12345678");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == PersonalDataKind::Phone);
    CHECK(hits[0].found == "06-12345678");
}

TEST_CASE("dates, times, counts, postcodes and account numbers are no phone numbers") {
    CHECK(phones("Op 2026-11-24 om 19:30 in groep 0 1 2 3 4 5 6 7 8 9").empty());
    CHECK(phones("Postcode 1234 AB, 45 ouders, 06-1234567 (te kort), 061234567890 (te lang)").empty());
    CHECK(phones("NL91ABNA0417164300 en 24-11-2026 en 1.250 euro").empty());
    CHECK(phones("tel12 0612345678") == std::vector<std::string>{"0612345678"});
}

TEST_CASE("folding for matching removes accents and joins white space") {
    const FoldedText folded = foldForMatching("Ĳsbrand  Çelik\u00a0Weiß");
    CHECK(folded.text == "ijsbrand celik weiss");
    REQUIRE(folded.origin.size() == folded.text.size() + 1);
    CHECK(folded.origin.back() == std::string("Ĳsbrand  Çelik\u00a0Weiß").size());
    CHECK(foldForMatching("ÖZDEMİR").text == foldForMatching("özdemir").text);
}

TEST_CASE("export rule: public reports with hits need the user's opt-in for this export") {
    CHECK(decideExport(true, false, 0).allowed);
    CHECK_FALSE(decideExport(true, false, 2).allowed);
    CHECK(decideExport(true, true, 2).allowed);
    CHECK(decideExport(false, false, 5).allowed); // intern is never blocked
    CHECK(decideExport(true, false, 2).reason.find("--allow-personal-data") != std::string::npos);
}

TEST_CASE("scanning arbitrary bytes, broken UTF-8 included, stays inside the text") {
    // A fixed-seed generator: the same bytes every run. Under ASan this catches reads past the end.
    std::uint32_t state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 24;
    };
    const std::string alphabet = "06+31 -().@abcJANdevriesÖz\xc3\xa9\xe2\x80\x99\xff\xc3";
    const PrivacyGuard guard(test::reportFixture().participants);
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const std::size_t length = next() % 40;
        for (std::size_t i = 0; i < length; ++i)
            text += alphabet[next() % alphabet.size()];
        for (const PrivacyHit& hit : guard.scan({{"x", text, false}})) {
            CAPTURE(text);
            REQUIRE(hit.offset + hit.found.size() <= text.size());
            CHECK(text.compare(hit.offset, hit.found.size(), hit.found) == 0);
        }
    }
}
