#include "core/assign/assign_groups.h"

#include <algorithm>

namespace dlg::assign {
namespace {

constexpr double kEpsilon = 1e-9;

int kindOf(const Instance& in, int block) {
    return static_cast<int>(in.blocks[block].members.size()) * 1024 + in.blocks[block].staff;
}

// Preference points of the block's members at `table`.
int points(const Instance& in, int block, int table) {
    int sum = 0;
    for (int p : in.blocks[block].members)
        sum += in.prefPoints[static_cast<std::size_t>(p) * in.tableCount + table];
    return sum;
}

// Per block: the languages its members bridge (to Dutch) and those its members need.
struct LanguageRoles {
    std::vector<std::vector<int>> bridges, needs;
    explicit LanguageRoles(const Instance& in) : bridges(in.blocks.size()), needs(in.blocks.size()) {
        for (std::size_t b = 0; b < in.blocks.size(); ++b)
            for (int p : in.blocks[b].members) {
                bridges[b].insert(bridges[b].end(), in.bridges[p].begin(), in.bridges[p].end());
                if (in.needsLanguage[p] >= 0) needs[b].push_back(in.needsLanguage[p]);
            }
    }
    bool needsAny(int block, const std::vector<int>& languages) const {
        for (int l : needs[block])
            if (std::find(languages.begin(), languages.end(), l) != languages.end()) return true;
        return false;
    }
};

// Moves `group` (all at `from`) to `to` and the chosen partners back, lets the local search settle
// the two tables, and keeps the result when it costs less than before and keeps every hard rule.
bool trade(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable,
           const std::vector<int>& group, const std::vector<int>& partners, int from, int to,
           Budget& budget) {
    Seating trial = seating;
    for (int b : group)
        trial.moveBlock(b, to);
    for (int b : partners)
        trial.moveBlock(b, from);
    std::vector<bool> tables(in.tableCount, false);
    tables[from] = tables[to] = true;
    improveAt(trial, in, rng, movable, tables, budget);
    if (trial.hard() != 0 || trial.cost() >= seating.cost() - kEpsilon) return false;
    seating = std::move(trial);
    return true;
}

} // namespace

bool relocateLanguageGroups(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable,
                            Budget& budget) {
    if (in.languageNames.empty() || in.tableCount < 2) return false;
    const LanguageRoles roles(in);
    const int blockCount = static_cast<int>(in.blocks.size());
    std::vector<std::vector<int>> atTable(in.tableCount);
    bool changed = false;
    for (int bridge = 0; bridge < blockCount && !budget.spent(); ++bridge) {
        if (!movable[bridge] || roles.bridges[bridge].empty()) continue;
        const int from = seating.tableOfBlock(bridge);
        std::vector<int> group = {bridge};
        for (int b = 0; b < blockCount; ++b)
            if (b != bridge && movable[b] && seating.tableOfBlock(b) == from &&
                roles.needsAny(b, roles.bridges[bridge]))
                group.push_back(b);
        if (group.size() < 2) continue; // a bridge alone: the ordinary swaps move it
        for (auto& here : atTable)
            here.clear();
        for (int b = 0; b < blockCount; ++b)
            if (movable[b] && std::find(group.begin(), group.end(), b) == group.end())
                atTable[seating.tableOfBlock(b)].push_back(b);
        for (int to = 0; to < in.tableCount; ++to) {
            if (to == from) continue;
            // For each member of the group, the partner of its kind at `to` who likes `from` best.
            std::vector<int> partners;
            for (int g : group) {
                int chosen = -1, chosenGain = 0;
                for (int b : atTable[to]) {
                    if (kindOf(in, b) != kindOf(in, g) ||
                        std::find(partners.begin(), partners.end(), b) != partners.end())
                        continue;
                    const int gain = points(in, b, to) - points(in, b, from);
                    if (chosen < 0 || gain > chosenGain) {
                        chosen = b;
                        chosenGain = gain;
                    }
                }
                if (chosen < 0) break;
                partners.push_back(chosen);
            }
            budget.evaluations += static_cast<std::int64_t>(group.size() + atTable[to].size());
            if (partners.size() != group.size()) continue;
            if (trade(seating, in, rng, movable, group, partners, from, to, budget)) {
                changed = true;
                break; // the group sits elsewhere now; its old table's list is stale
            }
        }
    }
    return changed;
}

} // namespace dlg::assign
