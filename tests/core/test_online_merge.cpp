// Tafels online, core: join tokens, the three-way merge of a phone's edit, strict reading of the
// request, applying it to the session (lock, ids, conflicts) and what a phone may see.
#include <set>

#include <doctest/doctest.h>

#include "core/model/session_file.h"
#include "core/online/join_tokens.h"
#include "core/online/outcome_merge.h"
#include "core/online/phone_edit.h"
#include "core/online/phone_view.h"

using namespace dlg;

namespace {

Session twoTables() {
    Session s;
    s.meta.title = "Ouderavond";
    s.themes.push_back({"th-01", "Huiswerk", "Over huiswerk", {"Wat werkt thuis?"}, {}, Json::object()});
    Participant leader;
    leader.id = "p-001";
    leader.firstName = "Roos";
    leader.lastName = "Jansen";
    leader.role = Role::Staff;
    s.participants.push_back(leader);
    Participant parent;
    parent.id = "p-002";
    parent.firstName = "Karel";
    parent.lastName = "Appel";
    s.participants.push_back(parent);
    s.tables.push_back({"t-01", "Tafel 1", "th-01", "p-001", 0, Json::object()});
    s.tables.push_back({"t-02", "Tafel 2", "th-01", "", 0, Json::object()});
    ensureJoinTokens(s);
    return s;
}

PhoneEdit edit(OutcomeFields base, OutcomeFields now) {
    return {"phone-a", std::move(base), std::move(now)};
}

} // namespace

TEST_CASE("online: join tokens are random, long enough, kept in the file and regenerated all at once") {
    Session s = twoTables();
    REQUIRE(s.tablesOnline.tables.size() == 2);
    const std::string first = s.tablesOnline.tables[0].token;
    CHECK(first.size() == kJoinTokenLength);
    CHECK(kJoinTokenBits >= 64);
    CHECK(first != s.tablesOnline.tables[1].token);
    std::set<std::string> many;
    for (int i = 0; i < 1000; ++i)
        many.insert(newJoinToken());
    CHECK(many.size() == 1000);

    CHECK_FALSE(ensureJoinTokens(s)); // existing tokens stay: printed cards keep working
    CHECK(s.tablesOnline.tables[0].token == first);

    s.tablesOnline.cardsFor = "10.1.2.3:8090";
    LoadResult loaded = loadSessionText(serializeSession(s), "mem");
    REQUIRE(loaded.session);
    CHECK(loaded.session->tablesOnline.tables[0].token == first);
    CHECK(loaded.session->tablesOnline.cardsFor == "10.1.2.3:8090");
    CHECK(serializeSession(*loaded.session) == serializeSession(s));

    regenerateJoinTokens(s);
    CHECK(s.tablesOnline.tables[0].token != first);
    CHECK(s.tablesOnline.cardsFor.empty()); // the printed cards hold the old codes
    CHECK_FALSE(tableForToken(s.tablesOnline, first));
    CHECK(tableForToken(s.tablesOnline, s.tablesOnline.tables[1].token) == "t-02");
    CHECK_FALSE(tableForToken(s.tablesOnline, ""));
    CHECK_FALSE(tableForToken(s.tablesOnline, "aaaaaaaaaaaaaaaa"));

    s.tables.pop_back(); // a removed table loses its access
    CHECK(ensureJoinTokens(s));
    CHECK(s.tablesOnline.tables.size() == 1);
}

TEST_CASE("online: a session without phones is saved without the tablesOnline section") {
    Session s;
    s.meta.title = "x";
    CHECK(serializeSession(s).find("tablesOnline") == std::string::npos);
}

TEST_CASE("online: merge keeps edits of both sides per list item and per field") {
    OutcomeFields base;
    base.ideas = {"a", "b", "c"};
    base.quote = "q";
    OutcomeFields phone = base, laptop = base;
    phone.ideas = {"a", "B phone", "c", "d phone"}; // edits b, adds d
    laptop.ideas = {"a0 laptop", "a", "b", "c"};    // adds a0 in front
    phone.quote = "q phone";                        // only the phone changed the quote
    laptop.notes = "laptop note";                   // only the laptop changed the notes
    const MergeResult r = mergeOutcome(base, phone, laptop);
    CHECK(r.conflicts.empty());
    CHECK(r.merged.ideas == std::vector<std::string>{"a0 laptop", "a", "B phone", "c", "d phone"});
    CHECK(r.merged.quote == "q phone");
    CHECK(r.merged.notes == "laptop note");
}

TEST_CASE("online: a true conflict keeps both texts and is reported") {
    OutcomeFields base;
    base.goesWell = {"x"};
    base.quote = "q";
    OutcomeFields phone = base, laptop = base;
    phone.goesWell = {"x phone"};
    laptop.goesWell = {"x laptop"};
    phone.quote = "q phone";
    laptop.quote = "q laptop";
    const MergeResult r = mergeOutcome(base, phone, laptop);
    CHECK(r.merged.goesWell == std::vector<std::string>{"x laptop", "x phone"});
    CHECK(r.merged.quote == std::string("q laptop") + kConflictSeparator + "q phone");
    REQUIRE(r.conflicts.size() == 2);
    CHECK(r.conflicts[0].field == "goesWell");
    CHECK(r.conflicts[1].field == "quote");
    // Resending the same edit (lost acknowledgement) against the merged text adds nothing.
    const MergeResult again = mergeOutcome(base, phone, r.merged);
    CHECK(again.merged == r.merged);
    CHECK(again.conflicts.empty());
}

TEST_CASE("online: an edit beats a delete, deleting an untouched item deletes it") {
    OutcomeFields base;
    base.difficult = {"a", "b"};
    OutcomeFields phone = base, laptop = base;
    phone.difficult = {"b"};            // phone deletes a
    laptop.difficult = {"a", "b edit"}; // laptop edits b
    CHECK(mergeOutcome(base, phone, laptop).merged.difficult == std::vector<std::string>{"b edit"});
    phone.difficult = {"a"}; // phone deletes b, which the laptop edited
    CHECK(mergeOutcome(base, phone, laptop).merged.difficult == std::vector<std::string>{"a", "b edit"});
}

TEST_CASE("online: proposals merge by id and per field") {
    OutcomeFields base;
    base.proposals = {{"pr-01", "Koffie-ochtend", "school", "informeel"}};
    OutcomeFields phone = base, laptop = base;
    phone.proposals[0].form = "formeel";
    phone.proposals.push_back({"pr-m1", "Nieuwsbrief", "samen", ""});
    laptop.proposals[0].text = "Koffie-ochtend elke maand";
    MergeResult r = mergeOutcome(base, phone, laptop);
    REQUIRE(r.merged.proposals.size() == 2);
    CHECK(r.merged.proposals[0] == ProposalFields{"pr-01", "Koffie-ochtend elke maand", "school", "formeel"});
    CHECK(r.merged.proposals[1].id == "pr-m1");
    CHECK(r.conflicts.empty());

    phone.proposals[0].text = "Koffie-ochtend op vrijdag"; // both change the text: both kept
    r = mergeOutcome(base, phone, laptop);
    REQUIRE(r.merged.proposals.size() == 3);
    CHECK(r.merged.proposals[0].text == "Koffie-ochtend elke maand");
    CHECK(r.merged.proposals[1].text == "Koffie-ochtend op vrijdag");
    CHECK(r.merged.proposals[1].id.empty());
    CHECK(r.conflicts.size() == 1);
}

TEST_CASE("online: the request is read strictly, with limits") {
    const std::string fields =
        R"({"goesWell":[],"difficult":[],"ideas":["x"],"proposals":[],"quote":"","notes":""})";
    const std::string good = R"({"client":"abc-1","base":)" + fields + R"(,"outcome":)" + fields + "}";
    auto parsed = parsePhoneEdit(good);
    REQUIRE(std::holds_alternative<PhoneEdit>(parsed));
    CHECK(std::get<PhoneEdit>(parsed).outcome.ideas == std::vector<std::string>{"x"});

    auto code = [](const std::string& body) {
        auto r = parsePhoneEdit(body);
        return std::holds_alternative<PhoneEditError>(r) ? std::get<PhoneEditError>(r).code
                                                         : std::string("ok");
    };
    CHECK(code("{") == "json");
    CHECK(code(R"({"client":"a","base":{},"outcome":{}})") == "missing");
    CHECK(code(R"({"client":"a","base":)" + fields + R"(,"outcome":)" + fields + R"(,"path":"/etc"})") ==
          "unknown");
    CHECK(code(R"({"client":5,"base":)" + fields + R"(,"outcome":)" + fields + "}") == "type");
    CHECK(code(R"({"client":"A B","base":)" + fields + R"(,"outcome":)" + fields + "}") == "bad_value");
    const std::string longQuote = R"({"goesWell":[],"difficult":[],"ideas":[],"proposals":[],"quote":")" +
                                  std::string(1001, 'q') + R"(","notes":""})";
    CHECK(code(R"({"client":"a","base":)" + fields + R"(,"outcome":)" + longQuote + "}") == "too_long");
    std::string manyIdeas = R"({"goesWell":[],"difficult":[],"ideas":[)";
    for (int i = 0; i < 41; ++i)
        manyIdeas += std::string(i ? "," : "") + "\"i\"";
    manyIdeas += R"(],"proposals":[],"quote":"","notes":""})";
    CHECK(code(R"({"client":"a","base":)" + fields + R"(,"outcome":)" + manyIdeas + "}") == "too_many");
    const std::string badForm =
        R"({"goesWell":[],"difficult":[],"ideas":[],"proposals":[{"id":"pr-x","text":"t","by":"school","form":"raar"}],"quote":"","notes":""})";
    CHECK(code(R"({"client":"a","base":)" + fields + R"(,"outcome":)" + badForm + "}") == "bad_value");
}

TEST_CASE("online: a refusal is short and never repeats what the phone sent") {
    auto message = [](const std::string& body) {
        auto r = parsePhoneEdit(body);
        REQUIRE(std::holds_alternative<PhoneEditError>(r));
        return std::get<PhoneEditError>(r).message;
    };
    // libFuzzer's find: nlohmann echoes every newline it read before a bad literal (8 bytes each).
    const std::string newlines = message("[" + std::string(5000, '\n') + "Nee");
    CHECK(newlines.size() < 200);
    CHECK(newlines.find("U+000A") == std::string::npos);
    CHECK(newlines.find("5002") != std::string::npos); // says where: the byte of the bad literal
    // Text in the body (it may hold a parent's name) is not echoed in the refusal.
    const std::string named = message(R"({"client":"Fatima Yilmaz)" + std::string("\x01") + "\"}");
    CHECK(named.find("Fatima") == std::string::npos);
    const std::string spoofed = message(R"(["'; expected )" + std::string(3000, 'x') + "\x01\"]");
    CHECK(spoofed.size() < 200);
    // nlohmann's own "expected" stays: it tells a developer what was missing.
    CHECK(message(R"({"client":"a" "base":1})").find("; expected '}'") != std::string::npos);
    // A long key is named by its size, not repeated.
    const std::string longKey = message("{\"" + std::string(3000, 'k') + "\":1}");
    CHECK(longKey.size() < 200);
    CHECK(longKey.find("3000 bytes") != std::string::npos);
    CHECK(message("{\"path\":1}").find("\"path\"") != std::string::npos);
    // A number too large for a double: nlohmann's message would repeat all its digits.
    const std::string huge = message("[1" + std::string(400, '0') + "e999]");
    CHECK(huge.size() < 200);
}

TEST_CASE("online: applying an edit merges, counts the revision, keeps conflicts and honours the lock") {
    Session s = twoTables();
    OutcomeFields empty, mine;
    mine.ideas = {"Ouders lezen mee"};
    mine.proposals = {{"pr-m1", "Leesochtend", "samen", "didactisch"}};
    ApplyResult r = applyPhoneEdit(s, "t-01", edit(empty, mine), 100);
    CHECK(r.status == ApplyResult::Applied);
    CHECK(r.revision == 1);
    REQUIRE(s.outcomes.tables.size() == 1);
    CHECK(s.outcomes.tables[0].leader == "Roos Jansen");
    CHECK(s.outcomes.tables[0].themeId == "th-01");
    CHECK(s.outcomes.tables[0].ideas == mine.ideas);
    CHECK(s.tablesOnline.tables[0].lastEditAt == 100);

    CHECK(applyPhoneEdit(s, "t-01", edit(empty, mine), 101).status == ApplyResult::Unchanged); // resend

    // Another table's phone uses the same proposal id: it gets one of its own.
    r = applyPhoneEdit(s, "t-02", edit(empty, mine), 102);
    CHECK(r.status == ApplyResult::Applied);
    REQUIRE(s.outcomes.tables.size() == 2);
    CHECK(s.outcomes.tables[1].proposals[0].id != "pr-m1");

    // Laptop and phone change the quote from the same version: both kept, recorded.
    s.outcomes.tables[0].quote = "laptop";
    OutcomeFields phone = fieldsOf(s.outcomes.tables[0]);
    OutcomeFields seen = phone;
    seen.quote = "";
    phone.quote = "telefoon";
    r = applyPhoneEdit(s, "t-01", edit(seen, phone), 103);
    CHECK(r.conflicts == 1);
    REQUIRE(s.tablesOnline.conflicts.size() == 1);
    CHECK(s.tablesOnline.conflicts[0].tableId == "t-01");
    CHECK(s.outcomes.tables[0].quote.find("laptop") != std::string::npos);
    CHECK(s.outcomes.tables[0].quote.find("telefoon") != std::string::npos);

    s.tablesOnline.tables[0].locked = true;
    OutcomeFields later = fieldsOf(s.outcomes.tables[0]);
    later.notes = "te laat";
    CHECK(applyPhoneEdit(s, "t-01", edit(fieldsOf(s.outcomes.tables[0]), later), 104).status ==
          ApplyResult::Locked);
    CHECK(s.outcomes.tables[0].notes.empty());
    CHECK(applyPhoneEdit(s, "t-99", edit(empty, mine), 105).status == ApplyResult::NoTable);
}

TEST_CASE("online: a parent's name typed on a phone is stored and warned about") {
    Session s = twoTables();
    OutcomeFields mine;
    mine.goesWell = {"Karel Appel vertelde over thuis"};
    ApplyResult r = applyPhoneEdit(s, "t-01", edit({}, mine), 1);
    CHECK(r.status == ApplyResult::Applied);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].field == "goesWell[0]");
    CHECK(r.warnings[0].kind == "parentName");
}

TEST_CASE("online: a phone sees its own table only, with the leader's first name") {
    Session s = twoTables();
    const Json view = phoneView(s, "t-01", 0);
    CHECK(view["table"] == "Tafel 1");
    CHECK(view["leader"] == "Roos");
    CHECK(view["theme"]["questions"][0] == "Wat werkt thuis?");
    const std::string text = view.dump();
    CHECK(text.find("Jansen") == std::string::npos);
    CHECK(text.find("Karel") == std::string::npos);
    CHECK(text.find("Tafel 2") == std::string::npos);
    CHECK(text.find(s.tablesOnline.tables[0].token) == std::string::npos);
    CHECK(phoneView(s, "t-99", 0).is_null());
}
