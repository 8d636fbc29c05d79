// Carrying actions over from an earlier evening (core/action_carry.h).
#include <doctest/doctest.h>

#include <set>

#include "core/report/action_carry.h"

namespace dlg {
namespace {

Action action(const std::string& id, const std::string& title, ActionStatus status) {
    Action a;
    a.id = id;
    a.title = title;
    a.status = status;
    return a;
}

} // namespace

TEST_CASE("action carry: copies keep status and updates, clashing ids get a fresh one") {
    std::vector<Action> current = {action("a-01", "Inloopochtend", ActionStatus::Proposed)};
    Action earlierClash = action("a-01", "Huiswerkklas", ActionStatus::InProgress);
    earlierClash.updates = {{"2026-01-10", "Eerste les gegeven", Json::object()}};
    Action earlierFree = action("a-07", "Nieuwsbrief per thema", ActionStatus::Done);

    const CarryResult result = carryActions(current, {earlierClash, earlierFree}, "Avond 1 (2025-11-20)");
    REQUIRE(result.added.size() == 2);
    CHECK(result.renamed == 1);
    CHECK(result.skipped == 0);

    const Action& renamed = result.added[0];
    CHECK(renamed.id != "a-01");
    CHECK(renamed.id != "a-07");
    CHECK(renamed.title == "Huiswerkklas");
    CHECK((renamed.status == ActionStatus::InProgress));
    REQUIRE(renamed.updates.size() == 1);
    CHECK(renamed.updates[0].text == "Eerste les gegeven");
    CHECK(renamed.unknownKeys[kCarriedFromKey]["session"] == "Avond 1 (2025-11-20)");
    CHECK(renamed.unknownKeys[kCarriedFromKey]["id"] == "a-01");

    CHECK(result.added[1].id == "a-07");
    CHECK((result.added[1].status == ActionStatus::Done));
}

TEST_CASE("action carry: importing the same evening twice adds nothing the second time") {
    std::vector<Action> current = {action("a-01", "Inloopochtend", ActionStatus::Proposed)};
    const std::vector<Action> earlier = {action("a-01", "Huiswerkklas", ActionStatus::Planned),
                                         action("a-02", "Koffieochtend", ActionStatus::Done)};
    const CarryResult first = carryActions(current, earlier, "Avond 1");
    current.insert(current.end(), first.added.begin(), first.added.end());
    REQUIRE(current.size() == 3);

    const CarryResult second = carryActions(current, earlier, "Avond 1");
    CHECK(second.added.empty());
    CHECK(second.skipped == 2);
}

TEST_CASE("action carry: ids stay unique when several earlier actions clash") {
    std::vector<Action> current = {action("a-01", "x", ActionStatus::Proposed),
                                   action("a-02", "y", ActionStatus::Proposed)};
    const std::vector<Action> earlier = {action("a-01", "p", ActionStatus::Proposed),
                                         action("a-02", "q", ActionStatus::Proposed),
                                         action("a-03", "r", ActionStatus::Proposed)};
    const CarryResult result = carryActions(current, earlier, "Avond 1");
    REQUIRE(result.added.size() == 3);
    std::set<std::string> ids = {"a-01", "a-02"};
    for (const Action& added : result.added)
        CHECK_MESSAGE(ids.insert(added.id).second, "duplicate id " << added.id);
    // a-01 becomes a-03, so the earlier a-03 clashes with that copy and moves on as well.
    CHECK(result.renamed == 3);
}

TEST_CASE("action carry: the label of an evening") {
    Session s;
    CHECK(sessionLabel(s, "oud.json") == "oud.json");
    s.meta.title = "Ouderavond";
    s.meta.date = "2025-11-20";
    CHECK(sessionLabel(s, "oud.json") == "Ouderavond (2025-11-20)");
}

} // namespace dlg
