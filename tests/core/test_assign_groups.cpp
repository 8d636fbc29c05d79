// The neighbourhoods that keep language bridges: a language group (a bridge and the parents at
// the table who need them) changes theme as one, and a family of three trades places with three
// single people, the only way such a family reaches a table whose bridge is fixed there. Each
// evening below is built so that no single move or swap improves it.
#include <doctest/doctest.h>

#include <array>
#include <string>

#include "core/assign/assign.h"
#include "core/assign/assign_groups.h"
#include "core/assign/assign_instance.h"
#include "core/assign/assign_search.h"

using namespace dlg;

namespace {

Participant person(const std::string& id, Role role) {
    Participant p;
    p.id = id;
    p.firstName = id;
    p.role = role;
    p.present = true;
    p.rsvp = Rsvp::Registered;
    p.languages = {"nl"};
    if (role == Role::Parent) p.grades = {"5"};
    return p;
}

// Tables t-1, t-2, ... with themes th-1, th-2, ... (two by default).
Session twoTables(int count = 2) {
    Session s;
    for (int t = 1; t <= count; ++t) {
        Theme theme;
        theme.id = "th-" + std::to_string(t);
        theme.title = theme.id;
        s.themes.push_back(theme);
    }
    for (int t = 1; t <= count; ++t) {
        Table table;
        table.id = "t-" + std::to_string(t);
        table.name = "Tafel " + std::to_string(t);
        table.themeId = "th-" + std::to_string(t);
        s.tables.push_back(table);
    }
    return s;
}

assign::Instance instanceOf(const Session& s) {
    std::vector<std::string> reasons;
    assign::Instance in = assign::buildInstance(s, {}, s.assignment.seats, reasons);
    REQUIRE(reasons.empty());
    return in;
}

// Seats every person at the table their id ends in ('0' or '1' after a '@').
assign::Seating seatByName(const assign::Instance& in) {
    assign::Seating seating(in, {}, {});
    for (int p = 0; p < in.people; ++p) {
        const std::string& id = in.persons[p]->id;
        const int table = id.back() - '0';
        if (seating.tableOfPerson(p) < 0) seating.moveBlock(in.blockOf[p], table);
    }
    return seating;
}

std::vector<bool> allMovable(const assign::Instance& in) {
    std::vector<bool> movable(in.blocks.size());
    for (std::size_t b = 0; b < in.blocks.size(); ++b)
        movable[b] = in.blocks[b].fixedTable < 0;
    return movable;
}

int personIndex(const assign::Instance& in, const std::string& id) {
    for (int p = 0; p < in.people; ++p)
        if (in.persons[p]->id == id) return p;
    return -1;
}

} // namespace

TEST_CASE("assign groups: a bridge and the parents who need them change theme together") {
    // At table 0 (theme th-1) a bridge and two parents who need them, all three wanting th-2; at
    // table 1 three parents who want th-1. Each of the three alone moving costs a language weight.
    Session s = twoTables();
    s.participants.push_back(person("s@0", Role::Staff));
    s.participants.push_back(person("s@1", Role::Staff));
    for (const char* id :
         {"bridge@0", "need-a@0", "need-b@0", "x-a@0", "x-b@0", "y-a@1", "y-b@1", "y-c@1", "z-a@1", "z-b@1"})
        s.participants.push_back(person(id, Role::Parent));
    for (Participant& p : s.participants) {
        const std::string name = p.id.substr(0, p.id.find('@'));
        if (name == "bridge") p.languages = {"nl", "ar"};
        if (name.rfind("need", 0) == 0) {
            p.languages = {"ar"};
            p.languageSupport = "ar";
        }
        if (name == "bridge" || name.rfind("need", 0) == 0) p.preference1 = "th-2";
        // The x parents are where they want to be: trading one of them for a y parent gains nothing.
        if (name.rfind("y-", 0) == 0 || name.rfind("x-", 0) == 0) p.preference1 = "th-1";
    }
    const assign::Instance in = instanceOf(s);
    assign::Seating seating = seatByName(in);
    REQUIRE(seating.hard() == 0);
    REQUIRE(seating.cost() == doctest::Approx(24)); // six people at a theme they did not choose
    const std::vector<bool> movable = allMovable(in);
    assign::Rng rng(5);
    assign::Budget budget{0, 1000000, nullptr, {}};

    assign::Seating swapsOnly = seating;
    assign::improve(swapsOnly, in, rng, movable, budget);
    CHECK(swapsOnly.cost() == doctest::Approx(24)); // no move or swap alone gains

    CHECK(assign::relocateLanguageGroups(seating, in, rng, movable, budget));
    CHECK(seating.hard() == 0);
    CHECK(seating.cost() == doctest::Approx(0));
    CHECK(seating.tableOfPerson(personIndex(in, "bridge@0")) == 1);
    CHECK(seating.tableOfPerson(personIndex(in, "need-a@0")) == 1);
    CHECK(seating.unsupportedAt(0) + seating.unsupportedAt(1) == 0);
}

TEST_CASE(
    "assign groups: a family of three reaches the table of a fixed bridge by trading with three singles") {
    // The bridge leads table 0 (never moves); the family of three with a parent who needs them sits
    // at table 1. Only the family for three single parents of table 0 restores the bridge.
    Session s = twoTables();
    Participant leader = person("leader@0", Role::Staff);
    leader.languages = {"nl", "ar"};
    s.participants.push_back(leader);
    s.tables[0].leaderId = "leader@0";
    s.participants.push_back(person("s@1", Role::Staff));
    for (const char* id :
         {"p-a@0", "p-b@0", "p-c@0", "p-d@0", "p-e@0", "f-a@1", "f-b@1", "f-c@1", "q-a@1", "q-b@1"})
        s.participants.push_back(person(id, Role::Parent));
    for (Participant& p : s.participants)
        if (p.id.rfind("f-", 0) == 0) p.family = "fam-1";
    s.participants[2 + 5].languages = {"ar"}; // f-a
    s.participants[2 + 5].languageSupport = "ar";
    const assign::Instance in = instanceOf(s);
    assign::Seating seating = seatByName(in);
    REQUIRE(seating.hard() == 0);
    REQUIRE(seating.cost() == doctest::Approx(100));
    assign::Rng rng(3);
    assign::Budget budget{0, 1000000, nullptr, {}};
    assign::improve(seating, in, rng, allMovable(in), budget);
    CHECK(seating.hard() == 0);
    CHECK(seating.cost() == doctest::Approx(0));
    CHECK(seating.tableOfPerson(personIndex(in, "f-a@1")) == 0);
}

TEST_CASE("assign pricing: a family of three traded for three people costs what applying the trade costs") {
    Session s = twoTables();
    s.participants.push_back(person("s@0", Role::Staff));
    s.participants.push_back(person("s@1", Role::Staff));
    const char* ids[] = {"p-a@0", "p-b@0", "p-c@0", "p-d@0", "f-a@1", "f-b@1", "f-c@1", "q-a@1"};
    for (const char* id : ids)
        s.participants.push_back(person(id, Role::Parent));
    for (Participant& p : s.participants) {
        if (p.id.rfind("f-", 0) == 0) p.family = "fam-1";
        p.grades = {p.id[2] == 'a' ? "3" : "6"};
        if (p.id == "p-b@0") p.preference1 = "th-2";
        if (p.id == "f-b@1") p.preference1 = "th-1";
    }
    s.participants[2].languages = {"nl", "ar"};
    s.participants[8].languages = {"ar"};
    s.participants[8].languageSupport = "ar";
    const assign::Instance in = instanceOf(s);
    assign::Seating seating = seatByName(in);
    const int family = in.blockOf[personIndex(in, "f-a@1")];
    int priced = 0;
    for (const auto& trio : {std::array<const char*, 3>{"p-a@0", "p-b@0", "p-c@0"},
                             std::array<const char*, 3>{"p-b@0", "p-c@0", "p-d@0"}}) {
        std::array<int, 3> others{};
        for (int i = 0; i < 3; ++i)
            others[i] = in.blockOf[personIndex(in, trio[i])];
        double change = 0;
        REQUIRE(seating.compoundCost(family, others, change));
        ++priced;
        const double before = seating.cost();
        seating.moveBlock(family, 0);
        for (int b : others)
            seating.moveBlock(b, 1);
        CHECK(seating.cost() - before == doctest::Approx(change).epsilon(1e-9));
        for (int b : others)
            seating.moveBlock(b, 0);
        seating.moveBlock(family, 1);
        CHECK(seating.cost() == doctest::Approx(before).epsilon(1e-12));
    }
    CHECK(priced == 2);
}

TEST_CASE("assign groups: a pinned parent left without a bridge gets one freed from another table") {
    // Tables 0 and 1 each have a bridge, a couple who need them and a couple who do not; at table
    // 2 a pinned parent needs the same language among four single parents. Nobody has a preference
    // and every parent has the same grade, so only the language counts. The bridge of table 0 can
    // go to table 2 once its couple joins table 1, but that first trade gains nothing, no single
    // move or swap does, and no group can move to table 2 (no couple sits there to trade with).
    Session s = twoTables(3);
    for (const char* id : {"bridge@0", "need-a@0", "need-b@0", "a@0", "b@0", "bridge@1", "need-c@1",
                           "need-d@1", "c@1", "d@1", "pinned@2", "e@2", "f@2", "g@2", "h@2"})
        s.participants.push_back(person(id, Role::Parent));
    for (Participant& p : s.participants) {
        const std::string name = p.id.substr(0, p.id.find('@'));
        if (name == "bridge") p.languages = {"nl", "ar"};
        if (name.rfind("need", 0) == 0 || name == "pinned") {
            p.languages = {"ar"};
            p.languageSupport = "ar";
        }
        if (name.size() == 1 && name < "e") p.family = name < "c" ? "fam-ab" : "fam-cd";
        if (name == "need-a" || name == "need-b") p.family = "fam-need-ab";
        if (name == "need-c" || name == "need-d") p.family = "fam-need-cd";
    }
    s.assignment.seats["pinned@2"] = "t-3";
    s.assignment.pinned.push_back("pinned@2");
    const assign::Instance in = instanceOf(s);
    assign::Seating seating = seatByName(in);
    REQUIRE(seating.hard() == 0);
    REQUIRE(seating.cost() == doctest::Approx(100));
    const std::vector<bool> movable = allMovable(in);
    assign::Rng rng(7);
    assign::Budget budget{0, 1000000, nullptr, {}};

    assign::Seating othersOnly = seating;
    assign::improve(othersOnly, in, rng, movable, budget);
    CHECK_FALSE(assign::relocateLanguageGroups(othersOnly, in, rng, movable, budget));
    CHECK(othersOnly.cost() == doctest::Approx(100));

    CHECK(assign::freeLanguageBridges(seating, in, rng, movable, budget));
    CHECK(seating.hard() == 0);
    CHECK(seating.cost() == doctest::Approx(0));
    CHECK(seating.tableOfPerson(personIndex(in, "pinned@2")) == 2);
    CHECK(seating.unsupportedAt(0) + seating.unsupportedAt(1) + seating.unsupportedAt(2) == 0);
}
