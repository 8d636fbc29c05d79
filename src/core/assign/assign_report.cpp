#include "core/assign/assign_report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "core/model/grade.h"

namespace dlg::assign {
namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::set<std::string> spokenBy(const Participant& person) {
    std::set<std::string> spoken;
    for (const std::string& language : person.languages)
        spoken.insert(lowered(language));
    return spoken;
}

void addTerms(ObjectiveBreakdown& sum, const ObjectiveBreakdown& part) {
    sum.preference += part.preference;
    sum.grade += part.grade;
    sum.language += part.language;
    sum.moves += part.moves;
    sum.repeats += part.repeats;
    sum.total += part.total;
}

void fillTable(const Instance& in, int t, const std::vector<int>& members, const std::vector<int>& previous,
               const std::vector<int>& round1, const std::map<std::string, int>& gradeParents,
               TableReport& report) {
    const AssignRules& rules = in.rules;
    const Table& table = *in.tables[t];
    report.tableId = table.id;
    report.name = table.name;
    report.themeId = table.themeId;
    report.size = static_cast<int>(members.size());
    report.staffMin = in.staffMin(report.size);
    report.staffMax = in.staffMax(report.size);
    int preferencePoints = 0;
    int moved = 0;
    int repeats = 0;
    for (int p : members) {
        const Participant& person = *in.persons[p];
        if (person.role == Role::Staff)
            ++report.staff;
        else
            ++report.parents;
        if (person.role == Role::Parent) {
            const std::vector<std::string> grades = canonicalGrades(person.grades); // distinct
            for (const std::string& grade : grades)
                ++report.grades[grade];
        }
        for (const std::string& language : spokenBy(person))
            ++report.languages[language];
        if (person.preference1.empty() && person.preference2.empty()) {
            ++report.noPreference;
        } else if (!table.themeId.empty() && table.themeId == person.preference1) {
            ++report.firstChoice;
        } else if (!table.themeId.empty() && table.themeId == person.preference2) {
            ++report.secondChoice;
            preferencePoints += 1;
        } else {
            ++report.otherChoice;
            preferencePoints += 4;
        }
        if (person.role == Role::Parent && !person.languageSupport.empty()) {
            std::string needed = lowered(person.languageSupport);
            bool bridged = std::any_of(members.begin(), members.end(), [&](int q) {
                std::set<std::string> spoken = spokenBy(*in.persons[q]);
                return q != p && spoken.count(needed) && spoken.count("nl");
            });
            if (!bridged) ++report.unsupported;
        }
        if (!previous.empty() && previous[p] >= 0 && previous[p] != t) ++moved;
        for (int q : members)
            if (q > p && !round1.empty() && round1[p] >= 0 && round1[p] == round1[q]) ++repeats;
    }
    double spread = 0;
    for (const auto& [grade, parents] : gradeParents) {
        auto here = report.grades.find(grade);
        int count = here == report.grades.end() ? 0 : here->second;
        spread += std::fabs(count - static_cast<double>(parents) * report.size / in.people);
    }
    report.movedIn = moved;
    report.repeatedPairs = repeats;
    ObjectiveBreakdown& terms = report.terms;
    terms.preference = rules.preferenceWeight * preferencePoints;
    terms.grade = rules.gradeWeight * spread;
    terms.language = rules.languageWeight * report.unsupported;
    terms.moves = rules.moveWeight * moved;
    terms.repeats = rules.repeatWeight * repeats;
    terms.total = terms.preference + terms.grade + terms.language + terms.moves + terms.repeats;
}

void checkHardRules(const Instance& in, const std::vector<int>& tableOf,
                    const std::vector<TableReport>& tables,
                    const std::map<std::string, std::string>& pinnedSeats,
                    std::vector<std::string>& violations) {
    for (int p = 0; p < in.people; ++p)
        if (tableOf[p] < 0) violations.push_back("participant " + in.persons[p]->id + " has no table");
    auto [smallest, largest] = std::minmax_element(
        tables.begin(), tables.end(), [](const auto& a, const auto& b) { return a.size < b.size; });
    if (largest->size - smallest->size > 1)
        violations.push_back("table sizes differ by more than 1: " + largest->tableId + " has " +
                             std::to_string(largest->size) + ", " + smallest->tableId + " has " +
                             std::to_string(smallest->size));
    for (int t = 0; t < in.tableCount; ++t) {
        const TableReport& report = tables[t];
        int capacity = in.tables[t]->capacity;
        if (capacity > 0 && report.size > capacity)
            violations.push_back("table " + report.tableId + " seats " + std::to_string(report.size) +
                                 ", over its capacity " + std::to_string(capacity));
        if (report.staff < report.staffMin || report.staff > report.staffMax)
            violations.push_back("table " + report.tableId + " has " + std::to_string(report.staff) +
                                 " staff; with " + std::to_string(report.size) + " people it needs " +
                                 std::to_string(report.staffMin) + " to " + std::to_string(report.staffMax));
    }
    for (int p = 0; p < in.people; ++p) {
        const std::string& id = in.persons[p]->id;
        std::string seat = tableOf[p] >= 0 ? in.tables[tableOf[p]]->id : "no table";
        for (int t = 0; t < in.tableCount; ++t)
            if (in.tables[t]->leaderId == id && tableOf[p] != t)
                violations.push_back("leader " + id + " of table " + in.tables[t]->id + " sits at " + seat);
        auto pin = pinnedSeats.find(id);
        if (pin != pinnedSeats.end() && pin->second != seat)
            violations.push_back("pinned participant " + id + " sits at " + seat + " instead of " +
                                 pin->second);
    }
    std::map<std::string, std::vector<int>> families;
    for (int p = 0; p < in.people; ++p)
        if (!in.persons[p]->family.empty()) families[in.persons[p]->family].push_back(p);
    bool together = in.rules.families == FamilySeating::Together;
    for (const auto& [key, members] : families) {
        std::set<int> distinct;
        for (int p : members)
            distinct.insert(tableOf[p]);
        std::string who = "the family of " + in.persons[members[0]]->id;
        if (together && distinct.size() > 1)
            violations.push_back(who + " is split over " + std::to_string(distinct.size()) + " tables");
        if (!together && distinct.size() < members.size())
            violations.push_back(who + " has two members at one table (rule: apart)");
    }
}

} // namespace

void describeSeating(const Instance& in, const std::vector<int>& tableOf, const std::vector<int>& previous,
                     const std::vector<int>& round1, const std::map<std::string, std::string>& pinnedSeats,
                     AssignResult& result) {
    std::vector<std::vector<int>> members(in.tableCount);
    std::map<std::string, int> gradeParents;
    result.seats.clear();
    for (int p = 0; p < in.people; ++p) {
        const Participant& person = *in.persons[p];
        if (person.role == Role::Parent) {
            const std::vector<std::string> grades = canonicalGrades(person.grades); // distinct
            for (const std::string& grade : grades)
                ++gradeParents[grade];
        }
        if (tableOf[p] < 0) continue;
        members[tableOf[p]].push_back(p);
        result.seats[person.id] = in.tables[tableOf[p]]->id;
    }
    result.tables.assign(in.tableCount, {});
    result.objective = {};
    result.repeatedPairs = 0;
    for (int t = 0; t < in.tableCount; ++t) {
        fillTable(in, t, members[t], previous, round1, gradeParents, result.tables[t]);
        addTerms(result.objective, result.tables[t].terms);
        result.repeatedPairs += result.tables[t].repeatedPairs;
    }
    result.moves.clear();
    for (int p = 0; !previous.empty() && p < in.people; ++p)
        if (previous[p] >= 0 && tableOf[p] >= 0 && previous[p] != tableOf[p])
            result.moves.push_back(
                {in.persons[p]->id, in.tables[previous[p]]->id, in.tables[tableOf[p]]->id});
    result.hardViolations.clear();
    checkHardRules(in, tableOf, result.tables, pinnedSeats, result.hardViolations);
}

} // namespace dlg::assign
