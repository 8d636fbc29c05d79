// How long one frame's deriveRunState takes as the run log grows. The presenter view calls it
// once per redraw, so it must stay far below a frame (16 ms) even for an absurdly busy evening.
#include <chrono>
#include <cstdio>

#include "core/timeline/timeline.h"
#include "core/timeline/timeline_ops.h"
#include "core/timeline/timeline_state.h"

using namespace dlg;

namespace {

std::vector<Phase> phases() {
    std::vector<Phase> result;
    const int minutes[] = {15, 5, 5, 45, 5, 10, 30, 10, 10};
    for (int i = 0; i < 9; ++i) {
        Phase phase;
        phase.id = "ph-0" + std::to_string(i + 1);
        phase.plannedMinutes = minutes[i];
        phase.flexible = minutes[i] >= 10;
        phase.minimumMinutes = minutes[i] / 2;
        result.push_back(phase);
    }
    return result;
}

// A log of about `events` entries: pauses, adjustments and back-and-forth between phases.
RunLog busyLog(const Plan& plan, int events, std::int64_t start) {
    RunLog log;
    startEvening(log, plan, start);
    std::int64_t now = start;
    for (int i = 0; static_cast<int>(log.events.size()) < events; ++i) {
        now += 7;
        switch (i % 5) {
        case 0:
            pauseClock(log, plan, now);
            break;
        case 1:
            resumeClock(log, plan, now);
            break;
        case 2:
            adjustCurrentPhase(log, plan, 60, now);
            break;
        case 3:
            nextPhase(log, plan, now);
            break;
        default:
            previousPhase(log, plan, now);
            break;
        }
    }
    return log;
}

} // namespace

int main() {
    const Plan plan = makePlan(phases(), 19 * 60 + 30, 21 * 60 + 45);
    const std::int64_t start = 1795548600;
    std::printf("%10s %14s\n", "events", "us per derive");
    for (int events : {10, 100, 1000, 10000}) {
        const RunLog log = busyLog(plan, events, start);
        const int repeats = 200000 / events + 10;
        std::int64_t checksum = 0;
        const auto begin = std::chrono::steady_clock::now();
        for (int r = 0; r < repeats; ++r)
            checksum += deriveRunState(plan, log, {start + 3600 + r, 3600}).remainingSeconds;
        const auto elapsed = std::chrono::steady_clock::now() - begin;
        const double micros = std::chrono::duration<double, std::micro>(elapsed).count() / repeats;
        std::printf("%10zu %14.2f   (checksum %lld)\n", log.events.size(), micros,
                    static_cast<long long>(checksum));
    }
    return 0;
}
