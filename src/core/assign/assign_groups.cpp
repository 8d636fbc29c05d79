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
    bool needsAny(int block, const std::vector<int>& languages) const { return any(needs[block], languages); }
    bool bridgesAny(int block, const std::vector<int>& languages) const {
        return any(bridges[block], languages);
    }
    static bool any(const std::vector<int>& held, const std::vector<int>& languages) {
        for (int l : held)
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

// A trade priced bare (before the local search settles it): for a bridge freed, the bridge and its
// partner; for a language group, the table it goes to and the partners from there.
struct Trade {
    double change = 0;
    int block = -1;
    int partner = -1;
    std::vector<int> partners;
};

// The `tried` cheapest trades, cheapest first (ties in the order found: deterministic).
std::vector<Trade> cheapestFew(std::vector<Trade> trades, std::size_t tried) {
    std::stable_sort(trades.begin(), trades.end(),
                     [](const Trade& a, const Trade& b) { return a.change < b.change; });
    if (trades.size() > tried) trades.resize(tried);
    return trades;
}

// The cheapest rule-keeping swap partner for `block` among the movable blocks of its kind at the
// tables `allowed` marks, none of whom needs or bridges `language`; -1 when there is none.
int cheapestPartner(Seating& seating, const Instance& in, const LanguageRoles& roles,
                    const std::vector<int>& blocks, int block, int language, const std::vector<bool>& allowed,
                    double& chosenCost, Budget& budget) {
    const std::vector<int> only = {language};
    int chosen = -1;
    chosenCost = 0;
    for (int b : blocks) {
        if (b == block || !allowed[seating.tableOfBlock(b)] || kindOf(in, b) != kindOf(in, block) ||
            roles.needsAny(b, only) || roles.bridgesAny(b, only) || !seating.swapKeepsRules(block, b))
            continue;
        ++budget.evaluations;
        const double cost = seating.swapCost(block, b);
        if (chosen < 0 || cost < chosenCost) {
            chosen = b;
            chosenCost = cost;
        }
    }
    return chosen;
}

// People of `language` at each table: those who bridge it (and need no support in it) and those
// who need it without bridging it themselves.
struct LanguageCounts {
    std::vector<int> bridges, needers;
};

LanguageCounts countLanguage(const Seating& seating, const Instance& in, int language) {
    LanguageCounts counts{std::vector<int>(in.tableCount, 0), std::vector<int>(in.tableCount, 0)};
    for (int p = 0; p < in.people; ++p) {
        const int t = seating.tableOfPerson(p);
        const bool bridges =
            std::find(in.bridges[p].begin(), in.bridges[p].end(), language) != in.bridges[p].end();
        if (bridges && in.needsLanguage[p] != language) ++counts.bridges[t];
        if (!bridges && in.needsLanguage[p] == language) ++counts.needers[t];
    }
    return counts;
}

// One trial: `bridge` trades places with `partner` at a table where parents needing the language
// sit without a bridge. The local search (the bridge held) then settles the two tables and every
// table with a bridge of the language: each parent left alone at the bridge's old table who finds
// a seat there gains a language weight, so it makes those moves (a family too, by trading with
// single people). Kept when the whole costs less and keeps every hard rule.
bool freeBridge(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable, int bridge,
                int partner, const LanguageCounts& counts, Budget& budget) {
    const int from = seating.tableOfBlock(bridge);
    const int to = seating.tableOfBlock(partner);
    Seating trial = seating;
    trial.swapBlocks(bridge, partner);
    std::vector<bool> touched(in.tableCount, false);
    for (int t = 0; t < in.tableCount; ++t)
        touched[t] = t == from || t == to || counts.bridges[t] > 0;
    // The bridge stays where the trial sent it: going back is the first gain the search would see.
    std::vector<bool> others = movable;
    others[bridge] = false;
    improveAt(trial, in, rng, others, touched, budget);
    if (trial.hard() != 0 || trial.cost() >= seating.cost() - kEpsilon) return false;
    seating = std::move(trial);
    return true;
}

} // namespace

bool freeLanguageBridges(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable,
                         Budget& budget, std::size_t tried) {
    if (in.languageNames.empty() || in.tableCount < 3) return false;
    const LanguageRoles roles(in);
    std::vector<int> blocks;
    for (int b = 0; b < static_cast<int>(in.blocks.size()); ++b)
        if (movable[b]) blocks.push_back(b);
    bool changed = false;
    for (int language = 0; language < static_cast<int>(in.languageNames.size()); ++language) {
        for (bool again = true; again && !budget.spent();) {
            again = false;
            // Each lone bridge with its cheapest partner at each table that lacks one, priced
            // bare; the local search then settles the cheapest few (it costs far more than pricing).
            const LanguageCounts counts = countLanguage(seating, in, language);
            std::vector<Trade> candidates;
            for (int bridge : blocks) {
                const int from = seating.tableOfBlock(bridge);
                if (counts.bridges[from] != 1 || !roles.bridgesAny(bridge, {language})) continue;
                for (int to = 0; to < in.tableCount; ++to) {
                    if (counts.needers[to] == 0 || counts.bridges[to] > 0) continue;
                    std::vector<bool> target(in.tableCount, false);
                    target[to] = true;
                    double change = 0;
                    const int partner =
                        cheapestPartner(seating, in, roles, blocks, bridge, language, target, change, budget);
                    if (partner >= 0) candidates.push_back({change, bridge, partner, {}});
                }
            }
            for (const Trade& trade : cheapestFew(candidates, tried))
                if (!budget.spent() &&
                    freeBridge(seating, in, rng, movable, trade.block, trade.partner, counts, budget)) {
                    again = changed = true;
                    break;
                }
        }
    }
    return changed;
}

bool relocateLanguageGroups(Seating& seating, const Instance& in, Rng& rng, const std::vector<bool>& movable,
                            Budget& budget, std::size_t tried) {
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
        // Every other table, its partners and what the bare trade costs (applied and undone: the
        // counters price it exactly); the local search then settles the cheapest few.
        std::vector<Trade> candidates;
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
            const double before = seating.cost();
            for (std::size_t i = 0; i < group.size(); ++i) {
                seating.moveBlock(group[i], to);
                seating.moveBlock(partners[i], from);
            }
            const double change = seating.cost() - before;
            const bool valid = seating.hard() == 0;
            for (std::size_t i = group.size(); i-- > 0;) {
                seating.moveBlock(partners[i], to);
                seating.moveBlock(group[i], from);
            }
            if (valid) candidates.push_back({change, to, -1, std::move(partners)});
        }
        for (const Trade& candidate : cheapestFew(candidates, tried))
            if (trade(seating, in, rng, movable, group, candidate.partners, from, candidate.block, budget)) {
                changed = true;
                break; // the group sits elsewhere now; its old table's list is stale
            }
    }
    return changed;
}

} // namespace dlg::assign
