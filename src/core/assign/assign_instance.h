// The balancer's input in index form: people, tables, seating blocks and the numbers every rule
// needs, prepared once so the solver works on small integers. Internal to core/assign*.
#pragma once

#include <climits>
#include <string>
#include <vector>

#include "core/assign/assign.h"
#include "core/model/model.h"

namespace dlg::assign {

/// A group that always sits at one table: a family (rule "together") or a single person.
struct Block {
    std::vector<int> members;
    int staff = 0;       ///< staff among the members
    int fixedTable = -1; ///< table forced by a leader or a pin among the members; -1 = free
};

/// Per block, flat: its members' grades, then their language entries (language * 4 + 0 bridges it,
/// 1 needs support, 2 needs support and bridges it), so pricing a move reads one place.
struct BlockProfiles {
    std::vector<int> entries;
    std::vector<int> start;     ///< [block]: first entry; [blocks]: the end
    std::vector<int> languages; ///< [block]: first language entry
    const int* grades(int block) const { return entries.data() + start[block]; }
    const int* languagesOf(int block) const { return entries.data() + languages[block]; }
    const int* end(int block) const { return entries.data() + start[block + 1]; }
};

struct Instance {
    AssignRules rules;
    int people = 0; ///< N, people seated
    int tableCount = 0;
    int staffTotal = 0; ///< S
    int smallSize = 0;  ///< floor(N / tables)
    int largeSize = 0;  ///< ceil(N / tables)

    // Per person (index into `persons`).
    std::vector<const Participant*> persons;
    std::vector<bool> isStaff;
    std::vector<std::vector<int>> gradesOf; ///< grade indices; parents only (staff do not count)
    std::vector<int> needsLanguage;         ///< language index needing support, -1 when none
    std::vector<std::vector<int>> bridges;  ///< language indices the person bridges to Dutch
    std::vector<int> familyOf;              ///< family index, -1 when none
    std::vector<int> blockOf;
    std::vector<int> prefPoints; ///< [person * tableCount + table]: 0 first, 1 second, 4 other

    // Per table.
    std::vector<const Table*> tables;
    std::vector<int> maxSize; ///< min(largeSize, capacity)

    std::vector<std::string> gradeNames;
    std::vector<double> gradeShare;         ///< parents of the grade / N (fair share per seat)
    std::vector<std::string> languageNames; ///< languages someone needs support in
    int familyCount = 0;
    std::vector<Block> blocks;
    BlockProfiles profiles; ///< of `blocks`

    std::vector<int> staffMinBySize; ///< [size]: ceil(e - 1), e = S * size / N, at least 0
    std::vector<int> staffMaxBySize; ///< [size]: floor(e + 1)

    int staffMin(int size) const; ///< the staff band for a table of `size` people
    int staffMax(int size) const;
    int tableIndex(const std::string& id) const; ///< -1 when unknown
};

/// Builds the instance; every plain reason why no seating can exist goes to `reasons`.
/// `seatsForPins` gives the seats that pinned people keep.
Instance buildInstance(const Session& session, const AssignOptions& options,
                       const std::map<std::string, std::string>& seatsForPins,
                       std::vector<std::string>& reasons);

/// Person index -> table index (-1 unseated) from id-keyed seats.
std::vector<int> seatsToIndex(const Instance& instance, const std::map<std::string, std::string>& seats);

} // namespace dlg::assign
