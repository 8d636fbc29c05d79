#include "app/state/people_logic.h"

#include <algorithm>
#include <memory>
#include <set>
#include <sstream>

#include "core/model/grade.h"
#include "core/people/participant_import.h"
#include "core/privacy/privacy_guard_text.h"

namespace dlg {

namespace {

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(foldForMatching(text).text);
    for (std::string word; in >> word;)
        result.push_back(word);
    return result;
}

std::string foldedName(const Participant& person) {
    return foldForMatching(displayName(person)).text;
}

} // namespace

Participant* findParticipant(Session& session, const std::string& id) {
    for (Participant& person : session.participants)
        if (person.id == id) return &person;
    return nullptr;
}

const Participant* findParticipant(const Session& session, const std::string& id) {
    for (const Participant& person : session.participants)
        if (person.id == id) return &person;
    return nullptr;
}

std::string displayName(const Participant& person) {
    std::string name;
    for (const std::string* part : {&person.firstName, &person.infix, &person.lastName}) {
        if (part->empty()) continue;
        if (!name.empty()) name += ' ';
        name += *part;
    }
    return name;
}

bool matchesName(const Participant& person, const std::string& query) {
    const std::string name = foldedName(person);
    for (const std::string& word : words(query))
        if (name.find(word) == std::string::npos) return false;
    return true;
}

std::vector<const Participant*> checkInMatches(const Session& session, const std::string& query,
                                               std::size_t limit) {
    const std::vector<std::string> queryWords = words(query);
    struct Ranked {
        const Participant* person;
        bool present;
        bool startsWith; // the first word of the query starts one of the name's words
        std::string name;
    };
    std::vector<Ranked> ranked;
    for (const Participant& person : session.participants) {
        if (!matchesName(person, query)) continue;
        const std::string name = foldedName(person);
        bool starts = queryWords.empty();
        if (!queryWords.empty()) {
            const std::string& first = queryWords.front();
            for (std::size_t at = name.find(first); at != std::string::npos; at = name.find(first, at + 1))
                if (at == 0 || name[at - 1] == ' ') starts = true;
        }
        ranked.push_back({&person, person.present, starts, name});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.present != b.present) return !a.present;
        if (a.startsWith != b.startsWith) return a.startsWith;
        return a.name < b.name;
    });
    std::vector<const Participant*> result;
    for (const Ranked& r : ranked) {
        if (result.size() == limit) break;
        result.push_back(r.person);
    }
    return result;
}

bool passesFilters(const Participant& person, const PeopleUiState& ui) {
    if (!ui.roleFilter.empty() && ui.roleFilter != toString(person.role)) return false;
    if (!ui.rsvpFilter.empty() && ui.rsvpFilter != toString(person.rsvp)) return false;
    if (ui.presentFilter == 1 && !person.present) return false;
    if (ui.presentFilter == 2 && person.present) return false;
    if (!ui.gradeFilter.empty() &&
        std::find(person.grades.begin(), person.grades.end(), ui.gradeFilter) == person.grades.end())
        return false;
    return matchesName(person, ui.search);
}

PresenceCounts countPresence(const Session& session) {
    PresenceCounts counts;
    for (const Participant& person : session.participants) {
        ++counts.total;
        if (person.rsvp == Rsvp::Registered) ++counts.registered;
        if (!person.present) continue;
        if (person.role == Role::Staff) {
            ++counts.staffPresent;
        } else {
            ++counts.parentsPresent;
        }
    }
    return counts;
}

Command setPresentCommand(std::string label, const std::string& id, bool before, bool after) {
    Command command;
    command.label = std::move(label);
    command.apply = [id, after](Session& s) {
        if (Participant* p = findParticipant(s, id)) p->present = after;
    };
    command.revert = [id, before](Session& s) {
        if (Participant* p = findParticipant(s, id)) p->present = before;
    };
    return command;
}

Command addParticipantCommand(std::string label, Participant person) {
    Command command;
    command.label = std::move(label);
    const std::string id = person.id;
    command.apply = [person](Session& s) { s.participants.push_back(person); };
    command.revert = [id](Session& s) {
        auto& list = s.participants;
        list.erase(std::remove_if(list.begin(), list.end(), [&](const Participant& p) { return p.id == id; }),
                   list.end());
    };
    return command;
}

Command deleteParticipantCommand(std::string label, const Session& session, const std::string& id) {
    Command command;
    command.label = std::move(label);
    const auto& list = session.participants;
    const auto found =
        std::find_if(list.begin(), list.end(), [&](const Participant& p) { return p.id == id; });
    if (found == list.end()) {
        command.apply = command.revert = [](Session&) {};
        return command;
    }
    const std::size_t index = static_cast<std::size_t>(found - list.begin());
    const Participant removed = *found;
    const Assignment assignmentBefore = session.assignment;
    command.apply = [id](Session& s) {
        auto& people = s.participants;
        people.erase(
            std::remove_if(people.begin(), people.end(), [&](const Participant& p) { return p.id == id; }),
            people.end());
        s.assignment.seats.erase(id);
        s.assignment.round2.erase(id);
        auto& pinned = s.assignment.pinned;
        pinned.erase(std::remove(pinned.begin(), pinned.end(), id), pinned.end());
    };
    command.revert = [index, removed, assignmentBefore](Session& s) {
        auto& people = s.participants;
        people.insert(people.begin() + static_cast<std::ptrdiff_t>(std::min(index, people.size())), removed);
        s.assignment = assignmentBefore;
    };
    return command;
}

Command moveSeatCommand(std::string label, const std::string& id, const std::string& fromTable,
                        const std::string& toTable) {
    Command command;
    command.label = std::move(label);
    auto seat = [id](const std::string& table) {
        return [id, table](Session& s) {
            if (table.empty()) {
                s.assignment.seats.erase(id);
            } else {
                s.assignment.seats[id] = table;
            }
        };
    };
    command.apply = seat(toTable);
    command.revert = seat(fromTable);
    return command;
}

Command setPinnedCommand(std::string label, const std::string& id, bool pinned) {
    Command command;
    command.label = std::move(label);
    auto set = [id](bool on) {
        return [id, on](Session& s) {
            auto& list = s.assignment.pinned;
            list.erase(std::remove(list.begin(), list.end(), id), list.end());
            if (on) list.push_back(id);
        };
    };
    command.apply = set(pinned);
    command.revert = set(!pinned);
    return command;
}

Command replaceAssignmentCommand(std::string label, Assignment before, Assignment after) {
    Command command;
    command.label = std::move(label);
    command.apply = [after](Session& s) { s.assignment = after; };
    command.revert = [before](Session& s) { s.assignment = before; };
    return command;
}

Command importCommand(std::string label, std::string bytes, std::string fileName) {
    Command command;
    command.label = std::move(label);
    // The list before the import, kept by apply so revert restores it exactly (ids, order, flags).
    auto before = std::make_shared<std::vector<Participant>>();
    command.apply = [before, bytes, fileName](Session& s) {
        *before = s.participants;
        importParticipants(s, bytes, fileName);
    };
    command.revert = [before](Session& s) { s.participants = *before; };
    return command;
}

Participant makeWalkIn(const Session& session, const std::string& name, Role role, const std::string& grade) {
    Participant person;
    person.id = nextParticipantId(session);
    std::istringstream in(name);
    std::vector<std::string> parts;
    for (std::string word; in >> word;)
        parts.push_back(word);
    if (!parts.empty()) {
        person.firstName = parts.front();
        for (std::size_t i = 1; i < parts.size(); ++i)
            person.lastName += (i > 1 ? " " : "") + parts[i];
    }
    person.role = role;
    if (!canonicalGrade(grade).empty()) person.grades.push_back(canonicalGrade(grade));
    person.rsvp = Rsvp::Registered;
    person.present = true;
    return person;
}

AssignOptions guiAssignOptions(const Session& session) {
    AssignOptions options;
    options.seed = session.assignment.seed == 0 ? 1 : session.assignment.seed;
    options.presentOnly = seatWhom(session); // before check-in: everyone registered
    return options;
}

MovePreview previewMove(const Session& session, const std::string& id, const std::string& toTable) {
    const AssignOptions options = guiAssignOptions(session);
    MovePreview preview;
    const AssignResult now = evaluateSeating(session, session.assignment.seats, options);
    auto seats = session.assignment.seats;
    seats[id] = toTable;
    const AssignResult moved = evaluateSeating(session, seats, options);
    preview.before = now.objective;
    preview.after = moved.objective;
    preview.violationsBefore = now.hardViolations;
    preview.violationsAfter = moved.hardViolations;
    return preview;
}

std::vector<TableWarning> tableWarnings(const Session& session, const AssignResult& result,
                                        const TableReport& table) {
    std::vector<TableWarning> warnings;
    if (table.size == 0) return warnings;
    if (table.staff < table.staffMin)
        warnings.push_back({"indeling.warn.fewStaff", std::to_string(table.staffMin)});
    if (table.staff > table.staffMax)
        warnings.push_back({"indeling.warn.manyStaff", std::to_string(table.staffMax)});
    const Table* model = nullptr;
    for (const Table& t : session.tables)
        if (t.id == table.tableId) model = &t;
    if (model && model->capacity > 0 && table.size > model->capacity)
        warnings.push_back({"indeling.warn.capacity", std::to_string(model->capacity)});
    if (model && model->leaderId.empty()) {
        warnings.push_back({"indeling.warn.noLeader", ""});
    } else if (model) {
        const auto seat = result.seats.find(model->leaderId);
        const Participant* leader = findParticipant(session, model->leaderId);
        if (leader && seat != result.seats.end() && seat->second != table.tableId)
            warnings.push_back({"indeling.warn.leaderElsewhere", displayName(*leader)});
    }
    int smallest = table.size;
    int largest = table.size;
    for (const TableReport& other : result.tables) {
        smallest = std::min(smallest, other.size);
        largest = std::max(largest, other.size);
    }
    if (table.size > smallest + 1) warnings.push_back({"indeling.warn.tooBig", std::to_string(smallest)});
    // Families: a household seated here that also has a member at another table.
    if (session.assignRules.families == FamilySeating::Together) {
        std::map<std::string, std::set<std::string>> tablesOfFamily;
        for (const auto& [personId, tableId] : result.seats)
            if (const Participant* p = findParticipant(session, personId); p && !p->family.empty())
                tablesOfFamily[p->family].insert(tableId);
        for (const auto& [family, tables] : tablesOfFamily)
            if (tables.size() > 1 && tables.count(table.tableId))
                warnings.push_back({"indeling.warn.familySplit", family});
    }
    return warnings;
}

} // namespace dlg
