// Crash safety: the run lives only in the session's run log, so a session saved mid-evening and
// loaded again gives the same phase and remaining time at a later `now`.
#include <doctest/doctest.h>

#include "core/model/session_file.h"
#include "core/model/session_json.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_ops.h"
#include "core/timeline/timeline_state.h"
#include "test_timeline_fixture.h"

using namespace dlg;
using dlg::test::kMinute;

namespace {

constexpr std::int64_t T = dlg::test::kEvening1930Utc;

// 19:30 start, 19:45 next, +5 min, 19:50-19:53 paused, a squeeze at 19:55; saved at 19:56.
Session eveningInProgress(const Plan& plan) {
    Session session = dlg::test::templateSession();
    RunLog& log = session.run;
    REQUIRE(startEvening(log, plan, T).applied());
    REQUIRE(nextPhase(log, plan, T + 15 * kMinute).applied());
    REQUIRE(adjustCurrentPhase(log, plan, 300, T + 16 * kMinute).applied());
    REQUIRE(pauseClock(log, plan, T + 20 * kMinute).applied());
    REQUIRE(resumeClock(log, plan, T + 23 * kMinute).applied());
    const RunState state = deriveRunState(plan, log, {T + 25 * kMinute, 0});
    REQUIRE(state.squeeze.needed());
    REQUIRE(applySqueeze(log, plan, state.squeeze, T + 25 * kMinute).applied());
    return session;
}

} // namespace

TEST_CASE("restart: a session saved mid-evening resumes with the same phase and remaining time") {
    Problems problems;
    const Session original = dlg::test::templateSession();
    const auto plan = planForSession(original, problems);
    REQUIRE(plan);
    const Session running = eveningInProgress(*plan);

    const std::string saved = serializeSession(running);
    const LoadResult loaded = loadSessionText(saved, "avond.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    const Session& restarted = *loaded.session;
    REQUIRE(restarted.run.events.size() == running.run.events.size());

    // The program comes back 10 minutes after the save, at 20:06.
    const std::int64_t later = T + 36 * kMinute;
    const auto replanned = planForSession(restarted, problems);
    REQUIRE(replanned);
    const RunState state = deriveRunState(*replanned, restarted.run, {later, 0});
    REQUIRE(state.status == RunStatus::Running);
    REQUIRE(state.current);
    CHECK(restarted.phases[*state.current].id == "ph-02");
    // ph-02: 5 planned + 5 extra = 10 minutes; ran 19:45-19:50 and 19:53-20:06 = 18 minutes.
    CHECK(state.elapsedSeconds == 18 * kMinute);
    CHECK(state.remainingSeconds == -8 * kMinute);
    CHECK(state.pausedSeconds == 3 * kMinute);
    // At 19:55 the phase had 3 minutes left (ends 19:58), then 115 planned minutes: 21:53, 8 late.
    CHECK(state.phases[3].durationSeconds + state.phases[5].durationSeconds +
              state.phases[6].durationSeconds + state.phases[7].durationSeconds ==
          (45 + 10 + 30 + 10 - 8) * kMinute);

    const RunState before = deriveRunState(*plan, running.run, {later, 0});
    CHECK(before.current == state.current);
    CHECK(before.remainingSeconds == state.remainingSeconds);
    CHECK(before.projectedEnd == state.projectedEnd);
    CHECK(before.driftSeconds == state.driftSeconds);
}

TEST_CASE("restart: the run log also round-trips through sessionToJson and sessionFromJson") {
    Problems problems;
    const auto plan = planForSession(dlg::test::templateSession(), problems);
    REQUIRE(plan);
    Session running = eveningInProgress(*plan);
    REQUIRE(pauseClock(running.run, *plan, T + 26 * kMinute).applied());

    const Json document = sessionToJson(running);
    Problems readProblems;
    const Session restarted = sessionFromJson(document, readProblems);
    CHECK(readProblems.empty());
    const RunState state = deriveRunState(*plan, restarted.run, {T + 90 * kMinute, 0});
    CHECK(state.status == RunStatus::Paused);
    CHECK(*state.current == 1);
    // Still paused since 19:56: the phase ran 5 + 3 minutes and has 2 of its 10 left.
    CHECK(state.elapsedSeconds == 8 * kMinute);
    CHECK(state.remainingSeconds == 2 * kMinute);
}
