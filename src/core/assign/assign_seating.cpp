#include "core/assign/assign_seating.h"

#include <array>
#include <cmath>

namespace dlg::assign {

Seating::Seating(const Instance& instance, std::vector<int> previous, std::vector<int> round1)
    : in_(&instance), previous_(std::move(previous)), round1_(std::move(round1)) {
    const std::size_t tables = static_cast<std::size_t>(in_->tableCount);
    if (previous_.empty()) previous_.assign(in_->people, -1);
    hasRound1_ = !round1_.empty();
    if (round1_.empty()) round1_.assign(in_->people, -1);
    blockTable_.assign(in_->blocks.size(), -1);
    size_.assign(tables, 0);
    staff_.assign(tables, 0);
    apartExcess_.assign(tables, 0);
    repeatPairs_.assign(tables, 0);
    gradeCount_.assign(tables * in_->gradeNames.size(), 0);
    bridge_.assign(tables * in_->languageNames.size(), 0);
    needOnly_.assign(bridge_.size(), 0);
    needSelf_.assign(bridge_.size(), 0);
    if (in_->rules.families == FamilySeating::Apart) familyCount_.assign(tables * in_->familyCount, 0);
    round1Count_.assign(tables * tables, 0);
    cost_.assign(tables, 0);
    hard_.assign(tables, 0);
    for (std::size_t t = 0; t < tables; ++t)
        refresh(static_cast<int>(t));
}

bool Seating::seatedBefore(int block) const {
    for (int p : in_->blocks[block].members)
        if (previous_[p] >= 0) return true;
    return false;
}

double Seating::cost() const {
    return personTotal_ + tableTotal_;
}

double Seating::personCost(int person, int table) const {
    const std::size_t index = static_cast<std::size_t>(person) * in_->tableCount + table;
    double cost = in_->rules.preferenceWeight * in_->prefPoints[index];
    if (previous_[person] >= 0 && previous_[person] != table) cost += in_->rules.moveWeight;
    return cost;
}

double Seating::blockOwnCost(int block) const {
    double cost = 0;
    for (int p : in_->blocks[block].members)
        cost += personCost(p, blockTable_[block]);
    return cost;
}

void Seating::add(int block, int table, int sign) {
    const int grades = static_cast<int>(in_->gradeNames.size());
    const int languages = static_cast<int>(in_->languageNames.size());
    const Block& moving = in_->blocks[block];
    size_[table] += sign * static_cast<int>(moving.members.size());
    staff_[table] += sign * moving.staff;
    const BlockProfiles& profiles = in_->profiles;
    const int* entry = profiles.grades(block);
    const int* gradesEnd = profiles.languagesOf(block);
    const int* end = profiles.end(block);
    for (; entry != gradesEnd; ++entry)
        gradeCount_[table * grades + *entry] += sign;
    for (; entry != end; ++entry) {
        std::vector<int>& counter = (*entry & 3) == 0 ? bridge_ : (*entry & 3) == 1 ? needOnly_ : needSelf_;
        counter[table * languages + (*entry >> 2)] += sign;
    }
    for (int p : moving.members) {
        if (!familyCount_.empty() && in_->familyOf[p] >= 0) {
            int& count = familyCount_[static_cast<std::size_t>(table) * in_->familyCount + in_->familyOf[p]];
            if (sign > 0 && count >= 1) ++apartExcess_[table];
            if (sign < 0 && count >= 2) --apartExcess_[table];
            count += sign;
        }
        if (int r = round1_[p]; r >= 0) {
            int& count = round1Count_[static_cast<std::size_t>(table) * in_->tableCount + r];
            if (sign < 0) --count;
            repeatPairs_[table] += sign * count;
            if (sign > 0) ++count;
        }
        personTotal_ += sign * personCost(p, table);
        if (previous_[p] >= 0 && previous_[p] != table) movedTotal_ += sign;
    }
}

double Seating::tableCost(int table) const {
    const int grades = static_cast<int>(in_->gradeNames.size());
    double spread = 0;
    for (int g = 0; g < grades; ++g)
        spread += std::fabs(gradeCount_[table * grades + g] - in_->gradeShare[g] * size_[table]);
    return in_->rules.gradeWeight * spread + in_->rules.languageWeight * unsupportedAt(table) +
           in_->rules.repeatWeight * repeatPairs_[table];
}

int Seating::unsupportedAt(int table) const {
    const int languages = static_cast<int>(in_->languageNames.size());
    int unsupported = 0;
    for (int l = 0; l < languages; ++l) {
        int bridges = bridge_[table * languages + l];
        if (bridges == 0) unsupported += needOnly_[table * languages + l];
        // A needer who bridges the language themself still needs someone else to talk to.
        if (bridges == 1 && needSelf_[table * languages + l] == 1) ++unsupported;
    }
    return unsupported;
}

int Seating::tableHard(int table) const {
    int size = size_[table];
    int staff = staff_[table];
    int violation = std::max(0, size - in_->maxSize[table]) + std::max(0, in_->smallSize - size);
    violation += std::max(0, in_->staffMin(size) - staff) + std::max(0, staff - in_->staffMax(size));
    return violation + apartExcess_[table];
}

void Seating::refresh(int table) {
    tableTotal_ -= cost_[table];
    hardTotal_ -= hard_[table];
    cost_[table] = tableCost(table);
    hard_[table] = tableHard(table);
    tableTotal_ += cost_[table];
    hardTotal_ += hard_[table];
}

void Seating::moveBlock(int block, int table) {
    int from = blockTable_[block];
    if (from >= 0) {
        add(block, from, -1);
        refresh(from);
    }
    add(block, table, +1);
    blockTable_[block] = table;
    refresh(table);
}

void Seating::liftBlock(int block) {
    const int from = blockTable_[block];
    add(block, from, -1);
    blockTable_[block] = -1;
    refresh(from);
}

void Seating::swapBlocks(int a, int b) {
    int ta = blockTable_[a];
    int tb = blockTable_[b];
    add(a, ta, -1);
    add(b, tb, -1);
    add(a, tb, +1);
    add(b, ta, +1);
    blockTable_[a] = tb;
    blockTable_[b] = ta;
    refresh(ta);
    refresh(tb);
}

bool Seating::bandOk(int table, int sizeChange, int staffChange) const {
    int size = size_[table] + sizeChange;
    int staff = staff_[table] + staffChange;
    return size <= in_->maxSize[table] && size >= in_->smallSize && staff >= in_->staffMin(size) &&
           staff <= in_->staffMax(size);
}

bool Seating::apartOk(int block, int table, int leavingBlock) const {
    if (familyCount_.empty()) return true;
    for (int p : in_->blocks[block].members) {
        int family = in_->familyOf[p];
        if (family < 0) continue;
        int count = familyCount_[static_cast<std::size_t>(table) * in_->familyCount + family];
        if (leavingBlock >= 0)
            for (int q : in_->blocks[leavingBlock].members)
                count -= in_->familyOf[q] == family ? 1 : 0;
        if (count > 0) return false;
    }
    return true;
}

bool Seating::moveKeepsRules(int block, int table) const {
    int from = blockTable_[block];
    const Block& moving = in_->blocks[block];
    int size = static_cast<int>(moving.members.size());
    if (from == table) return false;
    return bandOk(from, -size, -moving.staff) && bandOk(table, size, moving.staff) &&
           apartOk(block, table, -1);
}

bool Seating::swapKeepsRules(int a, int b) const {
    int ta = blockTable_[a];
    int tb = blockTable_[b];
    if (ta == tb) return false;
    const Block& first = in_->blocks[a];
    const Block& second = in_->blocks[b];
    int sizeChange = static_cast<int>(second.members.size()) - static_cast<int>(first.members.size());
    int staffChange = second.staff - first.staff;
    return bandOk(ta, sizeChange, staffChange) && bandOk(tb, -sizeChange, -staffChange) &&
           apartOk(a, tb, b) && apartOk(b, ta, a);
}

Delta Seating::evalMove(int block, int table) {
    const int from = blockTable_[block];
    const double personBefore = personTotal_;
    const int movedBefore = movedTotal_;
    double before = cost_[table];
    int hardBefore = hard_[table];
    if (from >= 0) {
        before += cost_[from];
        hardBefore += hard_[from];
        add(block, from, -1);
    }
    add(block, table, +1);
    Delta delta;
    double after = tableCost(table);
    int hardAfter = tableHard(table);
    if (from >= 0) {
        after += tableCost(from);
        hardAfter += tableHard(from);
    }
    delta.cost = after - before + (personTotal_ - personBefore);
    delta.hard = hardAfter - hardBefore;
    delta.moved = movedTotal_ - movedBefore;
    add(block, table, -1);
    if (from >= 0) add(block, from, +1);
    personTotal_ = personBefore;
    movedTotal_ = movedBefore;
    return delta;
}

namespace {

int unsupportedFor(int bridges, int needOnly, int needSelf) {
    return (bridges == 0 ? needOnly : 0) + (bridges == 1 && needSelf == 1 ? 1 : 0);
}

} // namespace

// Net changes of a few counters, keyed by grade or language index (blocks are small).
struct Seating::Changes {
    static constexpr int kCapacity = 16;
    std::array<int, kCapacity> key;                   // filled up to `count`
    std::array<std::array<int, 3>, kCapacity> amount; // filled up to `count`
    int count = 0;
    bool overflow = false;
    void add(int index, int slot, int delta) {
        for (int i = 0; i < count; ++i)
            if (key[i] == index) {
                amount[i][slot] += delta;
                return;
            }
        if (count == kCapacity) {
            overflow = true;
            return;
        }
        key[count] = index;
        amount[count] = {0, 0, 0};
        amount[count++][slot] = delta;
    }
};

struct Seating::TableChanges {
    Changes grades, languages;
};

bool Seating::collectChanges(std::array<int, 3> leaving, std::array<int, 3> arriving,
                             TableChanges& changes) const {
    auto collect = [&](int block, int sign) {
        const BlockProfiles& profiles = in_->profiles;
        const int* entry = profiles.grades(block);
        const int* gradesEnd = profiles.languagesOf(block);
        const int* end = profiles.end(block);
        for (; entry != gradesEnd; ++entry)
            changes.grades.add(*entry, 0, sign);
        for (; entry != end; ++entry)
            changes.languages.add(*entry >> 2, *entry & 3, sign);
    };
    for (int block : leaving)
        if (block >= 0) collect(block, -1);
    for (int block : arriving)
        if (block >= 0) collect(block, +1);
    return !changes.grades.overflow && !changes.languages.overflow;
}

double Seating::priceChanges(int table, const TableChanges& changes, int sign) const {
    const int grades = static_cast<int>(in_->gradeNames.size());
    const int languages = static_cast<int>(in_->languageNames.size());
    double spread = 0;
    for (int i = 0; i < changes.grades.count; ++i) {
        const int g = changes.grades.key[i];
        const int count = gradeCount_[table * grades + g];
        const double share = in_->gradeShare[g] * size_[table];
        spread += std::fabs(count + sign * changes.grades.amount[i][0] - share) - std::fabs(count - share);
    }
    int unsupported = 0;
    for (int i = 0; i < changes.languages.count; ++i) {
        const int index = table * languages + changes.languages.key[i];
        const auto& d = changes.languages.amount[i];
        unsupported += unsupportedFor(bridge_[index] + sign * d[0], needOnly_[index] + sign * d[1],
                                      needSelf_[index] + sign * d[2]) -
                       unsupportedFor(bridge_[index], needOnly_[index], needSelf_[index]);
    }
    return in_->rules.gradeWeight * spread + in_->rules.languageWeight * unsupported;
}

bool Seating::tableChange(int table, int leaving, int arriving, double& change) const {
    return tableChange(table, {leaving, -1, -1}, {arriving, -1, -1}, change);
}

bool Seating::tableChange(int table, std::array<int, 3> leaving, std::array<int, 3> arriving,
                          double& change) const {
    TableChanges changes;
    if (!collectChanges(leaving, arriving, changes)) return false;
    change = priceChanges(table, changes, +1);
    return true;
}

double Seating::swapCost(int a, int b) {
    const int ta = blockTable_[a];
    const int tb = blockTable_[b];
    const Block& first = in_->blocks[a];
    const Block& second = in_->blocks[b];
    // The fast path needs unchanged table sizes (grade shares) and no round-1 pair counting. What
    // changes at b's table is the reverse of what changes at a's, so it is collected once.
    TableChanges changes;
    bool fast = first.members.size() == second.members.size() && !hasRound1_ &&
                collectChanges({a, -1, -1}, {b, -1, -1}, changes);
    if (!fast) return evalSwap(a, b).cost;
    double change = priceChanges(ta, changes, +1) + priceChanges(tb, changes, -1);
    for (int p : first.members)
        change += personCost(p, tb) - personCost(p, ta);
    for (int p : second.members)
        change += personCost(p, ta) - personCost(p, tb);
    return change;
}

bool Seating::rotationCost(int a, int b, int c, double& change) const {
    const int ta = blockTable_[a];
    const int tb = blockTable_[b];
    const int tc = blockTable_[c];
    const std::size_t size = in_->blocks[a].members.size();
    if (hasRound1_ || !familyCount_.empty() || in_->blocks[b].members.size() != size ||
        in_->blocks[c].members.size() != size || ta == tb || tb == tc || tc == ta)
        return false;
    double atA = 0, atB = 0, atC = 0;
    if (!tableChange(ta, a, c, atA) || !tableChange(tb, b, a, atB) || !tableChange(tc, c, b, atC))
        return false;
    change = atA + atB + atC;
    for (int p : in_->blocks[a].members)
        change += personCost(p, tb) - personCost(p, ta);
    for (int p : in_->blocks[b].members)
        change += personCost(p, tc) - personCost(p, tb);
    for (int p : in_->blocks[c].members)
        change += personCost(p, ta) - personCost(p, tc);
    return true;
}

bool Seating::compoundCost(int family, std::array<int, 3> others, double& change) const {
    const int from = blockTable_[family];
    const int to = blockTable_[others[0]];
    std::size_t size = 0;
    for (int block : others)
        if (block >= 0) {
            if (blockTable_[block] != to) return false;
            size += in_->blocks[block].members.size();
        }
    if (hasRound1_ || !familyCount_.empty() || from == to || size != in_->blocks[family].members.size())
        return false;
    double atFrom = 0, atTo = 0;
    if (!tableChange(from, {family, -1, -1}, others, atFrom) ||
        !tableChange(to, others, {family, -1, -1}, atTo))
        return false;
    change = atFrom + atTo;
    for (int p : in_->blocks[family].members)
        change += personCost(p, to) - personCost(p, from);
    for (int block : others)
        if (block >= 0)
            for (int p : in_->blocks[block].members)
                change += personCost(p, from) - personCost(p, to);
    return true;
}

Delta Seating::evalSwap(int a, int b) {
    const int ta = blockTable_[a];
    const int tb = blockTable_[b];
    const double personBefore = personTotal_;
    const int movedBefore = movedTotal_;
    const double before = cost_[ta] + cost_[tb];
    const int hardBefore = hard_[ta] + hard_[tb];
    add(a, ta, -1);
    add(b, tb, -1);
    add(a, tb, +1);
    add(b, ta, +1);
    Delta delta;
    delta.cost = tableCost(ta) + tableCost(tb) - before + (personTotal_ - personBefore);
    delta.hard = tableHard(ta) + tableHard(tb) - hardBefore;
    delta.moved = movedTotal_ - movedBefore;
    add(a, tb, -1);
    add(b, ta, -1);
    add(a, ta, +1);
    add(b, tb, +1);
    personTotal_ = personBefore;
    movedTotal_ = movedBefore;
    return delta;
}

} // namespace dlg::assign
