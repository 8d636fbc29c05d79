// Tafels online, core: resolving the conflicts a phone's edit kept (laptop and phone changed the
// same text differently), made by the real merge so the texts are where the merge put them.
#include <doctest/doctest.h>

#include "core/model/validate.h"
#include "core/online/conflict_resolution.h"
#include "core/online/join_tokens.h"
#include "core/online/outcome_merge.h"
#include "core/online/phone_edit.h"

using namespace dlg;

namespace {

// Table t-01 whose laptop changed "Oud" (what the phone saw) into "Laptop" in the quote, an idea
// and a proposal, and whose phone then sends "Telefoon" for each: three conflicts.
Session conflicted() {
    Session s;
    s.meta.title = "Ouderavond";
    s.themes.push_back({"th-01", "Huiswerk", "", {}, {}, Json::object()});
    s.tables.push_back({"t-01", "Tafel 1", "th-01", "", 0, Json::object()});
    ensureJoinTokens(s);
    OutcomeFields seen;
    seen.quote = "Oud";
    seen.ideas = {"Oud idee"};
    seen.proposals = {{"pr-01", "Oud voorstel", "school", ""}};
    REQUIRE(applyPhoneEdit(s, "t-01", {"phone-a", {}, seen}, 100).status == ApplyResult::Applied);
    TableOutcome& laptop = s.outcomes.tables.at(0);
    laptop.quote = "Laptop";
    laptop.ideas = {"Laptop idee"};
    laptop.proposals.at(0).text = "Laptop voorstel";
    laptop.proposals.at(0).votes = 3;
    OutcomeFields phone = seen;
    phone.quote = "Telefoon";
    phone.ideas = {"Telefoon idee"};
    phone.proposals.at(0).text = "Telefoon voorstel";
    REQUIRE(applyPhoneEdit(s, "t-01", {"phone-a", seen, phone}, 101).conflicts == 3);
    REQUIRE(s.tablesOnline.conflicts.size() == 3);
    return s;
}

std::size_t indexOf(const Session& s, const std::string& field) {
    for (std::size_t i = 0; i < s.tablesOnline.conflicts.size(); ++i)
        if (s.tablesOnline.conflicts[i].field == field) return i;
    FAIL("no conflict in " << field);
    return 0;
}

} // namespace

TEST_CASE("online conflicts: keeping one text of a quote, an idea and a proposal removes the other") {
    Session s = conflicted();
    const TableOutcome& outcome = s.outcomes.tables.at(0);
    REQUIRE(outcome.quote == std::string("Laptop") + kConflictSeparator + "Telefoon");
    REQUIRE(outcome.ideas == std::vector<std::string>{"Laptop idee", "Telefoon idee"});
    REQUIRE(outcome.proposals.size() == 2);

    CHECK(resolveConflict(s, indexOf(s, "quote"), ConflictChoice::Phone) == ConflictResolution::Resolved);
    CHECK(outcome.quote == "Telefoon");
    CHECK(resolveConflict(s, indexOf(s, "ideas"), ConflictChoice::Laptop) == ConflictResolution::Resolved);
    CHECK(outcome.ideas == std::vector<std::string>{"Laptop idee"});
    CHECK(resolveConflict(s, indexOf(s, "proposals"), ConflictChoice::Laptop) == ConflictResolution::Resolved);
    REQUIRE(outcome.proposals.size() == 1);
    CHECK(outcome.proposals[0].text == "Laptop voorstel");
    CHECK(outcome.proposals[0].votes == 3); // the kept proposal keeps its votes
    CHECK(s.tablesOnline.conflicts.empty());
    CHECK(validate(s).empty());
}

TEST_CASE("online conflicts: keeping both only removes the record") {
    Session s = conflicted();
    const TableOutcome before = s.outcomes.tables.at(0);
    CHECK(resolveConflict(s, indexOf(s, "quote"), ConflictChoice::Both) == ConflictResolution::Resolved);
    CHECK(s.outcomes.tables.at(0).quote == before.quote);
    CHECK(s.tablesOnline.conflicts.size() == 2);
}

TEST_CASE("online conflicts: a text edited since the merge is left alone, an index out of range changes nothing") {
    Session s = conflicted();
    s.outcomes.tables.at(0).quote = "Samen herschreven";
    CHECK(resolveConflict(s, indexOf(s, "quote"), ConflictChoice::Laptop) == ConflictResolution::TextChangedSince);
    CHECK(s.outcomes.tables.at(0).quote == "Samen herschreven");
    CHECK(s.tablesOnline.conflicts.size() == 2);
    const Session unchanged = s;
    CHECK(resolveConflict(s, 7, ConflictChoice::Laptop) == ConflictResolution::NoSuchConflict);
    CHECK(s.tablesOnline.conflicts.size() == unchanged.tablesOnline.conflicts.size());
}

TEST_CASE("online conflicts: the second conflict of a note is found inside the first") {
    Session s = conflicted();
    OutcomeFields seen = fieldsOf(s.outcomes.tables.at(0));
    s.outcomes.tables.at(0).quote += " en meer";
    OutcomeFields phone = seen;
    phone.quote += " van de tafel";
    REQUIRE(applyPhoneEdit(s, "t-01", {"phone-a", seen, phone}, 102).conflicts == 1);
    const std::size_t second = s.tablesOnline.conflicts.size() - 1;
    CHECK(resolveConflict(s, second, ConflictChoice::Laptop) == ConflictResolution::Resolved);
    CHECK(s.outcomes.tables.at(0).quote == std::string("Laptop") + kConflictSeparator + "Telefoon en meer");
    // The first pair is still there, with text typed after it: only the pair is replaced.
    CHECK(resolveConflict(s, indexOf(s, "quote"), ConflictChoice::Phone) == ConflictResolution::Resolved);
    CHECK(s.outcomes.tables.at(0).quote == "Telefoon en meer");
}
