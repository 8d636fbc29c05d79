// The countdown's colour thresholds (amber near the end, red in the last half minute and over
// time) and the per-phase "countdown on the projector" flag in the session file.
#include <doctest/doctest.h>

#include "core/model/session_file.h"
#include "core/model/session_json.h"
#include "core/timeline/countdown_level.h"

using namespace dlg;

TEST_CASE("countdown level: amber from two minutes (a fifth of a short phase), red from 30 s and over time") {
    constexpr std::int64_t kHalfHour = 30 * 60;
    CHECK(countdownLevel(kHalfHour, kHalfHour) == CountdownLevel::Normal);
    CHECK(countdownLevel(121, kHalfHour) == CountdownLevel::Normal);
    CHECK(countdownLevel(120, kHalfHour) == CountdownLevel::Warning);
    CHECK(countdownLevel(31, kHalfHour) == CountdownLevel::Warning);
    CHECK(countdownLevel(30, kHalfHour) == CountdownLevel::Danger);
    CHECK(countdownLevel(0, kHalfHour) == CountdownLevel::Danger);
    CHECK(countdownLevel(-1, kHalfHour) == CountdownLevel::Over);
    // A five-minute phase turns amber at 1:00, not after 40 % of it.
    CHECK(countdownLevel(61, 300) == CountdownLevel::Normal);
    CHECK(countdownLevel(60, 300) == CountdownLevel::Warning);
}

TEST_CASE("session io: a phase's showCountdown is kept, and a file without it shows the countdown") {
    Session session;
    session.meta.title = "Avond";
    Phase shown;
    shown.id = "ph-1";
    shown.title = "Dialoog";
    shown.plannedMinutes = 45;
    Phase hidden = shown;
    hidden.id = "ph-2";
    hidden.showCountdown = false;
    session.phases = {shown, hidden};
    Json document = Json::parse(serializeSession(session));
    CHECK(document["phases"][1]["showCountdown"] == false);
    Problems problems;
    Session back = sessionFromJson(document, problems);
    REQUIRE(back.phases.size() == 2);
    CHECK(back.phases[0].showCountdown);
    CHECK_FALSE(back.phases[1].showCountdown);
    document["phases"][1].erase("showCountdown"); // a file from before the flag existed
    back = sessionFromJson(document, problems);
    CHECK(back.phases[1].showCountdown);
}
