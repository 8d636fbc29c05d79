// The search steps of the balancer: a greedy construction that respects the hard rules where it
// can, a repair that removes the remaining violations with as few moves as possible, and a local
// search over moves and swaps that keeps every hard rule. Internal to core/assign*.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <vector>

#include "core/assign/assign_seating.h"

namespace dlg::assign {

/// Small deterministic generator (splitmix64), so a seed gives the same seating on every machine.
class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    // Inline: the annealing draws several per step.
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, bound), bound > 0; multiply and shift instead of a division.
    int below(int bound) {
        return static_cast<int>(((next() >> 32) * static_cast<std::uint64_t>(bound)) >> 32);
    }

  private:
    std::uint64_t state_;
};

/// True once another thread set AssignOptions::stop (null: nobody can stop the search).
inline bool stopRequested(const std::atomic<bool>* stop) {
    return stop && stop->load(std::memory_order_relaxed);
}

/// Where a search tells another thread how far it is (AssignOptions::progress).
struct SearchProgress {
    std::atomic<float>* share = nullptr; ///< null: nobody asks
    std::int64_t total = 0;              ///< evaluations of the whole search
    void report(std::int64_t done) const {
        if (!share) return;
        const float part = static_cast<float>(done) / static_cast<float>(std::max<std::int64_t>(1, total));
        share->store(std::min(1.0f, part), std::memory_order_relaxed);
    }
};

/// Counts evaluations so the search stops after a fixed amount of work (deterministic, unlike a clock).
struct Budget {
    std::int64_t evaluations = 0;
    std::int64_t limit = 0;
    const std::atomic<bool>* stop = nullptr; ///< AssignOptions::stop
    SearchProgress progress;
    /// The search's regular look outside: publishes its progress and says whether another thread
    /// asked it to stop.
    bool checkpoint() const {
        progress.report(evaluations);
        return stopRequested(stop);
    }
    bool spent() const { return evaluations >= limit || checkpoint(); }
};

/// Places every unplaced block: fixed blocks at their table, then staff, then the rest, each where
/// it breaks the fewest hard rules at the lowest cost.
void construct(Seating& seating, const Instance& instance, Rng& rng, Budget& budget);

/// Removes hard violations by moves and swaps of `movable` blocks. With `fewestMoves`, an
/// operation that moves fewer previously seated people wins over one that repairs more at once.
/// Returns true when no violation is left.
bool repair(Seating& seating, const Instance& instance, Rng& rng, const std::vector<bool>& movable,
            bool fewestMoves, Budget& budget);

/// First-improvement local search over moves and swaps of `movable` blocks that keep every hard
/// rule; stops at a local optimum or when the budget is spent.
void improve(Seating& seating, const Instance& instance, Rng& rng, const std::vector<bool>& movable,
             Budget& budget);

/// The same local search started only from the blocks at the `tables` flagged (a rebalance: the
/// rest of the room was at a local optimum before), each trying moves and swaps with any movable
/// block. Moves of previously seated people are priced by the seating (AssignRules::moveWeight).
void improveAt(Seating& seating, const Instance& instance, Rng& rng, const std::vector<bool>& movable,
               const std::vector<bool>& tables, Budget& budget);

/// Iterated local search: random rule-keeping swaps, improve, keep when better.
void perturbAndImprove(Seating& best, const Instance& instance, Rng& rng, const std::vector<bool>& movable,
                       Budget& budget);

} // namespace dlg::assign
