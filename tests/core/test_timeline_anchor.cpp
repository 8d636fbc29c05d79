// Where the plan sits on the clock before and during the evening: trying the evening in the
// morning, or days before its date, must not show it as hours late or propose cutting phases.
#include <doctest/doctest.h>

#include "core/timeline/timeline.h"
#include "core/timeline/timeline_ops.h"
#include "core/timeline/timeline_state.h"
#include "test_timeline_fixture.h"

using namespace dlg;
using dlg::test::kMinute;

namespace {

constexpr std::int64_t T = dlg::test::kEvening1930Utc; // 2026-11-24 19:30 UTC
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

Plan templatePlan(const std::string& date = "2026-11-24") {
    Session session = dlg::test::templateSession();
    session.meta.date = date;
    Problems problems;
    return *planForSession(session, problems);
}

} // namespace

TEST_CASE("anchor: meta.date becomes a day number, anything else none") {
    CHECK(parseDayNumber("1970-01-01") == 0);
    CHECK(parseDayNumber("2026-11-24") == T / kDay);
    CHECK(parseDayNumber("2024-02-29") == parseDayNumber("2024-02-28").value() + 1);
    CHECK_FALSE(parseDayNumber("2026-02-29"));
    CHECK_FALSE(parseDayNumber("2026-13-01"));
    CHECK_FALSE(parseDayNumber("24-11-2026"));
    CHECK_FALSE(parseDayNumber(""));
}

TEST_CASE("anchor: at 07:04 on the day of a 19:30 evening nothing is late and nothing is cut") {
    const Plan plan = templatePlan();
    const RunLog none;
    const std::int64_t morning = T - 12 * kHour - 26 * kMinute; // 07:04
    const RunState state = deriveRunState(plan, none, {morning, 0});
    CHECK(state.plannedStart == T);
    CHECK(state.driftSeconds == 0);
    CHECK(state.lateSeconds <= 0);
    CHECK_FALSE(state.squeeze.needed());
}

TEST_CASE("anchor: an evening tried at 07:04 is early, not 694 minutes late") {
    // A stale date (last month) must not matter: the start event anchors the plan.
    const Plan plan = templatePlan("2026-10-01");
    RunLog log;
    const std::int64_t morning = T - 12 * kHour - 26 * kMinute;
    REQUIRE(startEvening(log, plan, morning).applied());
    const RunState state = deriveRunState(plan, log, {morning + kMinute, 0});
    CHECK(state.plannedStart == T);
    CHECK(state.lateSeconds < 0);
    CHECK(state.driftSeconds < 0);
    CHECK_FALSE(state.squeeze.needed());
}

TEST_CASE("anchor: days before the evening's date nothing is late, on the evening a late start is") {
    const Plan plan = templatePlan();
    const RunLog none;
    // Three days before, at 20:00: the 19:30 of that day is not the evening.
    RunState state = deriveRunState(plan, none, {T - 3 * kDay + 30 * kMinute, 0});
    CHECK(state.plannedStart == T);
    CHECK(state.driftSeconds == 0);
    CHECK_FALSE(state.squeeze.needed());
    // On the evening itself at 19:40, not started: ten minutes late, as before.
    state = deriveRunState(plan, none, {T + 10 * kMinute, 0});
    CHECK(state.plannedStart == T);
    CHECK(state.driftSeconds == 10 * kMinute);
    // Local time counts: 19:30 in CET is 18:30 UTC.
    state = deriveRunState(plan, none, {T - 3 * kDay, 3600});
    CHECK(state.plannedStart == T - kHour);
}
