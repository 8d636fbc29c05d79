#include "core/assign/assign_instance.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/model/grade.h"

namespace dlg {

std::vector<const Participant*> selectParticipants(const Session& session, bool presentOnly) {
    std::vector<const Participant*> selected;
    for (const Participant& person : session.participants) {
        bool seated = presentOnly ? person.present : person.rsvp != Rsvp::Declined;
        if (seated) selected.push_back(&person);
    }
    return selected;
}

} // namespace dlg

namespace dlg::assign {
namespace {

std::string lowered(const std::string& text) {
    std::string out = text;
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// Floor and ceiling of a / b for b > 0 and any sign of a.
long long floorDiv(long long a, long long b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
long long ceilDiv(long long a, long long b) {
    return -floorDiv(-a, b);
}

int indexOf(std::vector<std::string>& names, const std::string& name) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end()) return static_cast<int>(it - names.begin());
    names.push_back(name);
    return static_cast<int>(names.size()) - 1;
}

void fillPeople(Instance& in) {
    const int n = in.people;
    const int t = in.tableCount;
    in.isStaff.assign(n, false);
    in.gradesOf.assign(n, {});
    in.needsLanguage.assign(n, -1);
    in.bridges.assign(n, {});
    in.familyOf.assign(n, -1);
    in.prefPoints.assign(static_cast<std::size_t>(n) * t, 0);
    std::vector<std::string> families;
    std::vector<int> gradeParents;
    for (int p = 0; p < n; ++p) {
        const Participant& person = *in.persons[p];
        in.isStaff[p] = person.role == Role::Staff;
        if (in.isStaff[p]) ++in.staffTotal;
        if (!in.isStaff[p]) {
            for (const std::string& grade : person.grades) {
                // One grade however it is written ("groep 8" in a session built in memory).
                int g = indexOf(in.gradeNames, canonicalGrade(grade));
                if (std::find(in.gradesOf[p].begin(), in.gradesOf[p].end(), g) != in.gradesOf[p].end())
                    continue;
                in.gradesOf[p].push_back(g);
                gradeParents.resize(in.gradeNames.size(), 0);
                ++gradeParents[g];
            }
            if (!person.languageSupport.empty())
                in.needsLanguage[p] = indexOf(in.languageNames, lowered(person.languageSupport));
        }
        if (!person.family.empty()) in.familyOf[p] = indexOf(families, person.family);
        bool hasPreference = !person.preference1.empty() || !person.preference2.empty();
        for (int table = 0; table < t && hasPreference; ++table) {
            const std::string& theme = in.tables[table]->themeId;
            int points = 4;
            if (!theme.empty() && theme == person.preference1)
                points = 0;
            else if (!theme.empty() && theme == person.preference2)
                points = 1;
            in.prefPoints[static_cast<std::size_t>(p) * t + table] = points;
        }
    }
    in.familyCount = static_cast<int>(families.size());
    gradeParents.resize(in.gradeNames.size(), 0);
    for (int count : gradeParents)
        in.gradeShare.push_back(static_cast<double>(count) / n);
    // Bridges are known only once every needed language is: a bridge speaks it and Dutch.
    for (int p = 0; p < n; ++p) {
        std::set<std::string> spoken;
        for (const std::string& language : in.persons[p]->languages)
            spoken.insert(lowered(language));
        if (!spoken.count("nl")) continue;
        for (int l = 0; l < static_cast<int>(in.languageNames.size()); ++l)
            if (spoken.count(in.languageNames[l])) in.bridges[p].push_back(l);
    }
}

// Leaders and pins give fixed tables; returns person -> fixed table (-1 free).
std::vector<int> fixedTables(const Instance& in, const Session& session,
                             const std::map<std::string, std::string>& seatsForPins,
                             std::vector<std::string>& reasons) {
    std::map<std::string, int> personIndex;
    for (int p = 0; p < in.people; ++p)
        personIndex[in.persons[p]->id] = p;
    std::set<std::string> known;
    for (const Participant& person : session.participants)
        known.insert(person.id);
    std::vector<int> fixed(in.people, -1);
    for (int t = 0; t < in.tableCount; ++t) {
        const Table& table = *in.tables[t];
        if (table.leaderId.empty()) continue;
        auto it = personIndex.find(table.leaderId);
        if (!known.count(table.leaderId)) {
            reasons.push_back("table " + table.id + ": leader " + table.leaderId + " is not a participant");
        } else if (it == personIndex.end()) {
            reasons.push_back("table " + table.id + ": leader " + table.leaderId +
                              " is not among the people to seat (absent or declined); choose another leader");
        } else if (fixed[it->second] >= 0) {
            reasons.push_back("participant " + table.leaderId + " leads two tables (" +
                              in.tables[fixed[it->second]]->id + " and " + table.id + ")");
        } else {
            fixed[it->second] = t;
        }
    }
    for (const std::string& id : session.assignment.pinned) {
        auto person = personIndex.find(id);
        if (person == personIndex.end()) continue; // an absent pinned person needs no seat
        auto seat = seatsForPins.find(id);
        int t = seat == seatsForPins.end() ? -1 : in.tableIndex(seat->second);
        if (t < 0) {
            reasons.push_back("participant " + id + " is pinned but has no seat at a known table");
        } else if (fixed[person->second] >= 0 && fixed[person->second] != t) {
            reasons.push_back("participant " + id + " is pinned to table " + seat->second +
                              " but leads table " + in.tables[fixed[person->second]]->id);
        } else {
            fixed[person->second] = t;
        }
    }
    return fixed;
}

void buildBlocks(Instance& in, const std::vector<int>& fixed, std::vector<std::string>& reasons) {
    bool together = in.rules.families == FamilySeating::Together;
    std::map<int, int> blockOfFamily;
    in.blockOf.assign(in.people, -1);
    for (int p = 0; p < in.people; ++p) {
        int family = in.familyOf[p];
        if (together && family >= 0 && blockOfFamily.count(family)) {
            in.blockOf[p] = blockOfFamily[family];
        } else {
            in.blockOf[p] = static_cast<int>(in.blocks.size());
            in.blocks.emplace_back();
            if (together && family >= 0) blockOfFamily[family] = in.blockOf[p];
        }
        Block& block = in.blocks[in.blockOf[p]];
        block.members.push_back(p);
        if (in.isStaff[p]) ++block.staff;
        if (fixed[p] < 0) continue;
        if (block.fixedTable >= 0 && block.fixedTable != fixed[p]) {
            reasons.push_back("the family of " + in.persons[p]->id +
                              " must sit together, but its members are fixed to tables " +
                              in.tables[block.fixedTable]->id + " and " + in.tables[fixed[p]]->id +
                              " (leader or pinned seat)");
        } else {
            block.fixedTable = fixed[p];
        }
    }
    if (!together) {
        std::map<std::pair<int, int>, int> fixedPerFamilyTable;
        std::vector<int> familySize(in.familyCount, 0);
        for (int p = 0; p < in.people; ++p) {
            if (in.familyOf[p] < 0) continue;
            ++familySize[in.familyOf[p]];
            if (fixed[p] >= 0 && ++fixedPerFamilyTable[{in.familyOf[p], fixed[p]}] == 2)
                reasons.push_back("the family of " + in.persons[p]->id +
                                  " must sit apart, but two members are fixed to table " +
                                  in.tables[fixed[p]]->id);
        }
        for (int p = 0; p < in.people; ++p) {
            int family = in.familyOf[p];
            if (family >= 0 && familySize[family] > in.tableCount) {
                reasons.push_back(
                    "the family of " + in.persons[p]->id + " has " + std::to_string(familySize[family]) +
                    " members to seat apart but there are only " + std::to_string(in.tableCount) + " tables");
                familySize[family] = 0; // report once
            }
        }
    }
}

void checkSizes(const Instance& in, std::vector<std::string>& reasons) {
    std::string spread =
        " (" + std::to_string(in.people) + " people over " + std::to_string(in.tableCount) + " tables)";
    long long room = 0;
    for (int t = 0; t < in.tableCount; ++t) {
        room += in.maxSize[t];
        if (in.maxSize[t] < in.smallSize)
            reasons.push_back("table " + in.tables[t]->id + " holds " + std::to_string(in.maxSize[t]) +
                              " people but every table needs at least " + std::to_string(in.smallSize) +
                              spread);
    }
    if (room < in.people)
        reasons.push_back("the tables hold at most " + std::to_string(room) + " people together but " +
                          std::to_string(in.people) + " need a seat; raise a capacity or add a table");
    std::vector<int> fixedPeople(in.tableCount, 0), fixedStaff(in.tableCount, 0);
    for (const Block& block : in.blocks) {
        int size = static_cast<int>(block.members.size());
        if (size > in.largeSize) {
            reasons.push_back("the family of " + in.persons[block.members[0]]->id + " has " +
                              std::to_string(size) + " people to seat together but a table seats at most " +
                              std::to_string(in.largeSize) + spread +
                              "; set families to 'apart' or add people");
        }
        if (block.fixedTable < 0) continue;
        fixedPeople[block.fixedTable] += size;
        fixedStaff[block.fixedTable] += block.staff;
    }
    for (int t = 0; t < in.tableCount; ++t) {
        if (fixedPeople[t] > in.maxSize[t])
            reasons.push_back("table " + in.tables[t]->id + " has " + std::to_string(fixedPeople[t]) +
                              " people fixed to it (leader, pins, their families) but seats at most " +
                              std::to_string(in.maxSize[t]) + spread);
        if (fixedStaff[t] > in.staffMax(in.largeSize))
            reasons.push_back("table " + in.tables[t]->id + " has " + std::to_string(fixedStaff[t]) +
                              " staff fixed to it (leader, pins) but the staff balance allows at most " +
                              std::to_string(in.staffMax(in.largeSize)) + " (" +
                              std::to_string(in.staffTotal) + " staff among " + std::to_string(in.people) +
                              " people)");
    }
}

// The flat per-block profiles (see BlockProfiles): read by every move and swap pricing.
void buildProfiles(Instance& in) {
    BlockProfiles& profile = in.profiles;
    std::vector<int>& entries = profile.entries;
    profile.start.assign(in.blocks.size() + 1, 0);
    profile.languages.assign(in.blocks.size(), 0);
    for (std::size_t b = 0; b < in.blocks.size(); ++b) {
        profile.start[b] = static_cast<int>(entries.size());
        for (int p : in.blocks[b].members)
            entries.insert(entries.end(), in.gradesOf[p].begin(), in.gradesOf[p].end());
        profile.languages[b] = static_cast<int>(entries.size());
        for (int p : in.blocks[b].members) {
            bool bridgesOwn = false;
            for (int l : in.bridges[p]) {
                entries.push_back(l * 4);
                bridgesOwn = bridgesOwn || l == in.needsLanguage[p];
            }
            if (int l = in.needsLanguage[p]; l >= 0) entries.push_back(l * 4 + (bridgesOwn ? 2 : 1));
        }
    }
    profile.start[in.blocks.size()] = static_cast<int>(entries.size());
}

} // namespace

int Instance::staffMin(int size) const {
    if (size >= 0 && size < static_cast<int>(staffMinBySize.size())) return staffMinBySize[size];
    if (people == 0) return 0;
    return static_cast<int>(std::max(0LL, ceilDiv(1LL * staffTotal * size - people, people)));
}

int Instance::staffMax(int size) const {
    if (size >= 0 && size < static_cast<int>(staffMaxBySize.size())) return staffMaxBySize[size];
    if (people == 0) return 0;
    return static_cast<int>(floorDiv(1LL * staffTotal * size + people, people));
}

int Instance::tableIndex(const std::string& id) const {
    for (int t = 0; t < tableCount; ++t)
        if (tables[t]->id == id) return t;
    return -1;
}

Instance buildInstance(const Session& session, const AssignOptions& options,
                       const std::map<std::string, std::string>& seatsForPins,
                       std::vector<std::string>& reasons) {
    Instance in;
    in.rules = session.assignRules;
    bool presentOnly = options.presentOnly.value_or(in.rules.presentOnly);
    in.persons = selectParticipants(session, presentOnly);
    in.people = static_cast<int>(in.persons.size());
    for (const Table& table : session.tables)
        in.tables.push_back(&table);
    in.tableCount = static_cast<int>(in.tables.size());
    if (in.tableCount == 0) reasons.push_back("there are no tables; add at least one table");
    if (in.people == 0)
        reasons.push_back(presentOnly
                              ? "nobody to seat: no participant is marked present (seat everyone who did "
                                "not decline with --all / 'use present only' off)"
                              : "nobody to seat: every participant declined");
    if (!reasons.empty()) return in;
    in.smallSize = in.people / in.tableCount;
    in.largeSize = (in.people + in.tableCount - 1) / in.tableCount;
    for (const Table* table : in.tables)
        in.maxSize.push_back(table->capacity > 0 ? std::min(table->capacity, in.largeSize) : in.largeSize);
    fillPeople(in);
    // The bands are looked up for every candidate move, so compute them once per size.
    std::vector<int> minimum, maximum;
    for (int size = 0; size <= in.people; ++size) {
        minimum.push_back(in.staffMin(size));
        maximum.push_back(in.staffMax(size));
    }
    in.staffMinBySize = std::move(minimum);
    in.staffMaxBySize = std::move(maximum);
    std::vector<int> fixed = fixedTables(in, session, seatsForPins, reasons);
    buildBlocks(in, fixed, reasons);
    buildProfiles(in);
    checkSizes(in, reasons);
    return in;
}

std::vector<int> seatsToIndex(const Instance& instance, const std::map<std::string, std::string>& seats) {
    std::vector<int> tableOf(instance.people, -1);
    for (int p = 0; p < instance.people; ++p) {
        auto it = seats.find(instance.persons[p]->id);
        if (it != seats.end()) tableOf[p] = instance.tableIndex(it->second);
    }
    return tableOf;
}

} // namespace dlg::assign
