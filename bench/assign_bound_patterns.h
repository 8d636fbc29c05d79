// The evening seen as table patterns, for the pattern bound (assign_bound.h): free seating blocks
// grouped into kinds that cost the same at every table, and tables grouped into classes that
// any block costs the same at. Internal to the bound.
#pragma once

#include <vector>

#include "core/assign/assign_instance.h"

namespace bench::bound {

/// Free blocks (families or single people) that no cost term tells apart.
struct BlockKind {
    int size = 0;
    int staff = 0;
    std::vector<int> grades;  ///< [grade]: members' children in it
    std::vector<int> needs;   ///< [language]: members needing support in it
    std::vector<int> bridges; ///< [language]: members who speak it and Dutch
    std::vector<int> points;  ///< [table class]: members' preference points there
    int supply = 0;           ///< blocks of this kind
};

/// Tables that the same company would cost the same at: theme, room and what is fixed there.
struct TableClass {
    int tables = 0;
    int maxSize = 0;
    int fixedSize = 0; ///< people fixed here (leaders, pins)
    int fixedStaff = 0;
    std::vector<int> fixedGrades, fixedNeeds, fixedBridges;
};

struct PatternProblem {
    int smallSize = 0, largeSize = 0;
    int largeTables = 0; ///< tables of largeSize in every seating
    double preferenceWeight = 0, gradeWeight = 0, languageWeight = 0;
    std::vector<double> gradeShare;
    std::vector<int> staffMin, staffMax; ///< [size]: the staff band
    double fixedCost = 0;                ///< preference cost of the fixed people, the same in every seating
    std::vector<TableClass> classes;
    std::vector<BlockKind> kinds;
    std::vector<int> kindOfBlock;  ///< [block]: -1 for fixed blocks
    std::vector<int> classOfTable; ///< [table]
};

/// One table's company: how many blocks of each kind sit there, and what that costs.
struct Pattern {
    int tableClass = 0;
    int size = 0;
    std::vector<int> blocks; ///< [kind]
    double cost = 0; ///< preference + grade spread + language, weighted (fixed people's points excluded)
};

PatternProblem patternProblem(const dlg::assign::Instance& instance);

/// The cost of seating `blocks` (per kind) at a table of the class, `size` people in all.
double patternCost(const PatternProblem& problem, int tableClass, int size, const std::vector<int>& blocks);

/// The patterns of a seating (person -> table index), one per table.
std::vector<Pattern> seatingPatterns(const PatternProblem& problem, const dlg::assign::Instance& instance,
                                     const std::vector<int>& tableOfPerson);

} // namespace bench::bound
