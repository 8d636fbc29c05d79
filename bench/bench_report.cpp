// Benchmark of reports: a generated evening with 40 tables, 400 people and 200 actions. Prints the
// median time of building the report and writing it in each format, and of the privacy scan.
//
// Usage: bench_report [--runs N]   (default 51 runs per figure)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "core/privacy/privacy_guard.h"
#include "core/report/report.h"
#include "core/report/report_writers.h"

namespace {

using Clock = std::chrono::steady_clock;
using namespace dlg;

constexpr int kTables = 40;
constexpr int kPeople = 400;
constexpr int kActions = 200;
constexpr int kThemes = 8;

std::string numbered(const char* prefix, int n) {
    return std::string(prefix) + "-" + std::to_string(n);
}

/// Ordinary sentences of typical length; every 7th one carries an é so folding has work to do.
std::string sentence(const char* what, int n) {
    return std::string(what) + " " + std::to_string(n) + ": ouders vinden het belangrijk dat de school " +
           (n % 7 == 0 ? "één keer per maand laat weten hoe het gaat" : "vaker laat weten wat er gebeurt") +
           ".";
}

Session generatedEvening() {
    Session s;
    s.meta.title = "Ouderavond ouderpartnerschap";
    s.meta.school = "OBS De Regenboog";
    s.meta.date = "2026-11-24";
    s.meta.start = "19:30";
    for (int t = 0; t < kThemes; ++t) {
        Theme theme;
        theme.id = numbered("th", t);
        theme.title = "Thema " + std::to_string(t);
        s.themes.push_back(theme);
    }
    const char* firstNames[] = {"Fatma",   "Jan",   "Anna", "Pieter", "Sanne",
                                "Mohamed", "Lotte", "Kees", "Aylin",  "Bram"};
    const char* lastNames[] = {"Özdemir",   "Vries", "Bakker", "Berg",   "Kok",
                               "El Amrani", "Smit",  "Jansen", "Yılmaz", "Visser"};
    for (int p = 0; p < kPeople; ++p) {
        Participant person;
        person.id = numbered("p", p);
        person.firstName = firstNames[p % 10];
        person.infix = p % 3 == 0 ? "van der" : "";
        person.lastName = std::string(lastNames[(p / 10) % 10]) + (p >= 100 ? std::to_string(p / 100) : "");
        person.role = p < kPeople - kTables ? Role::Parent : Role::Staff;
        person.grades = {std::to_string(1 + p % 8)};
        person.rsvp = Rsvp::Registered;
        person.present = p % 5 != 0;
        s.participants.push_back(person);
    }
    for (int t = 0; t < kTables; ++t) {
        Table table;
        table.id = numbered("t", t);
        table.name = "Tafel " + std::to_string(t);
        table.themeId = numbered("th", t % kThemes);
        s.tables.push_back(table);
        TableOutcome outcome;
        outcome.tableId = table.id;
        outcome.leader = s.participants[static_cast<std::size_t>(kPeople - kTables + t)].firstName;
        for (int i = 0; i < 3; ++i) {
            outcome.goesWell.push_back(sentence("Goed", t * 10 + i));
            outcome.difficult.push_back(sentence("Lastig", t * 10 + i));
            outcome.ideas.push_back(sentence("Idee", t * 10 + i));
        }
        for (int i = 0; i < 4; ++i) {
            ProposedAction proposal;
            proposal.id = numbered("pr", t * 10 + i);
            proposal.text = sentence("Voorstel", t * 10 + i);
            proposal.votes = (t * 7 + i * 3) % 15;
            outcome.proposals.push_back(proposal);
        }
        outcome.quote = sentence("Uitspraak", t);
        outcome.notes = sentence("Aantekening", t) + "\n" + sentence("Aantekening", t + 1);
        s.outcomes.tables.push_back(outcome);
    }
    for (int i = 0; i < 5; ++i)
        s.outcomes.summaryPoints.push_back(sentence("Samenvatting", i));
    s.outcomes.keepInTouch = "U leest de voortgang elke maand in de nieuwsbrief.";
    for (int a = 0; a < kActions; ++a) {
        Action action;
        action.id = numbered("a", a);
        action.title = sentence("Actie", a);
        action.description = sentence("Omschrijving", a);
        action.owner = a % 2 == 0 ? "directie" : "team bovenbouw";
        action.planned = "voorjaar 2027";
        action.status = static_cast<ActionStatus>(a % 5);
        if (action.status == ActionStatus::Dropped) action.droppedReason = "Te weinig tijd dit jaar.";
        if (a < 160) action.sourceProposalId = numbered("pr", (a / 4) * 10 + a % 4);
        for (int u = 0; u < 3; ++u)
            action.updates.push_back({"2027-0" + std::to_string(1 + u) + "-1" + std::to_string(a % 10),
                                      sentence("Update", a),
                                      {}});
        s.actions.push_back(action);
    }
    return s;
}

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
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    const Session session = generatedEvening();
    std::printf("evening: %d tables, %d people, %d actions; median of %d runs\n", kTables, kPeople, kActions,
                runs);

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
        runs, [&] { return PrivacyGuard(session.participants).scan(report.sourceTexts).size(); }, &hits);
    std::printf("privacy scan (index + scan) of %zu texts for %d people: %8.3f ms  (%zu hits)\n",
                report.sourceTexts.size(), kPeople, scanMs, hits);
    return 0;
}
