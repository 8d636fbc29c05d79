#include "assign_bound_patterns.h"

#include <cmath>
#include <map>

namespace bench::bound {
namespace {

using dlg::assign::Instance;

std::size_t at(const Instance& in, int person, int table) {
    return static_cast<std::size_t>(person) * in.tableCount + table;
}

// Adds a person's grades and languages to per-grade and per-language counts.
void countPerson(const Instance& in, int p, std::vector<int>& grades, std::vector<int>& needs,
                 std::vector<int>& bridges) {
    for (int g : in.gradesOf[p])
        ++grades[g];
    if (in.needsLanguage[p] >= 0) ++needs[in.needsLanguage[p]];
    for (int l : in.bridges[p])
        ++bridges[l];
}

void append(std::vector<int>& key, const std::vector<int>& values) {
    key.insert(key.end(), values.begin(), values.end());
}

// Classes: tables where every free person scores the same points and the same people are fixed
// (by count, staff, grades and languages: who they are does not change any cost).
void groupTables(const Instance& in, PatternProblem& problem) {
    const int grades = static_cast<int>(in.gradeNames.size());
    const int languages = static_cast<int>(in.languageNames.size());
    std::map<std::vector<int>, int> classIndex;
    for (int t = 0; t < in.tableCount; ++t) {
        TableClass table;
        table.maxSize = in.maxSize[t];
        table.fixedGrades.assign(grades, 0);
        table.fixedNeeds.assign(languages, 0);
        table.fixedBridges.assign(languages, 0);
        std::vector<int> key;
        for (const dlg::assign::Block& block : in.blocks) {
            if (block.fixedTable < 0) {
                for (int p : block.members)
                    key.push_back(in.prefPoints[at(in, p, t)]);
                continue;
            }
            if (block.fixedTable != t) continue;
            table.fixedSize += static_cast<int>(block.members.size());
            table.fixedStaff += block.staff;
            for (int p : block.members) {
                countPerson(in, p, table.fixedGrades, table.fixedNeeds, table.fixedBridges);
                problem.fixedCost += in.rules.preferenceWeight * in.prefPoints[at(in, p, t)];
            }
        }
        key.insert(key.end(), {table.maxSize, table.fixedSize, table.fixedStaff});
        append(key, table.fixedGrades);
        append(key, table.fixedNeeds);
        append(key, table.fixedBridges);
        auto [found, added] = classIndex.emplace(key, static_cast<int>(problem.classes.size()));
        if (added) problem.classes.push_back(table);
        problem.classOfTable.push_back(found->second);
        ++problem.classes[found->second].tables;
    }
}

void groupBlocks(const Instance& in, PatternProblem& problem) {
    const int grades = static_cast<int>(in.gradeNames.size());
    const int languages = static_cast<int>(in.languageNames.size());
    std::vector<int> sampleTable(problem.classes.size(), -1);
    for (int t = in.tableCount - 1; t >= 0; --t)
        sampleTable[problem.classOfTable[t]] = t;
    std::map<std::vector<int>, int> kindIndex;
    for (const dlg::assign::Block& block : in.blocks) {
        if (block.fixedTable >= 0) {
            problem.kindOfBlock.push_back(-1);
            continue;
        }
        BlockKind kind;
        kind.size = static_cast<int>(block.members.size());
        kind.staff = block.staff;
        kind.grades.assign(grades, 0);
        kind.needs.assign(languages, 0);
        kind.bridges.assign(languages, 0);
        kind.points.assign(problem.classes.size(), 0);
        for (int p : block.members) {
            countPerson(in, p, kind.grades, kind.needs, kind.bridges);
            for (std::size_t c = 0; c < problem.classes.size(); ++c)
                kind.points[c] += in.prefPoints[at(in, p, sampleTable[c])];
        }
        std::vector<int> key = {kind.size, kind.staff};
        append(key, kind.grades);
        append(key, kind.needs);
        append(key, kind.bridges);
        append(key, kind.points);
        auto [found, added] = kindIndex.emplace(key, static_cast<int>(problem.kinds.size()));
        if (added) problem.kinds.push_back(kind);
        ++problem.kinds[found->second].supply;
        problem.kindOfBlock.push_back(found->second);
    }
}

} // namespace

PatternProblem patternProblem(const Instance& in) {
    PatternProblem problem;
    problem.smallSize = in.smallSize;
    problem.largeSize = in.largeSize;
    problem.largeTables = in.people - in.tableCount * in.smallSize;
    problem.preferenceWeight = in.rules.preferenceWeight;
    problem.gradeWeight = in.rules.gradeWeight;
    problem.languageWeight = in.rules.languageWeight;
    problem.gradeShare = in.gradeShare;
    for (int size = 0; size <= in.largeSize; ++size) {
        problem.staffMin.push_back(in.staffMin(size));
        problem.staffMax.push_back(in.staffMax(size));
    }
    groupTables(in, problem);
    groupBlocks(in, problem);
    return problem;
}

double patternCost(const PatternProblem& problem, int tableClass, int size, const std::vector<int>& blocks) {
    const TableClass& table = problem.classes[tableClass];
    std::vector<int> grades = table.fixedGrades, needs = table.fixedNeeds, bridges = table.fixedBridges;
    double points = 0;
    for (std::size_t k = 0; k < problem.kinds.size(); ++k) {
        const BlockKind& kind = problem.kinds[k];
        points += blocks[k] * kind.points[tableClass];
        for (std::size_t g = 0; g < grades.size(); ++g)
            grades[g] += blocks[k] * kind.grades[g];
        for (std::size_t l = 0; l < needs.size(); ++l) {
            needs[l] += blocks[k] * kind.needs[l];
            bridges[l] += blocks[k] * kind.bridges[l];
        }
    }
    double spread = 0;
    for (std::size_t g = 0; g < grades.size(); ++g)
        spread += std::fabs(grades[g] - problem.gradeShare[g] * size);
    double unsupported = 0;
    for (std::size_t l = 0; l < needs.size(); ++l)
        unsupported += bridges[l] == 0 ? needs[l] : 0;
    return problem.preferenceWeight * points + problem.gradeWeight * spread +
           problem.languageWeight * unsupported;
}

std::vector<Pattern> seatingPatterns(const PatternProblem& problem, const Instance& in,
                                     const std::vector<int>& tableOfPerson) {
    std::vector<Pattern> patterns(in.tableCount);
    for (int t = 0; t < in.tableCount; ++t) {
        patterns[t].tableClass = problem.classOfTable[t];
        patterns[t].blocks.assign(problem.kinds.size(), 0);
    }
    for (std::size_t b = 0; b < in.blocks.size(); ++b) {
        Pattern& pattern = patterns[tableOfPerson[in.blocks[b].members.front()]];
        pattern.size += static_cast<int>(in.blocks[b].members.size());
        if (problem.kindOfBlock[b] >= 0) ++pattern.blocks[problem.kindOfBlock[b]];
    }
    for (Pattern& pattern : patterns)
        pattern.cost = patternCost(problem, pattern.tableClass, pattern.size, pattern.blocks);
    return patterns;
}

} // namespace bench::bound
