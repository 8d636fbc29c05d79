// Benchmark of reports: the large evening of large_evening.h (40 tables, 400 people, 200 actions).
// Prints the median time of building the report and writing it in each format, and of the
// privacy scan.
//
// Usage: bench_report [--runs N]      (default 51 runs per figure)
//        bench_report --save FILE     writes the evening as a session file (for screenshots of
//                                     its reports) and exits
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "core/model/session_file.h"
#include "core/privacy/privacy_guard.h"
#include "core/report/report.h"
#include "core/report/report_writers.h"
#include "large_evening.h"

namespace {

using Clock = std::chrono::steady_clock;
using namespace dlg;

/// Median wall time of `work` in ms; `cpuMs` (optional) gets the median process CPU time, which
/// stays meaningful when other jobs share the machine's cores.
double medianMilliseconds(int runs, const std::function<std::size_t()>& work, std::size_t* size,
                          double* cpuMs = nullptr) {
    std::vector<double> times;
    std::vector<double> cpuTimes;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        const std::clock_t cpuStart = std::clock();
        *size = work();
        cpuTimes.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    if (cpuMs) *cpuMs = cpuTimes[cpuTimes.size() / 2];
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    int runs = 51;
    const Session session = bench::largeEvening();
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        if (std::string(argv[i]) == "--save") {
            if (auto error = saveSessionFile(argv[i + 1], session)) {
                std::fprintf(stderr, "bench_report: %s\n", error->c_str());
                return 3;
            }
            return 0;
        }
    }
    std::printf("evening: %d tables, %d people, %d actions; median of %d runs\n", bench::kLargeTables,
                bench::kLargePeople, bench::kLargeActions, runs);

    for (ReportKind kind : {ReportKind::Feedback, ReportKind::Internal}) {
        for (ReportFormat format : {ReportFormat::Html, ReportFormat::Markdown, ReportFormat::Text,
                                    ReportFormat::Csv, ReportFormat::Pdf, ReportFormat::Docx}) {
            std::size_t bytes = 0;
            double cpuMs = 0;
            const double ms = medianMilliseconds(
                runs,
                [&] {
                    return writeReport(buildReport(session, {kind, ""}), format).size();
                },
                &bytes, &cpuMs);
            std::printf("build + write %-14s %-4s %8.3f ms  (cpu %8.3f ms, %zu bytes)\n", toString(kind),
                        toString(format), ms, cpuMs, bytes);
        }
    }
    const Report report = buildReport(session, {ReportKind::Internal, ""});
    std::size_t hits = 0;
    const double scanMs = medianMilliseconds(
        runs, [&] { return PrivacyGuard(session).scan(report.sourceTexts).size(); }, &hits);
    std::printf("privacy scan (index + scan) of %zu texts for %d people: %8.3f ms  (%zu hits)\n",
                report.sourceTexts.size(), bench::kLargePeople, scanMs, hits);
    return 0;
}
