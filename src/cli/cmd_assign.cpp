// `dialoogavond assign`: seat the participants at the theme tables and save the seating.
#include <cstdio>
#include <ostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/write_lock.h"
#include "core/assign/assign.h"
#include "core/model/session_file.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond assign FILE [--seed N] [--rebalance] [--round 2] [--thorough] [--all] [--json]\n\n"
    "Seats the participants at the theme tables (groepsindeling) so that every table has a fair\n"
    "share of parents and staff, spread over grades, with preferences and language support, and\n"
    "saves the seating into FILE. Prints a report per table and the objective.\n\n"
    "  --seed N      seed of the search (default: the seed stored in the file, else 1)\n"
    "  --rebalance   keep the current seating: drop absent people, seat newcomers, move people\n"
    "                when a hard rule needs it or when the move gains more than it costs (a\n"
    "                language bridge restored; moveWeight per person moved); pinned people and\n"
    "                table leaders never move. Every move is listed (after check-in or late\n"
    "                arrivals)\n"
    "  --round 2     plan a second round in which people meet as many new people as possible\n"
    "  --thorough    three searches side by side, each with work that grows with the evening\n"
    "                (up to about 280 times a normal run): on two cores a second or two up to\n"
    "                60 people, 4 seconds for 100, 16 to 18 for 200 to 400 (less with more\n"
    "                cores), for a cheaper seating; for the preparation, not the walk-in\n"
    "                (Grondig indelen). With --rebalance it only lets the rebalance search\n"
    "                work longer\n"
    "  --all         seat everyone who did not decline, not only people marked present (before\n"
    "                check-in, when nobody is marked present yet, assign does this by itself)\n"
    "  --json        print {tables, assignment, objective, hard_violations, ...} as JSON\n\n"
    "One writer at a time: while it works the command holds the session's lock (.FILE.lock\n"
    "beside it); it waits up to 10 s for another command, and is refused while the session is\n"
    "open in the dialoogavond window (exit 2, naming who has it, pid and since when).\n\n"
    "Exit codes: 0 seated, 1 usage error, 2 invalid data or no seating keeps the hard rules\n"
    "(the reason is printed) or another program is writing FILE, 3 the file cannot be read or\n"
    "written.\n";

Json objectiveJson(const ObjectiveBreakdown& terms) {
    return {{"preference", terms.preference}, {"grade", terms.grade},     {"language", terms.language},
            {"moves", terms.moves},           {"repeats", terms.repeats}, {"total", terms.total}};
}

Json resultJson(const AssignResult& result, std::uint64_t seed, int round) {
    Json tables = Json::array();
    for (const TableReport& table : result.tables) {
        tables.push_back({{"id", table.tableId},
                          {"name", table.name},
                          {"theme", table.themeId},
                          {"size", table.size},
                          {"parents", table.parents},
                          {"staff", table.staff},
                          {"staff_band", {table.staffMin, table.staffMax}},
                          {"grades", table.grades},
                          {"languages", table.languages},
                          {"preference_hits",
                           {{"first", table.firstChoice},
                            {"second", table.secondChoice},
                            {"other", table.otherChoice},
                            {"none", table.noPreference}}},
                          {"unsupported_language", table.unsupported},
                          {"moved_in", table.movedIn},
                          {"repeated_pairs", table.repeatedPairs},
                          {"objective", objectiveJson(table.terms)}});
    }
    Json moves = Json::array();
    for (const SeatMove& move : result.moves)
        moves.push_back({{"person", move.personId}, {"from", move.fromTable}, {"to", move.toTable}});
    return {{"feasible", result.feasible},
            {"reasons", result.reasons},
            {"round", round},
            {"seed", seed},
            {"tables", tables},
            {"assignment", result.seats},
            {"objective", objectiveJson(result.objective)},
            {"moves", moves},
            {"newcomers", result.newcomers},
            {"repeated_pairs", result.repeatedPairs},
            {"hard_violations", result.hardViolations}};
}

void printReport(const AssignResult& result, std::ostream& out) {
    char line[256];
    std::snprintf(line, sizeof line, "%-8s %-20s %-10s %4s %7s %5s %5s %5s %5s %7s\n", "table", "name",
                  "theme", "size", "parents", "staff", "1st", "2nd", "other", "no-lang");
    out << line;
    for (const TableReport& t : result.tables) {
        std::snprintf(line, sizeof line, "%-8s %-20.20s %-10.10s %4d %7d %5d %5d %5d %5d %7d\n",
                      t.tableId.c_str(), t.name.c_str(), t.themeId.c_str(), t.size, t.parents, t.staff,
                      t.firstChoice, t.secondChoice, t.otherChoice, t.unsupported);
        out << line;
        std::string grades;
        for (const auto& [grade, count] : t.grades)
            grades += " " + grade + ":" + std::to_string(count);
        std::string languages;
        for (const auto& [language, count] : t.languages)
            languages += " " + language + ":" + std::to_string(count);
        out << "         grades" << (grades.empty() ? " -" : grades) << " | languages"
            << (languages.empty() ? " -" : languages) << "\n";
    }
    if (!result.moves.empty())
        out << "moved " << result.moves.size() << " seated people (tell them their new table):\n";
    for (const SeatMove& move : result.moves)
        out << "moved " << move.personId << ": " << move.fromTable << " -> " << move.toTable << "\n";
    const ObjectiveBreakdown& o = result.objective;
    std::snprintf(
        line, sizeof line,
        "objective %.2f = preference %.2f + grade %.2f + language %.2f + moves %.2f + repeats %.2f\n",
        o.total, o.preference, o.grade, o.language, o.moves, o.repeats);
    out << line;
}

} // namespace

int runAssign(const Args& args, Io& io) {
    auto parsed =
        parseArgs(args, {{"seed", "round"}, {"rebalance", "thorough", "all", "json"}}, io, "assign");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 1) {
        io.err << "dialoogavond assign: expected exactly one FILE (see --help)\n";
        return kUsage;
    }
    const std::string round = parsed->value("round").value_or("1");
    if (round != "1" && round != "2") {
        io.err << "dialoogavond assign: --round must be 1 or 2, not '" << round << "'\n";
        return kUsage;
    }
    if (round == "2" && parsed->has("rebalance")) {
        io.err << "dialoogavond assign: --rebalance and --round 2 cannot be combined\n";
        return kUsage;
    }
    std::optional<std::uint64_t> seed;
    if (auto text = parsed->value("seed")) {
        try {
            std::size_t used = 0;
            seed = std::stoull(*text, &used);
            if (used != text->size() || text->front() == '-') throw std::invalid_argument("seed");
        } catch (const std::exception&) {
            io.err << "dialoogavond assign: --seed must be a whole number of 0 or more, not '" << *text
                   << "'\n";
            return kUsage;
        }
    }
    const std::string file = parsed->positionals[0];
    int lockExit = kOk;
    const std::optional<SessionLock> lock = lockForWriting(file, "assign", io, lockExit);
    if (!lock) return lockExit;
    LoadResult loaded = loadSessionFile(file);
    if (!loaded.session) {
        io.err << loaded.error << "\n";
        return loaded.ioFailure ? kIoFailure : kInvalid;
    }
    if (!loaded.problems.empty() || loaded.readOnly) {
        for (const Problem& problem : loaded.problems)
            io.err << file << ": " << describe(problem) << "\n";
        if (loaded.readOnly) io.err << file << ": " << loaded.readOnlyReason << "\n";
        io.err << file << ": not seated; fix the problems above first (see dialoogavond validate)\n";
        return kInvalid;
    }
    Session& session = *loaded.session;
    AssignOptions options;
    options.seed = seed.value_or(session.assignment.seed != 0 ? session.assignment.seed : 1);
    // Before check-in (nobody marked present) everyone registered is seated, said in the output.
    options.presentOnly = parsed->has("all") ? std::optional<bool>(false) : seatWhom(session);
    if (!parsed->has("all") && !checkInBegun(session))
        (parsed->has("json") ? io.err : io.out)
            << file
            << ": nobody is checked in yet: seating everyone who did not decline; once check-in "
               "has begun, assign seats the people marked present\n";
    if (parsed->has("thorough")) {
        options = thoroughOptions(options);
        // Otherwise the terminal looks stuck for up to twenty seconds.
        io.err << "dialoogavond assign: thorough search, up to about 20 seconds on a large evening\n";
    }
    if ((round == "2" || parsed->has("rebalance")) && session.assignment.seats.empty()) {
        io.err << file << ": " << (round == "2" ? "--round 2" : "--rebalance")
               << " needs an existing seating (assignment.seats is empty); run 'dialoogavond assign " << file
               << "' first\n";
        return kInvalid;
    }
    AssignResult result = parsed->has("rebalance") ? rebalanceTables(session, options)
                          : round == "2"           ? planSecondRound(session, options)
                                                   : assignTables(session, options);
    if (parsed->has("json")) io.out << resultJson(result, options.seed, std::stoi(round)).dump(2) << "\n";
    if (!result.feasible) {
        for (const std::string& reason : result.reasons)
            io.err << file << ": cannot seat: " << reason << "\n";
        for (const std::string& violation : result.hardViolations)
            io.err << file << ": hard rule: " << violation << "\n";
        return kInvalid;
    }
    if (round == "2")
        session.assignment.round2 = result.seats;
    else
        session.assignment.seats = result.seats;
    session.assignment.seed = options.seed;
    if (auto failure = saveSessionFile(file, session)) {
        io.err << file << ": " << *failure << "\n";
        return kIoFailure;
    }
    if (!parsed->has("json")) {
        printReport(result, io.out);
        io.out << file << ": seated " << result.seats.size() << " people at " << result.tables.size()
               << " tables" << (round == "2" ? " (round 2)" : "") << "\n";
    }
    return kOk;
}

} // namespace dlg::cli
