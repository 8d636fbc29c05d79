#include "assign_varied_run.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "assign_bound.h"
#include "assign_varied.h"

namespace bench {
namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

// Processor time of the whole process since `start` (all threads): on a machine shared with other
// work the wall clock stretches, this does not, and for one search it is the time on an idle core.
double cpuSeconds(std::clock_t start) {
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
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

// Parents left without a language bridge: one of them costs as much as a hundred preference
// points, so they explain most large gaps.
int unbridged(const dlg::AssignResult& result) {
    int count = 0;
    for (const dlg::TableReport& table : result.tables)
        count += table.unsupported;
    return count;
}

// One mode's figures over the evenings of a size.
struct Tally {
    std::vector<double> gaps, times, processor;
    int failed = 0;
    void add(double objective, double bound, double time, double cpu) {
        gaps.push_back(gap(objective, bound));
        times.push_back(time);
        processor.push_back(cpu);
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
                    "slowest %.1f %s, fastest %.1f %s; processor time median %.1f %s, slowest %.1f %s%s\n",
                    mode, sum / static_cast<double>(gaps.size()), *std::max_element(gaps.begin(), gaps.end()),
                    median(times) * scale, unit, *std::max_element(times.begin(), times.end()) * scale, unit,
                    *std::min_element(times.begin(), times.end()) * scale, unit, median(processor) * scale,
                    unit, *std::max_element(processor.begin(), processor.end()) * scale, unit,
                    failed ? " (some evenings without a seating)" : "");
    }
};

// Converged bounds kept between runs (VariedRun::boundCache), keyed by size, evening and a
// fingerprint of the evening's drawn shape (a changed generator then misses the cache).
class BoundCache {
  public:
    using Key = std::tuple<int, int, int, std::uint64_t>;
    explicit BoundCache(std::string path) : path_(std::move(path)) {
        if (path_.empty()) return;
        std::ifstream in(path_);
        std::string line;
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            int people = 0, tables = 0, evening = 0;
            std::uint64_t print = 0;
            double bound = 0;
            if (fields >> people >> tables >> evening >> print >> bound)
                bounds_[{people, tables, evening, print}] = bound;
        }
    }
    static std::uint64_t fingerprint(const VariedShape& shape) {
        std::uint64_t hash = 1469598103934665603ull; // FNV-1a over the shape's description
        for (char c : shape.describe())
            hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return hash;
    }
    bool find(const Key& key, double& bound) const {
        auto found = bounds_.find(key);
        if (found == bounds_.end()) return false;
        bound = found->second;
        return true;
    }
    void keep(const Key& key, double bound) {
        bounds_[key] = bound;
        if (path_.empty()) return;
        std::ofstream out(path_, std::ios::app);
        char line[160];
        std::snprintf(line, sizeof line, "%d %d %d %llu %.9f\n", std::get<0>(key), std::get<1>(key),
                      std::get<2>(key), static_cast<unsigned long long>(std::get<3>(key)), bound);
        out << line;
    }

  private:
    std::string path_;
    std::map<Key, double> bounds_;
};

struct Size {
    int people;
    int tables;
};

} // namespace

void reportVaried(const VariedRun& run) {
    BoundCache cache(run.boundCache);
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
            std::vector<double> times, cpus;
            dlg::AssignResult quick;
            for (int r = 0; r < std::max(1, run.runs); ++r) {
                const auto start = Clock::now();
                const std::clock_t cpuStart = std::clock();
                quick = dlg::assignTables(session, run.options);
                cpus.push_back(cpuSeconds(cpuStart));
                times.push_back(seconds(Clock::now() - start));
            }
            const auto boundStart = Clock::now();
            PatternBound bound;
            const BoundCache::Key key{size.people, size.tables, evening, BoundCache::fingerprint(shape)};
            if (run.bound && cache.find(key, bound.bound)) {
                bound.converged = true;
            } else if (run.bound) {
                bound = patternBound(session, run.options);
                if (bound.converged && bound.reasons.empty()) cache.keep(key, bound.bound);
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
            normal.add(quick.objective.total, bound.bound, median(times), median(cpus));
            double best = quick.objective.total;
            dlg::AssignResult deep;
            double deepTime = 0;
            if (run.thorough) {
                const auto start = Clock::now();
                const std::clock_t cpuStart = std::clock();
                deep = dlg::assignTables(session, dlg::thoroughOptions(run.options));
                deepTime = seconds(Clock::now() - start);
                thorough.add(deep.objective.total, bound.bound, deepTime, cpuSeconds(cpuStart));
                best = std::min(best, deep.objective.total);
            }
            // Seatings cost multiples of small fractions; the bound allows for GLPK's tolerance.
            if (best <= bound.bound + 1e-4 * std::max(1.0, bound.bound)) ++tight;
            if (run.details) {
                std::printf("  evening %2d: normal %8.2f (%+.2f %%, %.1f ms, %d unbridged; preference %.1f, "
                            "grades %.1f)",
                            evening, quick.objective.total, gap(quick.objective.total, bound.bound),
                            1000 * median(times), unbridged(quick), quick.objective.preference,
                            quick.objective.grade);
                if (run.thorough)
                    std::printf(
                        ", thorough %8.2f (%+.2f %%, %.1f s, %d unbridged; preference %.1f, grades %.1f)",
                        deep.objective.total, gap(deep.objective.total, bound.bound), deepTime,
                        unbridged(deep), deep.objective.preference, deep.objective.grade);
                std::printf(", bound %.3f%s; %s\n", bound.bound, bound.converged ? "" : " (not converged)",
                            shape.describe().c_str());
            }
        }
        if (!run.bound) {
            std::printf(
                "  normal    mean objective %.3f (no bound computed); time median %.1f ms, slowest %.1f "
                "ms; processor time median %.1f ms, slowest %.1f ms\n",
                objectiveSum / std::max<std::size_t>(1, normal.gaps.size()), 1000 * median(normal.times),
                1000 * *std::max_element(normal.times.begin(), normal.times.end()),
                1000 * median(normal.processor),
                1000 * *std::max_element(normal.processor.begin(), normal.processor.end()));
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
