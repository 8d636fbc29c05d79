// The run clock with an injected clock: every operation, pauses, adjustments, overrun, drift,
// projected end and planned-vs-actual. T is 19:30 UTC; the local offset is 0 unless a test says.
#include <doctest/doctest.h>

#include "core/timeline/timeline.h"
#include "core/timeline/timeline_ops.h"
#include "core/timeline/timeline_state.h"
#include "test_timeline_fixture.h"

using namespace dlg;
using dlg::test::kMinute;

namespace {

constexpr std::int64_t T = dlg::test::kEvening1930Utc;

struct Evening {
    Plan plan = makePlan(dlg::test::templatePhases(), 19 * 60 + 30, 21 * 60 + 45);
    RunLog log;

    RunState at(std::int64_t now, int utcOffset = 0) const {
        return deriveRunState(plan, log, {now, utcOffset});
    }
};

} // namespace

TEST_CASE("run: start puts the first phase on the clock") {
    Evening evening;
    CHECK(evening.at(T).status == RunStatus::NotStarted);
    CHECK(nextPhase(evening.log, evening.plan, T).refusal == RunRefusal::NotStarted);
    CHECK(pauseClock(evening.log, evening.plan, T).refusal == RunRefusal::NotStarted);
    CHECK(evening.log.events.empty());

    REQUIRE(startEvening(evening.log, evening.plan, T).applied());
    CHECK(startEvening(evening.log, evening.plan, T + 5).refusal == RunRefusal::AlreadyStarted);
    CHECK(evening.log.events.size() == 1);

    const RunState state = evening.at(T + 4 * kMinute);
    CHECK(state.status == RunStatus::Running);
    REQUIRE(state.current);
    CHECK(*state.current == 0);
    CHECK(state.elapsedSeconds == 4 * kMinute);
    CHECK(state.durationSeconds == 15 * kMinute);
    CHECK(state.remainingSeconds == 11 * kMinute);
    CHECK_FALSE(state.overrun());
    CHECK(state.startedAt == T);
}

TEST_CASE("run: start with no phases is refused") {
    const Plan empty = makePlan({}, 19 * 60, std::nullopt);
    RunLog log;
    CHECK(startEvening(log, empty, T).refusal == RunRefusal::NoPhases);
    CHECK(log.events.empty());
}

TEST_CASE("run: next moves on and closes the phase, next on the last phase finishes") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    REQUIRE(nextPhase(evening.log, evening.plan, T + 15 * kMinute).applied());
    RunState state = evening.at(T + 16 * kMinute);
    CHECK(*state.current == 1);
    CHECK(state.elapsedSeconds == kMinute);
    CHECK(state.phases[0].actualSeconds == 15 * kMinute);
    CHECK(state.phases[0].actualEnd == T + 15 * kMinute);
    CHECK_FALSE(state.phases[1].actualEnd);

    REQUIRE(jumpToPhase(evening.log, evening.plan, "ph-09", T + 20 * kMinute).applied());
    const RunChange last = nextPhase(evening.log, evening.plan, T + 30 * kMinute);
    CHECK(last.applied());
    CHECK(last.finishedEvening);
    state = evening.at(T + 40 * kMinute);
    CHECK(state.status == RunStatus::Finished);
    CHECK_FALSE(state.current);
    CHECK(state.finishedAt == T + 30 * kMinute);
    CHECK(state.projectedEnd == T + 30 * kMinute);
    CHECK(nextPhase(evening.log, evening.plan, T + 41 * kMinute).refusal == RunRefusal::Finished);
    CHECK(startEvening(evening.log, evening.plan, T + 41 * kMinute).refusal == RunRefusal::Finished);
}

TEST_CASE("run: previous goes back and the phase's time continues where it left off") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    CHECK(previousPhase(evening.log, evening.plan, T + kMinute).refusal == RunRefusal::AtFirstPhase);
    nextPhase(evening.log, evening.plan, T + 10 * kMinute);
    REQUIRE(previousPhase(evening.log, evening.plan, T + 12 * kMinute).applied());
    const RunState state = evening.at(T + 13 * kMinute);
    CHECK(*state.current == 0);
    CHECK(state.elapsedSeconds == 11 * kMinute); // 10 minutes, then 1 more after coming back
    CHECK(state.remainingSeconds == 4 * kMinute);
    CHECK(state.phases[0].visits == 2);
    CHECK(state.phases[1].actualSeconds == 2 * kMinute);
}

TEST_CASE("run: jump goes to any phase by id") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    CHECK(jumpToPhase(evening.log, evening.plan, "ph-99", T + 1).refusal == RunRefusal::UnknownPhase);
    CHECK(jumpToPhase(evening.log, evening.plan, "ph-01", T + 1).refusal == RunRefusal::AlreadyCurrent);
    REQUIRE(jumpToPhase(evening.log, evening.plan, "ph-04", T + 2 * kMinute).applied());
    const RunState state = evening.at(T + 3 * kMinute);
    CHECK(*state.current == 3);
    CHECK(state.remainingSeconds == 44 * kMinute);
    CHECK_FALSE(state.phases[1].actualStart); // skipped phases were never visited
}

TEST_CASE("run: pause and resume exclude the pause from the phase") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    CHECK(resumeClock(evening.log, evening.plan, T + kMinute).refusal == RunRefusal::NotPaused);
    REQUIRE(pauseClock(evening.log, evening.plan, T + 5 * kMinute).applied());
    CHECK(pauseClock(evening.log, evening.plan, T + 6 * kMinute).refusal == RunRefusal::AlreadyPaused);

    RunState paused = evening.at(T + 9 * kMinute);
    CHECK(paused.status == RunStatus::Paused);
    CHECK(paused.elapsedSeconds == 5 * kMinute);
    CHECK(paused.pausedSince == T + 5 * kMinute);
    CHECK(paused.pausedSeconds == 4 * kMinute);

    REQUIRE(resumeClock(evening.log, evening.plan, T + 10 * kMinute).applied());
    const RunState state = evening.at(T + 12 * kMinute);
    CHECK(state.status == RunStatus::Running);
    CHECK(state.elapsedSeconds == 7 * kMinute);
    CHECK(state.remainingSeconds == 8 * kMinute);
    CHECK(state.pausedSeconds == 5 * kMinute);
    CHECK_FALSE(state.pausedSince);
}

TEST_CASE("run: a pause spanning a phase change counts for neither phase") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    pauseClock(evening.log, evening.plan, T + 5 * kMinute);
    REQUIRE(nextPhase(evening.log, evening.plan, T + 8 * kMinute).applied());
    CHECK(evening.at(T + 9 * kMinute).status == RunStatus::Paused); // the pause carries over
    CHECK(evening.at(T + 9 * kMinute).elapsedSeconds == 0);
    resumeClock(evening.log, evening.plan, T + 10 * kMinute);
    const RunState state = evening.at(T + 11 * kMinute);
    CHECK(*state.current == 1);
    CHECK(state.phases[0].actualSeconds == 5 * kMinute);
    CHECK(state.phases[0].actualEnd == T + 8 * kMinute);
    CHECK(state.phases[1].actualStart == T + 8 * kMinute);
    CHECK(state.elapsedSeconds == kMinute);
    CHECK(state.remainingSeconds == 4 * kMinute);
    CHECK(state.pausedSeconds == 5 * kMinute);
}

TEST_CASE("run: extend and shorten change the current phase only") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    REQUIRE(adjustCurrentPhase(evening.log, evening.plan, 300, T + kMinute).applied());
    REQUIRE(adjustCurrentPhase(evening.log, evening.plan, -60, T + 2 * kMinute).applied());
    RunState state = evening.at(T + 3 * kMinute);
    CHECK(state.durationSeconds == 19 * kMinute);
    CHECK(state.remainingSeconds == 16 * kMinute);
    CHECK(state.phases[0].adjustedSeconds == 240);
    CHECK(state.phases[1].durationSeconds == 5 * kMinute);

    CHECK(adjustCurrentPhase(evening.log, evening.plan, 0, T + 4 * kMinute).refusal ==
          RunRefusal::NothingToAdjust);
    nextPhase(evening.log, evening.plan, T + 4 * kMinute);
    // Shortening more than the phase lasts stops at 0, so one +60 afterwards gives one minute.
    REQUIRE(adjustCurrentPhase(evening.log, evening.plan, -600, T + 4 * kMinute).applied());
    CHECK(evening.at(T + 4 * kMinute).durationSeconds == 0);
    CHECK(adjustCurrentPhase(evening.log, evening.plan, -60, T + 4 * kMinute).refusal ==
          RunRefusal::NothingToAdjust);
    adjustCurrentPhase(evening.log, evening.plan, 60, T + 4 * kMinute);
    state = evening.at(T + 4 * kMinute);
    CHECK(state.durationSeconds == kMinute);
    CHECK(state.phases[0].durationSeconds == 19 * kMinute); // the first phase kept its own
}

TEST_CASE("run: a phase past its time shows an overrun") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    const RunState state = evening.at(T + 17 * kMinute);
    CHECK(state.remainingSeconds == -2 * kMinute);
    CHECK(state.overrun());
}

TEST_CASE("run: drift is behind after a late start and ahead after an early next") {
    Evening late;
    startEvening(late.log, late.plan, T + 5 * kMinute);
    RunState state = late.at(T + 10 * kMinute);
    CHECK(state.plannedStart == T);
    CHECK(state.driftSeconds == 5 * kMinute); // first phase now ends 19:50 instead of 19:45
    CHECK(state.projectedEnd == T + 140 * kMinute);
    CHECK(state.lateSeconds == 5 * kMinute);

    Evening early;
    startEvening(early.log, early.plan, T);
    nextPhase(early.log, early.plan, T + 10 * kMinute);
    state = early.at(T + 10 * kMinute);
    CHECK(state.driftSeconds == -5 * kMinute); // second phase ends 19:45 instead of 19:50
    CHECK(state.projectedEnd == T + 130 * kMinute);
    REQUIRE(state.phases[2].projectedStart);
    CHECK(*state.phases[2].projectedStart == T + 15 * kMinute);
}

TEST_CASE("run: projected end grows with an overrun and with a pause") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    RunState state = evening.at(T + 20 * kMinute); // 5 minutes over in the first phase
    CHECK(state.projectedEnd == T + 140 * kMinute);
    CHECK(state.driftSeconds == 5 * kMinute);

    pauseClock(evening.log, evening.plan, T + 20 * kMinute);
    nextPhase(evening.log, evening.plan, T + 20 * kMinute);
    state = evening.at(T + 30 * kMinute);
    CHECK(state.projectedEnd == T + 150 * kMinute); // 10 paused minutes on top
    CHECK(state.driftSeconds == 15 * kMinute);
}

TEST_CASE("run: before the start the plan is anchored at the planned start") {
    Evening evening;
    RunState state = evening.at(T - 10 * kMinute);
    CHECK(state.plannedStart == T);
    CHECK(state.projectedEnd == T + 135 * kMinute);
    CHECK(state.driftSeconds == 0);
    CHECK_FALSE(state.squeeze.needed());

    // 19:40 and not started: everything shifts by 10 minutes; all flexible phases may give.
    state = evening.at(T + 10 * kMinute);
    CHECK(state.driftSeconds == 10 * kMinute);
    CHECK(state.projectedEnd == T + 145 * kMinute);
    CHECK(state.squeeze.neededMinutes == 10);
    CHECK(state.squeeze.cutMinutes() == 10);

    // With a local offset of +1h, 19:30 local is 18:30 UTC.
    CHECK(evening.at(T - 2 * kMinute, 3600).plannedStart == T - 60 * kMinute);
    CHECK(nearestLocalTime(19 * 60 + 30, T + 11 * 3600, 0) == T);
    CHECK(nearestLocalTime(19 * 60 + 30, T - 11 * 3600, 0) == T);
}

TEST_CASE("run: squeeze with enough slack holds the end time and survives in the log") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    nextPhase(evening.log, evening.plan, T + 25 * kMinute); // 10 minutes late
    RunState state = evening.at(T + 25 * kMinute);
    CHECK(state.lateSeconds == 10 * kMinute);
    const SqueezeProposal& proposal = state.squeeze;
    CHECK(proposal.neededMinutes == 10);
    CHECK(proposal.stillLateMinutes == 0);
    // Later flexible phases: slack 15,5,10,5 of 35 -> shares 4.29,1.43,2.86,1.43 -> 4,2,3,1.
    REQUIRE(proposal.changes.size() == 4);
    CHECK(proposal.changes[0].phaseId == "ph-04");
    CHECK(proposal.changes[0].toMinutes == 41);
    CHECK(proposal.changes[1].phaseId == "ph-06");
    CHECK(proposal.changes[1].toMinutes == 8);
    CHECK(proposal.changes[2].phaseId == "ph-07");
    CHECK(proposal.changes[2].toMinutes == 27);
    CHECK(proposal.changes[3].phaseId == "ph-08");
    CHECK(proposal.changes[3].toMinutes == 9);

    REQUIRE(applySqueeze(evening.log, evening.plan, proposal, T + 25 * kMinute).applied());
    state = evening.at(T + 25 * kMinute);
    CHECK(state.projectedEnd == T + 135 * kMinute);
    CHECK(state.lateSeconds == 0);
    CHECK_FALSE(state.squeeze.needed());
    CHECK(state.phases[3].durationSeconds == 41 * kMinute);
    CHECK(applySqueeze(evening.log, evening.plan, state.squeeze, T + 26 * kMinute).refusal ==
          RunRefusal::NothingToSqueeze);
}

TEST_CASE("run: squeeze without enough slack keeps minimums and says how late") {
    Evening evening;
    evening.plan = makePlan(dlg::test::templatePhases(), 19 * 60 + 30, 21 * 60);
    startEvening(evening.log, evening.plan, T);
    nextPhase(evening.log, evening.plan, T + 25 * kMinute);
    const RunState state = evening.at(T + 25 * kMinute);
    CHECK(state.lateSeconds == 55 * kMinute); // projected 21:55, latest 21:00
    CHECK(state.squeeze.neededMinutes == 55);
    CHECK(state.squeeze.cutMinutes() == 35);
    CHECK(state.squeeze.stillLateMinutes == 20);
    for (const SqueezeChange& change : state.squeeze.changes) {
        CAPTURE(change.phaseId);
        CHECK(change.toMinutes == evening.plan.phases[change.phaseIndex].minimumMinutes);
        CHECK(change.phaseIndex > 1); // never the current or an earlier phase
    }
}

TEST_CASE("run: planned versus actual keeps first start and last end of a revisited phase") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    nextPhase(evening.log, evening.plan, T + 15 * kMinute);
    nextPhase(evening.log, evening.plan, T + 20 * kMinute);
    previousPhase(evening.log, evening.plan, T + 22 * kMinute);
    nextPhase(evening.log, evening.plan, T + 25 * kMinute);
    finishEvening(evening.log, evening.plan, T + 30 * kMinute);
    const RunState state = evening.at(T + 60 * kMinute);
    const PhaseRun& second = state.phases[1];
    CHECK(second.visits == 2);
    CHECK(second.actualStart == T + 15 * kMinute);
    CHECK(second.actualEnd == T + 25 * kMinute);
    CHECK(second.actualSeconds == 8 * kMinute); // 5 + 3
    CHECK(state.phases[2].actualSeconds == 7 * kMinute);
    CHECK(state.phases[2].actualEnd == T + 30 * kMinute);
    CHECK(state.driftSeconds == (30 - 135) * kMinute);
}

TEST_CASE("run: a clock set back or unknown events do not break the replay") {
    Evening evening;
    startEvening(evening.log, evening.plan, T);
    evening.log.events.push_back({T - 3600, "goto", "ph-02", 0, Json::object()}); // stamped in the past
    evening.log.events.push_back({T + 60, "dance", "", 0, Json::object()});
    evening.log.events.push_back({T + 60, "goto", "ph-gone", 0, Json::object()});
    const RunState state = evening.at(T - 7200); // a now before the log is read as the last event
    CHECK(state.ignoredEvents == 2);
    CHECK(*state.current == 1);
    CHECK(state.now == T + 60);
    CHECK(state.phases[0].actualSeconds == 0);
    CHECK(state.elapsedSeconds == 60);
    // New events never go back before the last one either.
    nextPhase(evening.log, evening.plan, T - 100);
    CHECK(evening.log.events.back().at == T + 60);
}
