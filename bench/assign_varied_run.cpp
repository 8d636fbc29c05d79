#include "assign_varied_run.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "assign_bound.h"
#include "assign_varied.h"

namespace bench {
namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Percent above the bound; a bound under one point (an evening nearly free of cost) is taken as
// one point, so a gap of a few hundredths does not read as a huge percentage.
double gap(double objective, double bound) {
    return 100.0 * (objective - bound) / std::max(1.0, bound);
}

// One mode's figures over the evenings of a size.
struct Tally {
    std::vector<double> gaps, times;
    int failed = 0;
    void add(double objective, double bound, double time) {
        gaps.push_back(gap(objective, bound));
        times.push_back(time);
    }
    void print(const char* mode, const char* unit, double scale) const {
        if (gaps.empty()) {
            std::printf("  %-9s no seating on any evening\n", mode);
            return;
        }
        double sum = 0;
        for (double g : gaps)
            sum += g;
        std::printf("  %-9s mean %+.2f %%, worst %+.2f %% above the bound; time median %.1f %s, "
                    "slowest %.1f %s, fastest %.1f %s%s\n",
                    mode, sum / static_cast<double>(gaps.size()), *std::max_element(gaps.begin(), gaps.end()),
                    median(times) * scale, unit, *std::max_element(times.begin(), times.end()) * scale, unit,
                    *std::min_element(times.begin(), times.end()) * scale, unit,
                    failed ? " (some evenings without a seating)" : "");
    }
};

struct Size {
    int people;
    int tables;
};

} // namespace

void reportVaried(const VariedRun& run) {
    const std::vector<Size> sizes = {{24, 4}, {40, 5}, {60, 6}, {100, 10}, {120, 12}, {200, 20}, {400, 40}};
    for (const Size& size : sizes) {
        if (run.only > 0 && size.people != run.only) continue;
        Tally normal, thorough;
        std::vector<double> boundTimes;
        int tight = 0, noBound = 0;
        double objectiveSum = 0;
        std::printf("%d/%d, %d varied evenings (seeds 1-%d):\n", size.people, size.tables, run.evenings,
                    run.evenings);
        for (int evening = 1; evening <= run.evenings; ++evening) {
            VariedShape shape;
            const dlg::Session session =
                variedEvening(size.people, size.tables, static_cast<std::uint64_t>(evening), &shape);
            std::vector<double> times;
            dlg::AssignResult quick;
            for (int r = 0; r < std::max(1, run.runs); ++r) {
                const auto start = Clock::now();
                quick = dlg::assignTables(session, run.options);
                times.push_back(seconds(Clock::now() - start));
            }
            const auto boundStart = Clock::now();
            PatternBound bound;
            if (run.bound) {
                bound = patternBound(session, run.options);
            } else { // gaps then read as the objective itself over a bound of 1
                bound.bound = 1;
            }
            boundTimes.push_back(seconds(Clock::now() - boundStart));
            if (!run.bound) objectiveSum += quick.objective.total;
            if (!quick.feasible || !bound.reasons.empty()) {
                ++normal.failed;
                ++noBound;
                std::printf("  evening %d: %s\n", evening,
                            !quick.feasible
                                ? (quick.reasons.empty() ? "no seating" : quick.reasons[0].c_str())
                                : bound.reasons[0].c_str());
                continue;
            }
            normal.add(quick.objective.total, bound.bound, median(times));
            double best = quick.objective.total;
            dlg::AssignResult deep;
            double deepTime = 0;
            if (run.thorough) {
                const auto start = Clock::now();
                deep = dlg::assignTables(session, dlg::thoroughOptions(run.options));
                deepTime = seconds(Clock::now() - start);
                thorough.add(deep.objective.total, bound.bound, deepTime);
                best = std::min(best, deep.objective.total);
            }
            // Seatings cost multiples of small fractions; the bound allows for GLPK's tolerance.
            if (best <= bound.bound + 1e-4 * std::max(1.0, bound.bound)) ++tight;
            if (run.details) {
                std::printf("  evening %2d: normal %8.2f (%+.2f %%, %.1f ms)", evening, quick.objective.total,
                            gap(quick.objective.total, bound.bound), 1000 * median(times));
                if (run.thorough)
                    std::printf(", thorough %8.2f (%+.2f %%, %.1f s)", deep.objective.total,
                                gap(deep.objective.total, bound.bound), deepTime);
                std::printf(", bound %.3f%s; %s\n", bound.bound, bound.converged ? "" : " (not converged)",
                            shape.describe().c_str());
            }
        }
        if (!run.bound) {
            std::printf("  normal    mean objective %.3f (no bound computed)\n",
                        objectiveSum / std::max<std::size_t>(1, normal.gaps.size()));
            continue;
        }
        normal.print("normal", "ms", 1000);
        if (run.thorough) thorough.print("thorough", "s", 1);
        std::printf("  bound: median %.1f s; the best seating found meets it (a proven optimum) on %d of "
                    "%d evenings%s\n",
                    median(boundTimes), tight, run.evenings - noBound,
                    noBound ? " (others: no seating or no bound)" : "");
    }
}

} // namespace bench
