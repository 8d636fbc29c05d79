// Benchmark of the table balancer: fresh seating time (median of several runs) and objective per
// instance size, and rebalance time and moves after 10 late arrivals. Instances come from
// sampleEvening (about 20 % staff, couples, 20 % of parents needing language support, two
// preferences each, a staff leader at every table); the search work is counted, not timed, so
// the objective does not depend on the machine.
//
// With --lp SECONDS and `cbc` (Debian package coinor-cbc) on PATH, each instance up to --lp-max
// people (and from --lp-min people) is also written as an LP model and solved by cbc within the
// time limit; the bench then prints cbc's best objective (incumbent), its proven lower bound,
// whether the optimum is proven, and the heuristic's gap to the bound and to cbc's best.
//
// With --bound each instance also gets the pattern lower bound (assign_bound.h: column generation on
// GLPK, seconds at 400/40), a proven lower bound much closer to the optimum than cbc's at 400/40.
//
// With --seeds N each instance is also solved once with seeds 1..N and the mean, lowest and highest
// objective are printed: one seed's result moves by several points, so compare changes on means.
//
// Objectives are also compared with the references in assign_references.h (the proven optimum, or
// the best seating and lower bound known), when the instance still matches the reference's model.
//
// With --varied N the bench instead measures N varied evenings per size (assign_varied.h: other
// schools' shapes, many themes, scarce language bridges, pins, capacities) against the pattern
// bound: mean and worst % above it for the normal run (and with --thorough the thorough mode),
// with times; --details prints one line per evening, --no-bound skips the bound (mean objective
// only, to compare two versions of the balancer quickly). The normal run's time is the median of --runs.
// --bound-cache FILE keeps the converged bounds between runs (the bound takes most of the time).
//
// Usage: bench_assign [--runs N] [--effort X] [--searches N] [--thorough] [--seed N] [--seeds N]
//                     [--varied N] [--details] [--no-bound] [--only PEOPLE] [--bound] [--lp SECONDS]
//                     [--lp-min PEOPLE] [--lp-max PEOPLE] [--bound-cache FILE]
// --thorough measures the thorough mode (Grondig indelen, assign --thorough): thoroughOptions, whose
// work grows with the evening (seconds per run: use --runs 1); --effort then scales that work, and
// --searches can only raise its three searches.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "assign_bound.h"
#include "assign_references.h"
#include "assign_varied_run.h"
#include "core/assign/assign.h"
#include "core/assign/assign_lp.h"
#include "core/assign/assign_sample.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Shape {
    int people;
    int tables;
};

double milliseconds(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The instance: `people` present, plus 10 late arrivals who are not present yet.
dlg::Session instance(const Shape& shape) {
    dlg::SampleShape sample;
    sample.people = shape.people + 10;
    sample.tables = shape.tables;
    dlg::Session session = dlg::sampleEvening(sample, 2026);
    for (std::size_t i = session.participants.size() - 10; i < session.participants.size(); ++i)
        session.participants[i].present = false;
    return session;
}

// Value after `label` in cbc's output, or -1 when absent.
double cbcValue(const std::string& output, const std::string& label) {
    auto at = output.rfind(label);
    if (at == std::string::npos) return -1;
    return std::atof(output.c_str() + at + label.size());
}

double percentAbove(double value, double reference) {
    if (reference <= 0) return 0;
    const double percent = 100.0 * (value - reference) / reference;
    // A mean equal to the optimum differs from it in the last bits only: print 0, not -0.00.
    return std::fabs(percent) < 1e-9 ? 0 : percent;
}

// The reference for this instance, or nullptr when there is none or it was measured on another
// model (the generator, the rules or the model changed since).
const bench::AssignReference* referenceFor(const Shape& shape, std::uint64_t fingerprint) {
    for (const bench::AssignReference& reference : bench::kAssignReferences)
        if (reference.people == shape.people && reference.tables == shape.tables)
            return reference.modelHash == fingerprint && reference.best > 0 ? &reference : nullptr;
    return nullptr;
}

// "+5.32 % over the optimum", or over the best known seating and the lower bound.
std::string gapText(double objective, const bench::AssignReference& reference) {
    char text[200];
    const double overBound = percentAbove(objective, reference.bound);
    const char* verdict = overBound <= reference.targetPercent + 1e-9 ? "met" : "not met";
    if (reference.proven())
        std::snprintf(text, sizeof text, "%+.2f %% over the optimum (target %.1f %%: %s)", overBound,
                      reference.targetPercent, verdict);
    else
        std::snprintf(text, sizeof text,
                      "%+.2f %% over the best known, %+.2f %% over the bound (target %.1f %%: %s)",
                      percentAbove(objective, reference.best), overBound, reference.targetPercent, verdict);
    return text;
}

void reportReference(const bench::AssignReference* reference, std::uint64_t fingerprint, double objective) {
    if (!reference) {
        std::printf(
            "         no reference for this instance (model fingerprint 0x%016llx): measure one with --lp\n",
            static_cast<unsigned long long>(fingerprint));
        return;
    }
    if (reference->proven())
        std::printf("         optimum %.2f (%s): this seed %s\n", reference->best, reference->source,
                    gapText(objective, *reference).c_str());
    else
        std::printf("         best known %.2f, bound %.2f (%s): this seed %s\n", reference->best,
                    reference->bound, reference->source, gapText(objective, *reference).c_str());
}

// Solves the instance's LP model with cbc and prints cbc's incumbent (its best seating), its proven
// lower bound, whether that is proven optimal, and the heuristic's gap to both. The model and
// cbc's log stay in /tmp/bench_assign_PEOPLE_TABLES.{lp,txt} for inspection.
void reportLpGap(const dlg::AssignLpModel& model, std::uint64_t fingerprint, const Shape& shape,
                 double heuristic, double seconds) {
    if (model.text.empty()) return;
    const std::string stem =
        "/tmp/bench_assign_" + std::to_string(shape.people) + "_" + std::to_string(shape.tables);
    const std::string lp = stem + ".lp";
    const std::string log = stem + ".txt";
    std::ofstream(lp) << model.text;
    std::string command =
        "cbc " + lp + " sec " + std::to_string(static_cast<int>(seconds)) + " solve > " + log + " 2>&1";
    auto start = Clock::now();
    if (std::system(command.c_str()) != 0) {
        std::printf("         cbc failed (see %s)\n", log.c_str());
        return;
    }
    const double took = std::chrono::duration<double>(Clock::now() - start).count();
    std::ifstream in(log);
    std::stringstream text;
    text << in.rdbuf();
    const std::string output = text.str();
    const bool optimal = output.find("Optimal solution found") != std::string::npos;
    const double best = cbcValue(output, "Objective value:");
    const double bound = optimal ? best : cbcValue(output, "Lower bound:");
    const double root = cbcValue(output, "Continuous objective value is");
    std::printf("         cbc %.0fs: best %.2f, bound %.2f (LP root %.2f), optimal %s; heuristic %+.2f %% "
                "vs bound, %+.2f %% vs cbc best; model fingerprint 0x%016llx\n",
                took, best, bound, root, optimal ? "yes" : "no", percentAbove(heuristic, bound),
                percentAbove(heuristic, best), static_cast<unsigned long long>(fingerprint));
}

// The pattern bound and the heuristic's gap to it; the bound's figure goes into
// assign_references.h when it beats the one there.
void reportPatternBound(const dlg::Session& session, const dlg::AssignOptions& options, double heuristic) {
    auto start = Clock::now();
    const bench::PatternBound bound = bench::patternBound(session, options);
    const double took = std::chrono::duration<double>(Clock::now() - start).count();
    if (!bound.reasons.empty()) {
        std::printf("         pattern bound failed: %s\n", bound.reasons.front().c_str());
        return;
    }
    std::printf(
        "         pattern bound %.3f (%s after %d rounds, %d patterns, %.1f s); heuristic %+.2f %% over it\n",
        bound.bound, bound.converged ? "converged" : "not converged", bound.rounds, bound.patterns, took,
        percentAbove(heuristic, bound.bound));
}

// Mean, lowest and highest objective over seeds 1..count.
void reportSeedSpread(const dlg::Session& session, dlg::AssignOptions options, int count,
                      const bench::AssignReference* reference) {
    double sum = 0, lowest = 0, highest = 0;
    for (int seed = 1; seed <= count; ++seed) {
        options.seed = static_cast<std::uint64_t>(seed);
        const double objective = dlg::assignTables(session, options).objective.total;
        sum += objective;
        lowest = seed == 1 ? objective : std::min(lowest, objective);
        highest = seed == 1 ? objective : std::max(highest, objective);
    }
    std::printf("         seeds 1-%d: mean %.2f, lowest %.2f, highest %.2f%s%s\n", count, sum / count, lowest,
                highest, reference ? "; mean " : "",
                reference ? gapText(sum / count, *reference).c_str() : "");
}

} // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they come when redirected
    int runs = 7;
    double effort = 1.0;
    std::uint64_t seed = 7;
    int only = 0; // people of the one instance to run; 0 = all
    double lpSeconds = 0;
    int lpMaxPeople = 200;
    int lpMinPeople = 0;
    int seeds = 0;
    int searches = dlg::AssignOptions{}.searches;
    bool thorough = false;
    bool patternBound = false;
    bool details = false;
    bool noBound = false;
    int varied = 0;
    std::string boundCache;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--thorough" || option == "--bound" || option == "--details" ||
            option == "--no-bound") {
            noBound = noBound || option == "--no-bound"; // the options without a value
            thorough = thorough || option == "--thorough";
            patternBound = patternBound || option == "--bound";
            details = details || option == "--details";
            continue;
        }
        if (++i == argc) {
            std::fprintf(stderr, "bench_assign: %s needs a value\n", option.c_str());
            return 1;
        }
        if (option == "--runs")
            runs = std::max(1, std::atoi(argv[i]));
        else if (option == "--effort")
            effort = std::atof(argv[i]);
        else if (option == "--only")
            only = std::atoi(argv[i]);
        else if (option == "--seed")
            seed = std::strtoull(argv[i], nullptr, 10);
        else if (option == "--seeds")
            seeds = std::max(0, std::atoi(argv[i]));
        else if (option == "--varied")
            varied = std::max(1, std::atoi(argv[i]));
        else if (option == "--bound-cache")
            boundCache = argv[i];
        else if (option == "--searches")
            searches = std::max(1, std::atoi(argv[i]));
        else if (option == "--lp")
            lpSeconds = std::atof(argv[i]);
        else if (option == "--lp-max")
            lpMaxPeople = std::atoi(argv[i]);
        else if (option == "--lp-min")
            lpMinPeople = std::atoi(argv[i]);
        else {
            std::fprintf(stderr, "bench_assign: unknown option %s\n", option.c_str());
            return 1;
        }
    }
    if (varied > 0) {
        bench::VariedRun run;
        run.evenings = varied;
        run.only = only;
        run.runs = runs;
        run.thorough = thorough;
        run.details = details;
        run.bound = !noBound;
        run.boundCache = boundCache;
        run.options.seed = seed;
        run.options.effort = effort;
        run.options.searches = searches;
        bench::reportVaried(run);
        return 0;
    }
    if (lpSeconds > 0 && std::system("command -v cbc > /dev/null 2>&1") != 0) {
        std::printf("cbc not on PATH (apt-get install coinor-cbc): no optimality comparison\n");
        lpSeconds = 0;
    }
    const std::vector<Shape> shapes = {{24, 4}, {40, 5}, {60, 6}, {100, 10}, {200, 20}, {400, 40}};
    // The fastest run next to the median: on a shared (virtual) machine other work stretches some
    // runs, and the fastest shows what the search itself costs.
    std::printf("%-8s %9s %9s %10s %8s %6s %8s %9s | %9s %6s %6s\n", "people", "median", "fastest",
                "objective", "pref", "grade", "language", "violations", "rebalance", "moves", "newly");
    for (const Shape& shape : shapes) {
        if (only > 0 && shape.people != only) continue;
        dlg::Session session = instance(shape);
        dlg::AssignOptions options;
        options.seed = seed;
        options.effort = effort;
        options.searches = searches;
        if (thorough) options = dlg::thoroughOptions(options);
        std::vector<double> times;
        dlg::AssignResult result;
        for (int run = 0; run < runs; ++run) {
            auto start = Clock::now();
            result = dlg::assignTables(session, options);
            times.push_back(milliseconds(Clock::now() - start));
        }
        if (!result.feasible) {
            std::printf("%d/%d infeasible: %s\n", shape.people, shape.tables,
                        result.reasons.empty() ? "?" : result.reasons[0].c_str());
            continue;
        }
        // Late arrivals: the 10 absent people come in after the room was seated.
        dlg::Session late = session;
        late.assignment.seats = result.seats;
        for (std::size_t i = late.participants.size() - 10; i < late.participants.size(); ++i)
            late.participants[i].present = true;
        std::vector<double> rebalanceTimes;
        dlg::AssignResult rebalanced;
        for (int run = 0; run < runs; ++run) {
            auto start = Clock::now();
            rebalanced = dlg::rebalanceTables(late, options);
            rebalanceTimes.push_back(milliseconds(Clock::now() - start));
        }
        std::printf("%3d/%-4d %7.2fms %7.2fms %10.2f %8.0f %6.2f %8.0f %9zu | %7.2fms %6zu %6d%s\n",
                    shape.people, shape.tables, median(times), *std::min_element(times.begin(), times.end()),
                    result.objective.total, result.objective.preference, result.objective.grade,
                    result.objective.language, result.hardViolations.size(), median(rebalanceTimes),
                    rebalanced.moves.size(), rebalanced.newcomers,
                    rebalanced.feasible ? "" : " (rebalance infeasible)");
        // The model identifies the instance for the reference, and cbc solves it with --lp.
        const dlg::AssignLpModel model = dlg::assignLpModel(session, options);
        const std::uint64_t fingerprint = bench::fingerprint(model.text);
        const bench::AssignReference* reference = referenceFor(shape, fingerprint);
        reportReference(reference, fingerprint, result.objective.total);
        if (seeds > 0) reportSeedSpread(session, options, seeds, reference);
        if (patternBound) reportPatternBound(session, options, result.objective.total);
        if (lpSeconds > 0 && shape.people >= lpMinPeople && shape.people <= lpMaxPeople)
            reportLpGap(model, fingerprint, shape, result.objective.total, lpSeconds);
    }
    return 0;
}
