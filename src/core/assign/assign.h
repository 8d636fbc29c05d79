// The table balancer (groepsindeling): seats the participants at the theme tables so that every
// table has a fair mix of parents and staff, spread over grades, with preferences, language
// support, pinned seats and late arrivals handled.
//
// Hard rules (never violated; otherwise the input is reported infeasible with the reason):
//   - table sizes differ by at most 1 and stay within each table's capacity;
//   - staff per table between ceil(e-1) and floor(e+1), e = staff * table size / people;
//   - each table leader sits at their own table; pinned people keep their seat;
//   - the present members of a family sit together (or apart, per AssignRules::families).
// Soft objective (minimised; weights in AssignRules): preference + grade spread + language
// support + moves (rebalance) + repeated pairs (second round). Deterministic for a given seed.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace dlg {

/// The soft objective, each term already multiplied by its weight (so `total` is their sum).
struct ObjectiveBreakdown {
    double preference = 0; ///< weight x (0 first choice, 1 second, 4 other; 0 without preference)
    double grade = 0;      ///< weight x sum over tables and grades of |parents of grade - fair share|
    double language = 0;   ///< weight x parents needing support with no bridge speaker at their table
    double moves = 0;      ///< weight x seated people moved (rebalance only)
    double repeats = 0;    ///< weight x pairs that sat together in round 1 (second round only)
    double total = 0;
};

/// One table of a seating, for the Indeling screen and the CLI report.
struct TableReport {
    std::string tableId;
    std::string name;
    std::string themeId;
    int size = 0;     ///< people seated
    int parents = 0;  ///< role ouder
    int staff = 0;    ///< role medewerker
    int staffMin = 0; ///< hard band for this table's size
    int staffMax = 0;
    std::map<std::string, int> grades;    ///< grade -> parents with a child in it
    std::map<std::string, int> languages; ///< language -> people who speak it
    int firstChoice = 0;                  ///< people whose 1st preference is this table's theme
    int secondChoice = 0;                 ///< people whose 2nd preference is this table's theme
    int otherChoice = 0;                  ///< people with a preference that matches neither
    int noPreference = 0;                 ///< people without any preference
    int unsupported = 0;                  ///< parents needing language support with no bridge speaker here
    int movedIn = 0;                      ///< rebalance: seated people moved to this table
    int repeatedPairs = 0;                ///< second round: pairs here who also sat together in round 1
    ObjectiveBreakdown terms;             ///< this table's share of the objective
};

/// A seated person who had to change table in a rebalance.
struct SeatMove {
    std::string personId;
    std::string fromTable;
    std::string toTable;
};

struct AssignOptions {
    std::uint64_t seed = 1;
    /// Overrides AssignRules::presentOnly when set (CLI --all sets it to false).
    std::optional<bool> presentOnly;
    /// Seeded constructions to start from (small evenings get more automatically, up to 400 /
    /// number of seating blocks); the best is annealed, then polished by iterated local search.
    int restarts = 1;
    /// Scales the search work (a count of evaluated steps, so results do not depend on the
    /// machine's speed); 1 takes about 170 ms of processor time at 400 people (bench/README.md).
    double effort = 1.0;
    /// The work of the thorough mode ("Grondig indelen", thoroughOptions): it grows with the
    /// evening instead of staying at the fraction of a second of a normal run (searchWork).
    bool thorough = false;
    /// Independent searches from different seeds, each with the whole effort; the cheapest seating
    /// wins. They run side by side on separate threads: on a dual-core laptop two take about the
    /// time of one (and twice the processor work). Fresh seatings and second rounds only.
    int searches = 1;
    /// Set from another thread to end the search early (the window closes, or another evening is
    /// opened while the thorough search runs); the seating found so far is returned, `stopped` set.
    const std::atomic<bool>* stop = nullptr;
    /// Rebalance: seated people may also move where that gains more than it costs, i.e. where a
    /// move or swap lowers the objective including AssignRules::moveWeight per person moved (a
    /// language bridge restored is worth languageWeight, 100, against 10 per person). false: seated
    /// people move only when a hard rule requires it (only the walk-ins are seated).
    bool weighMoves = true;
    /// When set, the (first) search keeps it at the share of its work done, 0 to 1 (1 once the
    /// seating is ready), for a progress bar on another thread.
    std::atomic<float>* progress = nullptr;
};

/// Options for "Grondig indelen": three searches side by side, each with work that grows with the
/// evening (searchWork), up to about 280 times a normal run. On a dual-core laptop: a second or two
/// up to 60 people, 4 s at 100, 16 to 18 s at 200 to 400 (less with more cores). Measured to come
/// within 0.5 % of the proven optimum up to 200 people on average, and within 0.8 % of the proven
/// lower bound at 400 (bench_assign). For preparing the evening, not for the walk-in. A rebalance
/// only gets the larger cap on its work.
AssignOptions thoroughOptions(AssignOptions options);

/// Options for the improvement that goes on in the background after a quick seating (the window's
/// Indelen, anytime): the thorough mode's searches with a seventh of its work, a few seconds on
/// two cores at 400 people (under one up to 100). Its result is offered, not applied.
AssignOptions improvementOptions(AssignOptions options);

/// The work of one search in evaluated steps for this evening and these options: a normal run
/// has 2,400 per seating block, at least 520,000 (plus up to 70 % for a last look at the language
/// groups); the thorough mode 2,850 times the square of the seating blocks (families
/// and single people), between 6.5 and 72 million. Both times AssignOptions::effort.
std::int64_t searchWork(const Session& session, const AssignOptions& options);

/// True when the balancer would see the same evening in both: participants, tables, the current
/// seating and pins, and the rules. A result computed from `before` may then replace the seating of
/// `now`; texts elsewhere (themes, run sheet, outcomes) do not matter.
bool sameSeatingInputs(const Session& before, const Session& now);

struct AssignResult {
    bool feasible = false;
    std::vector<std::string> reasons;         ///< why no seating exists (plain words), when infeasible
    std::map<std::string, std::string> seats; ///< person id -> table id (the round asked for)
    std::vector<TableReport> tables;          ///< in session table order
    ObjectiveBreakdown objective;
    std::vector<SeatMove> moves;             ///< rebalance: seated people who changed table
    int newcomers = 0;                       ///< rebalance: people seated who had no seat
    int repeatedPairs = 0;                   ///< second round: pairs that also sat together in round 1
    std::vector<std::string> hardViolations; ///< independent re-check of the result; empty when ok
    bool stopped = false;                    ///< ended early through AssignOptions::stop
};

/// A fresh seating of the selected participants.
AssignResult assignTables(const Session& session, const AssignOptions& options);

/// Restores the hard rules after check-in or late arrivals, starting from
/// `session.assignment.seats`: absent people are dropped, newcomers seated, and seated people move
/// when a hard rule requires it (as few as possible) or when the move pays for itself in the
/// objective, which counts AssignRules::moveWeight per person moved (AssignOptions::weighMoves).
/// Pinned people and table leaders never move. `moves` lists everyone who changed table.
AssignResult rebalanceTables(const Session& session, const AssignOptions& options);

/// A second round from `session.assignment.seats` (round 1): same hard rules, as few pairs as
/// possible who already sat together. The result's `seats` are the round-2 seats.
AssignResult planSecondRound(const Session& session, const AssignOptions& options);

/// Report, objective and hard-rule check of any seating (e.g. after a manual change in the GUI).
/// `previousSeats` (may be empty) counts moves; `round1` (may be empty) counts repeated pairs.
AssignResult evaluateSeating(const Session& session, const std::map<std::string, std::string>& seats,
                             const AssignOptions& options,
                             const std::map<std::string, std::string>& previousSeats = {},
                             const std::map<std::string, std::string>& round1 = {});

/// True once someone is marked present (check-in has begun).
bool checkInBegun(const Session& session);

/// The AssignOptions::presentOnly that the CLI's `assign` and the window use when the user did not
/// choose: before check-in everyone who did not decline (seating the registered people in advance
/// is what a school does the week before), from check-in on the rules' choice (the present ones).
std::optional<bool> seatWhom(const Session& session);

/// The participants the balancer seats: present ones, or all who did not decline.
std::vector<const Participant*> selectParticipants(const Session& session, bool presentOnly);

} // namespace dlg
