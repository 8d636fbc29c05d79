// `dialoogavond schedule`: the draaiboek on the clock, and with a run log the live state.
#include <algorithm>
#include <charconv>
#include <ctime>
#include <iomanip>
#include <ostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "core/model/session_file.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_format.h"
#include "core/timeline/timeline_state.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond schedule FILE [--start HH:MM] [--json] [--now UNIX_SECONDS]\n\n"
    "Prints the draaiboek on the clock: per phase the planned start, end and minutes, then the\n"
    "end time and a warning when the plan ends after the latest end (meta.latestEnd), with a\n"
    "proposal to shorten flexible phases. Times after midnight are marked +1d.\n"
    "When the session has a run log it also shows each phase's actual start and end, the current\n"
    "phase with its remaining time, the drift against the plan, the projected end and how to\n"
    "shorten the later flexible phases to hold the end time.\n\n"
    "Options:\n"
    "  --start HH:MM        plan from this start time instead of the session's\n"
    "  --json               print one JSON object instead of the table\n"
    "  --now UNIX_SECONDS   the current time for the run clock (scripts and tests; default: now)\n\n"
    "Problems in the phases, the run log or the start and end times make the schedule unreliable:\n"
    "they are listed on stderr and the exit code is 2. Other problems are listed as warnings.\n\n"
    "Exit codes: 0 ok, 1 usage error, 2 invalid session, 3 the file cannot be read.\n";

const char* statusWord(RunStatus status) {
    switch (status) {
    case RunStatus::NotStarted:
        return "notStarted";
    case RunStatus::Running:
        return "running";
    case RunStatus::Paused:
        return "paused";
    case RunStatus::Finished:
        return "finished";
    }
    return "notStarted";
}

// Problems that change what the schedule says; anything else (a participant's e-mail) does not.
// meta.start does not matter when --start replaces it.
bool affectsSchedule(const Problem& problem, bool startOverridden) {
    const std::string& path = problem.path;
    if (path.rfind("meta.start", 0) == 0) return !startOverridden;
    return path.empty() || path.rfind("phases", 0) == 0 || path.rfind("run", 0) == 0 ||
           path.rfind("meta.latestEnd", 0) == 0;
}

bool hasPath(const Problems& problems, const std::string& path) {
    for (const Problem& problem : problems)
        if (problem.path == path) return true;
    return false;
}

// Local time minus UTC at `now`, from the system's time zone.
int localUtcOffset(std::int64_t now) {
    const std::time_t t = static_cast<std::time_t>(now);
    std::tm local{};
    if (!localtime_r(&t, &local)) return 0;
    return static_cast<int>(local.tm_gmtoff);
}

struct Report {
    const Session& session;
    const Plan& plan;
    const RunState* run; ///< null when the session has no run log
    int utcOffset = 0;

    std::string at(std::int64_t instant) const { return formatClockTimeAt(instant, utcOffset); }
};

Json squeezeJson(const SqueezeProposal& squeeze) {
    Json changes = Json::array();
    for (const SqueezeChange& change : squeeze.changes)
        changes.push_back({{"id", change.phaseId},
                           {"title", change.title},
                           {"fromMinutes", change.fromMinutes},
                           {"toMinutes", change.toMinutes}});
    return {{"neededMinutes", squeeze.neededMinutes},
            {"changes", changes},
            {"stillLateMinutes", squeeze.stillLateMinutes}};
}

Json reportJson(const Report& report) {
    const Plan& plan = report.plan;
    Json phases = Json::array();
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const PlannedPhase& phase = plan.phases[i];
        Json entry = {{"id", phase.id},
                      {"title", phase.title},
                      {"plannedStart", formatClockTime(phase.startMinute)},
                      {"plannedEnd", formatClockTime(phase.endMinute)},
                      {"minutes", phase.minutes}};
        if (dayOfMinute(phase.startMinute) > 0) entry["startsNextDay"] = true;
        if (dayOfMinute(phase.endMinute) > 0) entry["endsNextDay"] = true;
        if (report.run) {
            const PhaseRun& actual = report.run->phases[i];
            if (actual.actualStart) entry["actualStart"] = report.at(*actual.actualStart);
            if (actual.actualEnd) entry["actualEnd"] = report.at(*actual.actualEnd);
            if (actual.visits > 0) entry["actualSeconds"] = actual.actualSeconds;
            if (actual.adjustedSeconds != 0) entry["adjustedSeconds"] = actual.adjustedSeconds;
        }
        phases.push_back(entry);
    }
    Json json = {{"start", formatClockTime(plan.startMinute)},
                 {"end", formatClockTime(plan.endMinute)},
                 {"totalMinutes", plan.totalMinutes},
                 {"phases", phases}};
    if (dayOfMinute(plan.endMinute) > 0) json["endsNextDay"] = true;
    if (plan.latestEndMinute) {
        json["latestEnd"] = formatClockTime(*plan.latestEndMinute);
        json["minutesPastLatestEnd"] = plan.minutesPastLatestEnd;
    }
    if (!report.run) {
        json["status"] = statusWord(RunStatus::NotStarted);
        if (plan.squeeze.needed()) json["squeeze"] = squeezeJson(plan.squeeze);
        return json;
    }
    const RunState& run = *report.run;
    json["status"] = statusWord(run.status);
    json["driftSeconds"] = run.driftSeconds;
    json["projectedEnd"] = report.at(run.projectedEnd);
    if (run.live()) {
        json["current"] = plan.phases[*run.current].id;
        json["elapsedSeconds"] = run.elapsedSeconds;
        json["remainingSeconds"] = run.remainingSeconds;
        json["squeeze"] = squeezeJson(run.squeeze);
    }
    if (run.finishedAt) json["actualEnd"] = report.at(*run.finishedAt);
    return json;
}

void printSqueeze(std::ostream& out, const SqueezeProposal& squeeze, const std::string& target) {
    if (!squeeze.needed()) return;
    if (squeeze.changes.empty()) {
        out << "No flexible phase left to shorten: the evening ends " << squeeze.stillLateMinutes
            << " min after " << target << ".\n";
        return;
    }
    out << "To end by " << target << ", shorten:\n";
    for (const SqueezeChange& change : squeeze.changes)
        out << "  " << change.phaseId << "  " << std::setw(3) << change.fromMinutes << " -> " << std::setw(3)
            << change.toMinutes << " min  " << change.title << "\n";
    if (squeeze.stillLateMinutes > 0)
        out << "Even then the evening ends " << squeeze.stillLateMinutes << " min after " << target << ".\n";
}

void printTable(std::ostream& out, const Report& report) {
    const Plan& plan = report.plan;
    const Session& session = report.session;
    if (!session.meta.title.empty())
        out << session.meta.title << (session.meta.date.empty() ? "" : " (" + session.meta.date + ")")
            << "\n";

    // The title goes last: it may hold multibyte letters, which would break byte-counted columns.
    std::size_t idWidth = 2;
    for (const PlannedPhase& phase : plan.phases)
        idWidth = std::max(idWidth, phase.id.size());
    const auto pad = [](const std::string& text, std::size_t width) {
        return text + std::string(width > text.size() ? width - text.size() : 0, ' ');
    };
    out << "  " << pad("id", idWidth) << "  " << pad("start", 8) << pad("end", 8) << "  min";
    if (report.run) out << "  " << pad("actual", 8) << pad("until", 8);
    out << "  phase\n";
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const PlannedPhase& phase = plan.phases[i];
        const bool current = report.run && report.run->current == i;
        out << (current ? "> " : "  ") << pad(phase.id, idWidth) << "  "
            << pad(formatClockTime(phase.startMinute, true), 8)
            << pad(formatClockTime(phase.endMinute, true), 8) << std::setw(5) << phase.minutes;
        if (report.run) {
            const PhaseRun& actual = report.run->phases[i];
            out << "  " << pad(actual.actualStart ? report.at(*actual.actualStart) : "-", 8)
                << pad(actual.actualEnd ? report.at(*actual.actualEnd) : (current ? "..." : "-"), 8);
        }
        out << "  " << phase.title << "\n";
    }
    out << "End " << formatClockTime(plan.endMinute, true) << ", " << plan.totalMinutes << " minutes";
    if (plan.latestEndMinute) out << " (latest end " << formatClockTime(*plan.latestEndMinute, true) << ")";
    out << "\n";

    if (!report.run) {
        if (plan.minutesPastLatestEnd > 0) {
            out << "Warning: the plan ends " << plan.minutesPastLatestEnd << " min after the latest end "
                << formatClockTime(*plan.latestEndMinute) << ".\n";
            printSqueeze(out, plan.squeeze, formatClockTime(*plan.latestEndMinute));
        }
        return;
    }
    const RunState& run = *report.run;
    if (run.status == RunStatus::Finished) {
        out << "Finished at " << report.at(*run.finishedAt) << " (" << formatSigned(run.driftSeconds)
            << " against the plan).\n";
        return;
    }
    if (run.live()) {
        const PlannedPhase& phase = plan.phases[*run.current];
        out << "Now: " << phase.id << " " << phase.title
            << (run.status == RunStatus::Paused ? " (paused)" : "") << ", "
            << (run.overrun() ? "over by " : "remaining ") << formatRemaining(run.remainingSeconds) << "\n";
    } else {
        out << "Not started yet.\n";
    }
    out << "Drift " << formatSigned(run.driftSeconds) << (run.driftSeconds > 0 ? " (behind)" : "")
        << (run.driftSeconds < 0 ? " (ahead)" : "") << ", projected end " << report.at(run.projectedEnd);
    if (run.lateSeconds > 0) out << " (" << formatMinutesSeconds(run.lateSeconds) << " late)";
    out << "\n";
    printSqueeze(out, run.squeeze, report.at(run.targetEnd));
}

std::optional<std::int64_t> parseSeconds(const std::string& text) {
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
    return value;
}

} // namespace

int runSchedule(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{"start", "now"}, {"json"}}, io, "schedule");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 1) {
        io.err << "dialoogavond schedule: expected exactly one FILE (see --help)\n";
        return kUsage;
    }
    std::optional<int> start;
    if (auto text = parsed->value("start")) {
        start = parseClockTime(*text);
        if (!start) {
            io.err << "dialoogavond schedule: --start must be a clock time HH:MM such as 19:30, not '"
                   << *text << "'\n";
            return kUsage;
        }
    }
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    if (auto text = parsed->value("now")) {
        const auto seconds = parseSeconds(*text);
        if (!seconds) {
            io.err << "dialoogavond schedule: --now must be whole seconds since 1970 (UTC), not '" << *text
                   << "'\n";
            return kUsage;
        }
        now = *seconds;
    }

    const std::string file = parsed->positionals[0];
    LoadResult loaded = loadSessionFile(file);
    if (!loaded.session) {
        io.err << loaded.error << "\n";
        return loaded.ioFailure ? kIoFailure : kInvalid;
    }
    bool fatal = false;
    for (const Problem& problem : loaded.problems) {
        const bool affects = affectsSchedule(problem, start.has_value());
        fatal = fatal || affects;
        io.err << file << ": " << (affects ? "" : "warning: ") << describe(problem) << "\n";
    }
    Problems planProblems;
    const auto plan = planForSession(*loaded.session, planProblems, start);
    for (const Problem& problem : planProblems)
        if (!hasPath(loaded.problems, problem.path)) io.err << file << ": " << describe(problem) << "\n";
    if (!plan || fatal || !planProblems.empty()) return kInvalid;

    std::optional<RunState> run;
    const int offset = localUtcOffset(now);
    if (!loaded.session->run.events.empty()) run = deriveRunState(*plan, loaded.session->run, {now, offset});
    const Report report{*loaded.session, *plan, run ? &*run : nullptr, offset};
    if (parsed->has("json"))
        io.out << reportJson(report).dump(2) << "\n";
    else
        printTable(io.out, report);
    return kOk;
}

} // namespace dlg::cli
