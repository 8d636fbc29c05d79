#include "core/assign/assign_anneal.h"

#include <algorithm>
#include <cmath>

namespace dlg::assign {
namespace {

constexpr double kEpsilon = 1e-9;
constexpr int kMaxChain = 16;    ///< blocks moved by one step at most
constexpr int kPartnerDraws = 4; ///< draws for a partner of the same kind at a table

// The movable blocks at each table, so a partner at a given table is drawn in constant time.
class TableBlocks {
  public:
    TableBlocks(const Seating& seating, const Instance& in, const std::vector<int>& blocks)
        : atTable_(in.tableCount), slot_(in.blocks.size(), -1) {
        for (int b : blocks) {
            std::vector<int>& here = atTable_[seating.tableOfBlock(b)];
            slot_[b] = static_cast<int>(here.size());
            here.push_back(b);
        }
    }
    /// A random movable block at `table`, or -1 when it has none.
    int draw(int table, Rng& rng) const {
        const std::vector<int>& here = atTable_[table];
        return here.empty() ? -1 : here[rng.below(static_cast<int>(here.size()))];
    }
    void moved(int block, int from, int to) {
        std::vector<int>& source = atTable_[from];
        const int last = source.back();
        source[slot_[block]] = last;
        slot_[last] = slot_[block];
        source.pop_back();
        slot_[block] = static_cast<int>(atTable_[to].size());
        atTable_[to].push_back(block);
    }

  private:
    std::vector<std::vector<int>> atTable_;
    std::vector<int> slot_;
};

class Annealer {
  public:
    Annealer(Seating& seating, const Instance& in, Rng& rng, const std::vector<int>& blocks)
        : seating_(seating), in_(in), rng_(rng), blocks_(blocks), tableBlocks_(seating, in, blocks),
          kind_(in.blocks.size()), favourite_(in.blocks.size()), lowestPoints_(in.blocks.size()),
          atFavourite_(in.blocks.size(), 0), linked_(in.blocks.size()) {
        for (std::size_t b = 0; b < in.blocks.size(); ++b) {
            kind_[b] = static_cast<int>(in.blocks[b].members.size()) * 1024 + in.blocks[b].staff;
            favouriteTables(static_cast<int>(b));
        }
        for (int b : blocks)
            seated(b, seating.tableOfBlock(b));
        sizesMayDiffer_ = in.smallSize != in.largeSize;
        linkLanguages(blocks);
    }

    double temperature = 1;

    /// One proposal; returns true when it changed the seating.
    bool step() {
        const int a = blocks_[rng_.below(static_cast<int>(blocks_.size()))];
        const int roll = rng_.below(100);
        if (sizesMayDiffer_ && roll < 10) return tryMove(a);
        // A family trades places with smaller blocks that add up to it: partners of its own kind
        // are few, so rotations and swaps among them rarely find one.
        const std::size_t members = in_.blocks[a].members.size();
        if (members >= 2 && roll < 50) return members == 2 ? tryFamilyForSingles(a) : tryFamilyForSmaller(a);
        if (roll < 35) return tryRotation(a);
        if (!linked_[a].empty() && roll < 60) return tryGroupSwap(a);
        return trySwap(a);
    }

    /// Median size of the cost change of a random swap, for the temperature scale. Changes of the
    /// language term are left out: it is meant to be (nearly) always zero, not traded.
    double typicalChange() {
        std::vector<double> changes;
        for (int k = 0; k < 400; ++k) {
            const int a = blocks_[rng_.below(static_cast<int>(blocks_.size()))];
            const int b = partner(a, otherTable(a));
            if (b < 0 || !seating_.swapKeepsRules(a, b)) continue;
            const double change = std::fabs(seating_.swapCost(a, b));
            if (change > kEpsilon && change < in_.rules.languageWeight - kEpsilon) changes.push_back(change);
        }
        if (changes.empty()) return 0;
        std::nth_element(changes.begin(), changes.begin() + changes.size() / 2, changes.end());
        return changes[changes.size() / 2];
    }

  private:
    // Tables whose theme is the block's cheapest (first choice): where guided steps send it.
    void favouriteTables(int block) {
        int lowest = -1;
        for (int t = 0; t < in_.tableCount; ++t) {
            int points = 0;
            for (int p : in_.blocks[block].members)
                points += in_.prefPoints[static_cast<std::size_t>(p) * in_.tableCount + t];
            if (lowest < 0 || points < lowest) {
                lowest = points;
                favourite_[block].clear();
            }
            if (points == lowest) favourite_[block].push_back(t);
        }
        lowestPoints_[block] = lowest;
        if (static_cast<int>(favourite_[block].size()) == in_.tableCount) favourite_[block].clear();
    }

    // A parent who needs language support and the person who bridges it must change tables
    // together: alone, either move costs the full language weight, a wall the annealing never climbs.
    void linkLanguages(const std::vector<int>& blocks) {
        std::vector<int> blockOf(in_.people, -1);
        for (int b : blocks)
            for (int p : in_.blocks[b].members)
                blockOf[p] = b;
        for (int p = 0; p < in_.people; ++p) {
            if (in_.needsLanguage[p] < 0 || blockOf[p] < 0) continue;
            for (int q = 0; q < in_.people; ++q) {
                if (blockOf[q] < 0 || blockOf[q] == blockOf[p]) continue;
                for (int l : in_.bridges[q])
                    if (l == in_.needsLanguage[p]) {
                        linked_[blockOf[p]].push_back(blockOf[q]);
                        linked_[blockOf[q]].push_back(blockOf[p]);
                    }
            }
        }
    }

    // Half of the time one of the block's favourite tables, otherwise any other table.
    int otherTable(int block) {
        const int from = seating_.tableOfBlock(block);
        const std::vector<int>& favourite = favourite_[block];
        if (!favourite.empty() && rng_.below(2) == 0) {
            const int table = favourite[rng_.below(static_cast<int>(favourite.size()))];
            if (table != from) return table;
        }
        return anyOtherTable(from);
    }

    // Any table but `from`, uniformly.
    int anyOtherTable(int from) {
        const int table = rng_.below(in_.tableCount - 1);
        return table >= from ? table + 1 : table;
    }

    // A block of the same kind as `block` at `table` (a few draws), or -1.
    int partner(int block, int table) {
        int found = -1;
        for (int tries = 0; tries < kPartnerDraws; ++tries) {
            const int b = tableBlocks_.draw(table, rng_);
            if (b < 0 || kind_[b] != kind_[block]) continue;
            // Prefer someone away from their favourite theme: only they can gain by moving.
            if (!atFavourite_[b]) return b;
            if (found < 0) found = b;
        }
        return found;
    }

    // Keeps atFavourite_ up to date; the partner draws read it far more often than blocks move.
    void seated(int block, int table) {
        int points = 0;
        for (int p : in_.blocks[block].members)
            points += in_.prefPoints[static_cast<std::size_t>(p) * in_.tableCount + table];
        atFavourite_[block] = points == lowestPoints_[block];
    }

    bool accept(double change) {
        if (change <= kEpsilon) return true;
        if (change > 20 * temperature) return false; // odds below 1e-8: skip the exponential
        const double uniform = static_cast<double>(rng_.next() >> 11) * 0x1.0p-53;
        return uniform < std::exp(-change / temperature);
    }

    void move(int block, int table) {
        tableBlocks_.moved(block, seating_.tableOfBlock(block), table);
        seated(block, table);
        seating_.moveBlock(block, table);
    }

    bool trySwap(int a) {
        const int ta = seating_.tableOfBlock(a);
        const int tb = otherTable(a);
        // Mostly a partner of the same kind; sometimes any, so staff can shift between tables
        // within their bands and families can trade with a single person when sizes may differ.
        const int b = rng_.below(4) == 0 ? tableBlocks_.draw(tb, rng_) : partner(a, tb);
        if (b < 0 || !seating_.swapKeepsRules(a, b) || !accept(seating_.swapCost(a, b))) return false;
        tableBlocks_.moved(a, ta, tb);
        tableBlocks_.moved(b, tb, ta);
        seated(a, tb);
        seated(b, ta);
        seating_.swapBlocks(a, b);
        return true;
    }

    bool tryMove(int a) {
        const int table = otherTable(a);
        if (!seating_.moveKeepsRules(a, table) || !accept(seating_.evalMove(a, table).cost)) return false;
        move(a, table);
        return true;
    }

    // Applies the moves in order; keeps them when every rule holds and the change is accepted,
    // otherwise undoes them in reverse order.
    bool tryChain(const int* chainBlocks, const int* targets, int length) {
        int from[kMaxChain];
        const double before = seating_.cost();
        for (int i = 0; i < length; ++i) {
            from[i] = seating_.tableOfBlock(chainBlocks[i]);
            move(chainBlocks[i], targets[i]);
        }
        if (seating_.hard() == 0 && accept(seating_.cost() - before)) return true;
        for (int i = length - 1; i >= 0; --i)
            move(chainBlocks[i], from[i]);
        return false;
    }

    // a -> table of b, b -> table of c, c -> table of a, all of one kind.
    bool tryRotation(int a) {
        const int ta = seating_.tableOfBlock(a);
        const int tb = otherTable(a);
        const int b = partner(a, tb);
        if (b < 0) return false;
        const int tc = otherTable(b);
        if (tc == ta) return false;
        const int c = partner(a, tc);
        if (c < 0) return false;
        double change = 0;
        if (seating_.rotationCost(a, b, c, change)) {
            if (!accept(change)) return false;
            move(a, tb);
            move(b, tc);
            move(c, ta);
            return true;
        }
        const int chain[3] = {a, b, c};
        const int targets[3] = {tb, tc, ta};
        return tryChain(chain, targets, 3);
    }

    // A person who bridges a language and the people at the table who need it move together to
    // another table, in exchange for as many blocks of the same kinds from there: the group
    // changes theme without anyone losing their bridge.
    bool tryGroupSwap(int a) {
        const int ta = seating_.tableOfBlock(a);
        int anchor = a;
        if (!bridgesSomeone(a, ta)) {
            anchor = -1;
            for (int tries = 0; tries < 4 && anchor < 0; ++tries) {
                const int b = linked_[a][rng_.below(static_cast<int>(linked_[a].size()))];
                if (seating_.tableOfBlock(b) == ta) anchor = b;
            }
            if (anchor < 0) return false;
        }
        int chain[kMaxChain];
        int targets[kMaxChain];
        int group = 0;
        chain[group++] = anchor;
        for (int b : linked_[anchor])
            if (seating_.tableOfBlock(b) == ta && group < kMaxChain / 2 &&
                std::find(chain, chain + group, b) == chain + group)
                chain[group++] = b;
        const int tb = anyOtherTable(ta);
        for (int i = 0; i < group; ++i) {
            const int c = partner(chain[i], tb);
            if (c < 0 || std::find(chain + group, chain + group + i, c) != chain + group + i) return false;
            chain[group + i] = c;
            targets[i] = tb;
            targets[group + i] = ta;
        }
        return tryChain(chain, targets, 2 * group);
    }

    bool bridgesSomeone(int block, int table) const {
        for (int b : linked_[block])
            if (seating_.tableOfBlock(b) == table)
                for (int p : in_.blocks[block].members)
                    if (!in_.bridges[p].empty()) return true;
        return false;
    }

    // A family of two changes places with two single people of the same roles at another table.
    bool tryFamilyForSingles(int a) {
        const int ta = seating_.tableOfBlock(a);
        const int tb = otherTable(a);
        int b = -1, c = -1;
        for (int tries = 0; tries < 8 && c < 0; ++tries) {
            const int d = tableBlocks_.draw(tb, rng_);
            if (d < 0 || in_.blocks[d].members.size() != 1) continue;
            if (b < 0)
                b = d;
            else if (d != b && in_.blocks[b].staff + in_.blocks[d].staff == in_.blocks[a].staff)
                c = d;
        }
        if (c < 0) return false;
        const int chain[3] = {a, b, c};
        const int targets[3] = {tb, ta, ta};
        return tryChain(chain, targets, 3);
    }

    // A family of three or more changes places with smaller blocks of the same roles at another
    // table that add up to its size (for three: a couple and a single, or three singles).
    bool tryFamilyForSmaller(int a) {
        const int ta = seating_.tableOfBlock(a);
        const int tb = otherTable(a);
        const int want = static_cast<int>(in_.blocks[a].members.size());
        if (want >= kMaxChain) return false;
        int chain[kMaxChain];
        int targets[kMaxChain];
        chain[0] = a;
        targets[0] = tb;
        int taken = 1, size = 0, staff = 0;
        for (int tries = 0; tries < 3 * want + 1 && size < want; ++tries) {
            const int d = tableBlocks_.draw(tb, rng_);
            const int members = d < 0 ? 0 : static_cast<int>(in_.blocks[d].members.size());
            if (d < 0 || members + size > want || std::find(chain + 1, chain + taken, d) != chain + taken)
                continue;
            targets[taken] = ta;
            chain[taken++] = d;
            size += members;
            staff += in_.blocks[d].staff;
        }
        if (size != want || staff != in_.blocks[a].staff) return false;
        return tryChain(chain, targets, taken);
    }

    Seating& seating_;
    const Instance& in_;
    Rng& rng_;
    const std::vector<int>& blocks_;
    TableBlocks tableBlocks_;
    std::vector<int> kind_; ///< size * 1024 + staff: blocks of one kind swap without breaking a band
    std::vector<std::vector<int>> favourite_;
    std::vector<int> lowestPoints_; ///< the block's preference points at its favourite tables
    std::vector<char> atFavourite_; ///< per movable block: seated at one of its favourite tables
    /// Per block: blocks that bridge a language it needs, or need one it bridges.
    std::vector<std::vector<int>> linked_;
    bool sizesMayDiffer_ = false;
};

} // namespace

void guidedAnneal(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable,
                  std::int64_t steps, Budget& budget) {
    std::vector<int> blocks;
    for (int b = 0; b < static_cast<int>(movable.size()); ++b)
        if (movable[b]) blocks.push_back(b);
    if (blocks.size() < 2 || in.tableCount < 2 || steps <= 0) {
        improve(seating, in, rng, movable, budget);
        return;
    }
    Annealer annealer(seating, in, rng, blocks);
    const double typical = annealer.typicalChange();
    std::vector<int> bestTables(in.blocks.size());
    auto remember = [&] {
        for (std::size_t b = 0; b < bestTables.size(); ++b)
            bestTables[b] = seating.tableOfBlock(static_cast<int>(b));
    };
    remember();
    double bestCost = seating.cost();
    if (typical > 0) {
        // From a temperature that accepts most ordinary worsenings to one that accepts almost none.
        const double start = 0.6 * typical;
        const double end = 0.01 * typical;
        const double cooling = std::pow(end / start, 1.0 / static_cast<double>(steps));
        annealer.temperature = start;
        for (std::int64_t k = 0; k < steps; ++k) {
            ++budget.evaluations;
            if ((k & 1023) == 0 && budget.checkpoint()) break; // rarely: the flag is shared between threads
            annealer.temperature *= cooling;
            // The best seating is nearly always found while cold; recording it only in the second
            // half saves copying the seating on each of the many early improvements.
            if (!annealer.step() || k < steps / 2 || seating.cost() >= bestCost - kEpsilon) continue;
            bestCost = seating.cost();
            remember();
        }
    }
    if (seating.cost() < bestCost - kEpsilon) remember();
    for (std::size_t b = 0; b < bestTables.size(); ++b)
        if (seating.tableOfBlock(static_cast<int>(b)) != bestTables[b])
            seating.moveBlock(static_cast<int>(b), bestTables[b]);
    improve(seating, in, rng, movable, budget);
}

} // namespace dlg::assign
