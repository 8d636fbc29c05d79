#include "core/assign/assign_search.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace dlg::assign {
namespace {

constexpr double kEpsilon = 1e-9;

struct Operation {
    int first = -1;  ///< block
    int second = -1; ///< swap partner block, or -1 for a move
    int table = -1;  ///< move target
    Delta delta;
};

void apply(Seating& seating, const Operation& op) {
    if (op.second >= 0)
        seating.swapBlocks(op.first, op.second);
    else
        seating.moveBlock(op.first, op.table);
}

void shuffle(std::vector<int>& items, Rng& rng) {
    for (int i = static_cast<int>(items.size()) - 1; i > 0; --i)
        std::swap(items[i], items[rng.below(i + 1)]);
}

std::vector<int> movableBlocks(const std::vector<bool>& movable) {
    std::vector<int> blocks;
    for (int b = 0; b < static_cast<int>(movable.size()); ++b)
        if (movable[b]) blocks.push_back(b);
    return blocks;
}

// Lexicographic order of repair candidates.
bool better(const Delta& a, const Delta& b, bool fewestMoves) {
    if (fewestMoves && a.moved != b.moved) return a.moved < b.moved;
    if (a.hard != b.hard) return a.hard < b.hard;
    return a.cost < b.cost - kEpsilon;
}

// Per block: 0 when a member bridges a language someone needs, 1 when a member needs support,
// 2 otherwise.
std::vector<int> languageRanks(const Instance& in) {
    std::vector<bool> needed(in.languageNames.size(), false);
    for (int p = 0; p < in.people; ++p)
        if (in.needsLanguage[p] >= 0) needed[in.needsLanguage[p]] = true;
    std::vector<int> rank(in.blocks.size(), 2);
    for (std::size_t b = 0; b < in.blocks.size(); ++b)
        for (int p : in.blocks[b].members) {
            for (int l : in.bridges[p])
                if (needed[l]) rank[b] = 0;
            if (in.needsLanguage[p] >= 0) rank[b] = std::min(rank[b], 1);
        }
    return rank;
}

} // namespace

void construct(Seating& seating, const Instance& in, Rng& rng, Budget& budget) {
    std::vector<int> order;
    for (int b = 0; b < static_cast<int>(in.blocks.size()); ++b) {
        if (seating.tableOfBlock(b) >= 0) continue;
        if (in.blocks[b].fixedTable >= 0)
            seating.moveBlock(b, in.blocks[b].fixedTable);
        else
            order.push_back(b);
    }
    shuffle(order, rng);
    // Staff first so every table gets its share, then the largest blocks while there is room;
    // among blocks of one size, bridge speakers before parents who need them, so each of those
    // lands where a bridge already sits (scarce bridges: the language term decides the evening).
    const std::vector<int> language = languageRanks(in);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        bool staffA = in.blocks[a].staff > 0;
        bool staffB = in.blocks[b].staff > 0;
        if (staffA != staffB) return staffA;
        if (in.blocks[a].members.size() != in.blocks[b].members.size())
            return in.blocks[a].members.size() > in.blocks[b].members.size();
        return language[a] < language[b];
    });
    // The staff band is judged at the size a table will have when full: while tables fill up,
    // the band of the current size would send staff to few tables and leave much to repair.
    auto staffRank = [&](int block, int table) {
        const int staff = seating.staffAt(table) + in.blocks[block].staff;
        if (staff > in.staffMax(in.maxSize[table])) return 2;
        return seating.staffAt(table) < in.staffMin(in.smallSize) ? 0 : 1;
    };
    for (int block : order) {
        Operation best;
        int bestRank = 0;
        int start = rng.below(in.tableCount);
        for (int i = 0; i < in.tableCount; ++i) {
            int table = (start + i) % in.tableCount;
            Delta delta = seating.evalMove(block, table);
            ++budget.evaluations;
            const int rank = in.blocks[block].staff > 0 ? staffRank(block, table) : 0;
            const bool ahead =
                best.table < 0 || rank < bestRank || (rank == bestRank && better(delta, best.delta, false));
            if (!ahead) continue;
            best = {block, -1, table, delta};
            bestRank = rank;
        }
        apply(seating, best);
    }
}

bool repair(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable,
            bool fewestMoves, Budget& budget) {
    std::vector<int> blocks = movableBlocks(movable);
    shuffle(blocks, rng);
    // Newcomers first: an operation on them moves nobody who already sat.
    std::stable_partition(blocks.begin(), blocks.end(), [&](int b) { return !seating.seatedBefore(b); });
    int sideways = 0;
    const int maxSideways = 50 + 2 * in.tableCount;
    while (seating.hard() > 0) {
        Operation best;
        std::vector<Operation> level; // operations that keep the violation count, for plateaus
        // Good enough to take at once: repairs something and moves nobody extra.
        auto takeNow = [&] { return best.first >= 0 && (!fewestMoves || best.delta.moved <= 0); };
        auto consider = [&](const Operation& op) {
            ++budget.evaluations;
            if (op.delta.hard < 0 && (best.first < 0 || better(op.delta, best.delta, fewestMoves))) best = op;
            if (op.delta.hard == 0 && op.delta.moved <= 0 && level.size() < 64) level.push_back(op);
        };
        for (std::size_t i = 0; i < blocks.size() && !takeNow(); ++i) {
            const int a = blocks[i];
            const int ta = seating.tableOfBlock(a);
            const bool aBroken = seating.hardAt(ta) > 0;
            for (int t = 0; t < in.tableCount && !takeNow(); ++t)
                if (t != ta && (aBroken || seating.hardAt(t) > 0))
                    consider({a, -1, t, seating.evalMove(a, t)});
        }
        // Swaps only when no single move repairs anything: moves are cheaper to scan and never
        // move more seated people than a swap would.
        for (std::size_t i = 0; i < blocks.size() && best.first < 0; ++i) {
            const int a = blocks[i];
            const int ta = seating.tableOfBlock(a);
            if (seating.hardAt(ta) == 0) continue;
            for (std::size_t j = 0; j < blocks.size() && !takeNow(); ++j) {
                const int b = blocks[j];
                if (seating.tableOfBlock(b) != ta) consider({a, b, -1, seating.evalSwap(a, b)});
            }
        }
        if (best.first >= 0) {
            apply(seating, best);
        } else if (!level.empty() && sideways < maxSideways) {
            ++sideways;
            apply(seating, level[rng.below(static_cast<int>(level.size()))]);
        } else {
            return false;
        }
        if (budget.evaluations > budget.limit * 4 || budget.checkpoint()) return seating.hard() == 0;
    }
    return true;
}

namespace {

// Blocks whose neighbourhood may hold an improvement ("don't look bits"): a block is looked at
// again only after a change at its table.
class ActiveBlocks {
  public:
    ActiveBlocks(const std::vector<int>& blocks, std::size_t blockCount)
        : blocks_(blocks), queued_(blockCount, false) {}
    void push(int block) {
        if (queued_[block]) return;
        queued_[block] = true;
        queue_.push_back(block);
    }
    void pushTable(const Seating& seating, int table) {
        for (int b : blocks_)
            if (seating.tableOfBlock(b) == table) push(b);
    }
    bool empty() const { return head_ == queue_.size(); }
    int pop() {
        int block = queue_[head_++];
        queued_[block] = false;
        if (head_ > 4096 && head_ * 2 > queue_.size()) {
            queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(head_));
            head_ = 0;
        }
        return block;
    }

  private:
    const std::vector<int>& blocks_;
    std::vector<bool> queued_;
    std::vector<int> queue_;
    std::size_t head_ = 0;
};

// Tries one trade of family block `a` for `others` (-1: none), all sitting at `to`; keeps it when
// it lowers the cost and keeps every rule.
bool tryTrade(Seating& seating, int a, std::array<int, 3> others, int to, Budget& budget) {
    ++budget.evaluations;
    // Priced without moving when the counters allow: the scan tries many combinations.
    double change = 0;
    if (seating.compoundCost(a, others, change) && change >= -kEpsilon) return false;
    const int from = seating.tableOfBlock(a);
    const double before = seating.cost();
    seating.moveBlock(a, to);
    for (int b : others)
        if (b >= 0) seating.moveBlock(b, from);
    if (seating.hard() == 0 && seating.cost() < before - kEpsilon) return true;
    for (int i = 2; i >= 0; --i)
        if (others[i] >= 0) seating.moveBlock(others[i], to);
    seating.moveBlock(a, from);
    return false;
}

// Exchanges a family block with two or three smaller blocks of another table that together have
// its size and staff, when that lowers the cost: table sizes differ by at most one, so a couple
// can only trade places with two single people, and a family of three with a couple and a single
// or with three singles (the only way such a family reaches a table with a language bridge when
// no other family of three sits there). Returns the other table, or -1 when nothing improved.
int compoundSwap(Seating& seating, const Instance& in, const std::vector<int>& blocks, int a,
                 Budget& budget) {
    const int from = seating.tableOfBlock(a);
    const Block& family = in.blocks[a];
    const std::size_t size = family.members.size();
    std::vector<std::vector<int>> atTable(in.tableCount);
    for (int b : blocks)
        if (in.blocks[b].members.size() < size) atTable[seating.tableOfBlock(b)].push_back(b);
    auto fits = [&](std::size_t members, int staff) { return members == size && staff == family.staff; };
    for (int t = 0; t < in.tableCount; ++t) {
        if (t == from) continue;
        const std::vector<int>& here = atTable[t];
        for (std::size_t i = 0; i < here.size(); ++i)
            for (std::size_t j = i + 1; j < here.size(); ++j) {
                const Block& b = in.blocks[here[i]];
                const Block& c = in.blocks[here[j]];
                const std::size_t two = b.members.size() + c.members.size();
                if (fits(two, b.staff + c.staff) && tryTrade(seating, a, {here[i], here[j], -1}, t, budget))
                    return t;
                if (two >= size) continue;
                for (std::size_t k = j + 1; k < here.size(); ++k) {
                    const Block& d = in.blocks[here[k]];
                    if (fits(two + d.members.size(), b.staff + c.staff + d.staff) &&
                        tryTrade(seating, a, {here[i], here[j], here[k]}, t, budget))
                        return t;
                }
            }
    }
    return -1;
}

// Local search from the blocks in `active` until none of them has an improving move or swap.
void improveFrom(Seating& seating, const Instance& in, Rng& rng, const std::vector<int>& blocks,
                 ActiveBlocks& active, Budget& budget) {
    while (!active.empty() && !budget.spent()) {
        const int a = active.pop();
        const int from = seating.tableOfBlock(a);
        int changedTable = -1;
        const int start = rng.below(in.tableCount);
        for (int k = 0; k < in.tableCount && changedTable < 0; ++k) {
            int table = (start + k) % in.tableCount;
            if (!seating.moveKeepsRules(a, table)) continue;
            ++budget.evaluations;
            if (seating.evalMove(a, table).cost < -kEpsilon) {
                seating.moveBlock(a, table);
                changedTable = table;
            }
        }
        const int offset = rng.below(static_cast<int>(blocks.size()));
        for (std::size_t k = 0; k < blocks.size() && changedTable < 0; ++k) {
            const int b = blocks[(offset + k) % blocks.size()];
            if (!seating.swapKeepsRules(a, b)) continue;
            ++budget.evaluations;
            if (seating.swapCost(a, b) < -kEpsilon) {
                changedTable = seating.tableOfBlock(b);
                seating.swapBlocks(a, b);
            }
        }
        if (changedTable < 0 && in.blocks[a].members.size() >= 2)
            changedTable = compoundSwap(seating, in, blocks, a, budget);
        if (changedTable < 0) continue;
        active.pushTable(seating, from);
        active.pushTable(seating, changedTable);
    }
}

} // namespace

void improve(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable,
             Budget& budget) {
    std::vector<int> order = movableBlocks(movable);
    shuffle(order, rng);
    ActiveBlocks active(order, movable.size());
    for (int b : order)
        active.push(b);
    improveFrom(seating, in, rng, order, active, budget);
}

void improveAt(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable,
               const std::vector<bool>& tables, Budget& budget) {
    std::vector<int> order = movableBlocks(movable);
    shuffle(order, rng);
    ActiveBlocks active(order, movable.size());
    for (int b : order)
        if (tables[seating.tableOfBlock(b)]) active.push(b);
    improveFrom(seating, in, rng, order, active, budget);
}

void perturbAndImprove(Seating& best, const Instance& in, Rng& rng, const std::vector<bool>& movable,
                       Budget& budget) {
    const std::vector<int> blocks = movableBlocks(movable);
    if (blocks.size() < 2 || in.tableCount < 2) return;
    while (!budget.spent()) {
        // A kick: a few random rule-keeping swaps among three tables, then repair the damage locally.
        Seating trial = best;
        ActiveBlocks active(blocks, movable.size());
        int tables[3] = {rng.below(in.tableCount), rng.below(in.tableCount), rng.below(in.tableCount)};
        constexpr int kTries = 40;
        int done = 0;
        for (int tries = 0; tries < kTries && done < 3; ++tries) {
            int a = blocks[rng.below(static_cast<int>(blocks.size()))];
            int b = blocks[rng.below(static_cast<int>(blocks.size()))];
            int ta = trial.tableOfBlock(a);
            int tb = trial.tableOfBlock(b);
            bool local = (ta == tables[0] || ta == tables[1] || ta == tables[2]) || tries >= 20;
            if (!local || !trial.swapKeepsRules(a, b)) continue;
            trial.swapBlocks(a, b);
            active.pushTable(trial, ta);
            active.pushTable(trial, tb);
            ++done;
            ++budget.evaluations;
        }
        if (done == 0) {
            // No swap kept the rules (a small, tightly pinned evening may have none at all): the
            // tries count as work, or this loop would never end.
            budget.evaluations += kTries;
            continue;
        }
        improveFrom(trial, in, rng, blocks, active, budget);
        // Equal cost is accepted too: drifting over plateaus finds exits a strict rule misses.
        if (trial.hard() == 0 && trial.cost() <= best.cost() + kEpsilon) best = std::move(trial);
    }
}

} // namespace dlg::assign
