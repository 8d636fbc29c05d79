// The plan on the clock, the clock-time helpers and the squeeze arithmetic.
#include <doctest/doctest.h>

#include <numeric>

#include "core/timeline/timeline.h"
#include "core/timeline/timeline_format.h"
#include "core/timeline/timeline_squeeze.h"
#include "test_timeline_fixture.h"

using namespace dlg;
using dlg::test::templatePhases;

TEST_CASE("timeline: the default draaiboek from 19:30 ends at 21:45") {
    const Plan plan = makePlan(templatePhases(), 19 * 60 + 30, std::nullopt);
    const std::vector<std::string> starts = {"19:30", "19:45", "19:50", "19:55", "20:40",
                                             "20:45", "20:55", "21:25", "21:35"};
    REQUIRE(plan.phases.size() == starts.size());
    for (std::size_t i = 0; i < starts.size(); ++i) {
        CAPTURE(i);
        CHECK(formatClockTime(plan.phases[i].startMinute) == starts[i]);
    }
    CHECK(formatClockTime(plan.phases.back().endMinute) == "21:45");
    CHECK(formatClockTime(plan.endMinute) == "21:45");
    CHECK(plan.totalMinutes == 135);
    CHECK(plan.minutesPastLatestEnd == 0);
    CHECK_FALSE(plan.squeeze.needed());
}

TEST_CASE("timeline: a plan ending after latestEnd warns and proposes a squeeze") {
    const Plan plan = makePlan(templatePhases(), 19 * 60 + 30, 21 * 60 + 30);
    CHECK(plan.minutesPastLatestEnd == 15);
    REQUIRE(plan.squeeze.needed());
    CHECK(plan.squeeze.neededMinutes == 15);
    // Slack 5,15,5,10,5 of 40; shares 1.875,5.625,1.875,3.75,1.875 -> 2,5,2,4,2 by largest remainder.
    REQUIRE(plan.squeeze.changes.size() == 5);
    const std::vector<std::pair<std::string, int>> expected = {
        {"ph-01", 13}, {"ph-04", 40}, {"ph-06", 8}, {"ph-07", 26}, {"ph-08", 8}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(plan.squeeze.changes[i].phaseId == expected[i].first);
        CHECK(plan.squeeze.changes[i].toMinutes == expected[i].second);
    }
    CHECK(plan.squeeze.cutMinutes() == 15);
    CHECK(plan.squeeze.stillLateMinutes == 0);
}

TEST_CASE("timeline: a plan that passes midnight wraps the clock without crashing") {
    const Plan plan = makePlan(templatePhases(), 23 * 60 + 30, 0 * 60 + 30);
    CHECK(formatClockTime(plan.phases[3].startMinute) == "23:55");
    CHECK(formatClockTime(plan.phases[4].startMinute, true) == "00:40+1d");
    CHECK(formatClockTime(plan.endMinute) == "01:45");
    CHECK(formatClockTime(plan.endMinute, true) == "01:45+1d");
    CHECK(dayOfMinute(plan.endMinute) == 1);
    CHECK(dayOfMinute(plan.startMinute) == 0);
    REQUIRE(plan.latestEndMinute);
    CHECK(*plan.latestEndMinute == 24 * 60 + 30); // 00:30 is read as the next day
    CHECK(plan.minutesPastLatestEnd == 75);
    // 75 minutes needed, only 40 minutes of slack.
    CHECK(plan.squeeze.cutMinutes() == 40);
    CHECK(plan.squeeze.stillLateMinutes == 35);
}

TEST_CASE("timeline: a latest end shortly before the start is a late plan, not the next day") {
    const Plan plan = makePlan(templatePhases(), 22 * 60, 21 * 60 + 45);
    REQUIRE(plan.latestEndMinute);
    CHECK(*plan.latestEndMinute == 21 * 60 + 45);
    CHECK(plan.minutesPastLatestEnd == 15 + 135);
}

TEST_CASE("timeline: planForSession names the bad field") {
    Session session;
    session.phases = templatePhases();
    session.meta.start = "7.30";
    Problems problems;
    CHECK_FALSE(planForSession(session, problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "meta.start");
    CHECK(problems[0].message.find("7.30") != std::string::npos);

    problems.clear();
    session.meta.start = "19:00";
    session.meta.latestEnd = "late";
    const auto plan = planForSession(session, problems);
    REQUIRE(plan);
    CHECK(formatClockTime(plan->endMinute) == "21:15");
    CHECK_FALSE(plan->latestEndMinute);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "meta.latestEnd");

    problems.clear();
    const auto overridden = planForSession(session, problems, 20 * 60);
    REQUIRE(overridden);
    CHECK(formatClockTime(overridden->endMinute) == "22:15");
}

TEST_CASE("timeline: parseClockTime accepts HH:MM only") {
    CHECK(parseClockTime("19:30") == 19 * 60 + 30);
    CHECK(parseClockTime("00:00") == 0);
    CHECK(parseClockTime("23:59") == 23 * 60 + 59);
    CHECK_FALSE(parseClockTime("7:30"));
    CHECK_FALSE(parseClockTime("24:00"));
    CHECK_FALSE(parseClockTime("19:60"));
    CHECK_FALSE(parseClockTime("19-30"));
    CHECK_FALSE(parseClockTime("ab:cd"));
    CHECK_FALSE(parseClockTime(""));
    CHECK_FALSE(parseClockTime("19:300"));
}

TEST_CASE("timeline: countdown, overrun, drift and clock formats") {
    CHECK(formatMinutesSeconds(0) == "00:00");
    CHECK(formatMinutesSeconds(61) == "01:01");
    CHECK(formatMinutesSeconds(75 * 60) == "75:00");
    CHECK(formatRemaining(299) == "04:59");
    CHECK(formatRemaining(-192) == "+03:12");
    CHECK(formatSigned(300) == "+05:00");
    CHECK(formatSigned(-150) == "-02:30");
    CHECK(formatSigned(0) == "00:00");
    CHECK(formatDuration(3599) == "59:59");
    CHECK(formatDuration(-3600) == "1:00:00");
    CHECK(formatDuration(5 * 3600 + 58 * 60 + 57) == "5:58:57"); // started six hours early
    CHECK(formatClockTime(19 * 60 + 5) == "19:05");
    CHECK(formatClockTime(-15) == "23:45");
    CHECK(formatClockTimeAt(dlg::test::kEvening1930Utc, 0) == "19:30");
    CHECK(formatClockTimeAt(dlg::test::kEvening1930Utc, 3600) == "20:30");
    CHECK(formatClockTimeAt(dlg::test::kEvening1930Utc + 5 * 3600, 0) == "00:30");
    CHECK(formatClockTimeAt(-60, 0) == "23:59");
}

TEST_CASE("squeeze: without enough slack every candidate drops to its minimum") {
    const std::vector<SqueezeCandidate> candidates = {{2, "a", "A", 20 * 60, 15}, {5, "b", "B", 10 * 60, 7}};
    const SqueezeProposal proposal = proposeSqueeze(candidates, 10 * 60);
    CHECK(proposal.neededMinutes == 10);
    REQUIRE(proposal.changes.size() == 2);
    CHECK(proposal.changes[0].phaseIndex == 2);
    CHECK(proposal.changes[0].toMinutes == 15);
    CHECK(proposal.changes[1].toMinutes == 7);
    CHECK(proposal.stillLateMinutes == 2);
}

TEST_CASE("squeeze: part of a minute late needs a whole minute, on time needs nothing") {
    const std::vector<SqueezeCandidate> candidates = {{0, "a", "A", 20 * 60, 10}};
    CHECK(proposeSqueeze(candidates, 30).neededMinutes == 1);
    CHECK(proposeSqueeze(candidates, 30).changes.at(0).toMinutes == 19);
    CHECK_FALSE(proposeSqueeze(candidates, 0).needed());
    CHECK(proposeSqueeze(candidates, -600).changes.empty());
    CHECK(proposeSqueeze({}, 600).stillLateMinutes == 10);
}

TEST_CASE("squeeze: cuts always sum to the need, respect minimums and follow slack") {
    const std::vector<SqueezeCandidate> candidates = {{0, "a", "A", 45 * 60, 30},
                                                      {1, "b", "B", 10 * 60, 10},
                                                      {2, "c", "C", 30 * 60, 20},
                                                      {3, "d", "D", 7 * 60, 5}};
    const int totalSlack = 15 + 0 + 10 + 2;
    for (int late = 1; late <= 40; ++late) {
        CAPTURE(late);
        const SqueezeProposal proposal = proposeSqueeze(candidates, late * 60);
        const int cut = proposal.cutMinutes();
        CHECK(cut == std::min(late, totalSlack));
        CHECK(proposal.stillLateMinutes == std::max(0, late - totalSlack));
        int cutA = 0;
        int cutC = 0;
        for (const SqueezeChange& change : proposal.changes) {
            CHECK(change.phaseId != "b"); // no slack: never touched
            CHECK(change.cutMinutes > 0);
            CHECK(change.toMinutes == change.fromMinutes - change.cutMinutes);
            const int minimum = change.phaseId == "a" ? 30 : change.phaseId == "c" ? 20 : 5;
            CHECK(change.toMinutes >= minimum);
            if (change.phaseId == "a") cutA = change.cutMinutes;
            if (change.phaseId == "c") cutC = change.cutMinutes;
        }
        // Proportional: a has 1.5 times the slack of c, so it never loses less.
        CHECK(cutA >= cutC);
    }
}
