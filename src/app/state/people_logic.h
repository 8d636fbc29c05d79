// The logic behind the Deelnemers and Indeling screens, without ImGui: name matching for check-in,
// filters, presence counts, the undoable commands these screens return, and the objective preview
// of a drag-and-drop move.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/state/command.h"
#include "app/state/people_ui.h"
#include "core/assign/assign.h"
#include "core/model/model.h"

namespace dlg {

/// The participant with `id`, or nullptr.
Participant* findParticipant(Session& session, const std::string& id);
const Participant* findParticipant(const Session& session, const std::string& id);

/// "Fatima el Amrani": first name, tussenvoegsel and last name with single spaces.
std::string displayName(const Participant& person);

/// True when every word of `query` occurs in the person's first name, infix or last name
/// (case and accents ignored). An empty query matches everyone.
bool matchesName(const Participant& person, const std::string& query);

/// Check-in results for `query`: people not yet present first, then names that start with the
/// query, then by name; at most `limit`. Declined people are included (they may come after all).
std::vector<const Participant*> checkInMatches(const Session& session, const std::string& query,
                                               std::size_t limit);

/// True when the person passes every filter and the search of the participant list.
bool passesFilters(const Participant& person, const PeopleUiState& ui);

/// Who is here, for the screen header.
struct PresenceCounts {
    int parentsPresent = 0;
    int staffPresent = 0;
    int registered = 0; ///< rsvp aangemeld
    int total = 0;      ///< everyone in the list
};
PresenceCounts countPresence(const Session& session);

/// Sets `present` of person `id`.
Command setPresentCommand(std::string label, const std::string& id, bool before, bool after);
/// Appends `person` (a new id); revert removes it again.
Command addParticipantCommand(std::string label, Participant person);
/// Removes person `id` with their seats and pin; revert puts everything back exactly.
Command deleteParticipantCommand(std::string label, const Session& session, const std::string& id);
/// Seats person `id` at `toTable`; `fromTable` empty = was not seated.
Command moveSeatCommand(std::string label, const std::string& id, const std::string& fromTable,
                        const std::string& toTable);
/// Pins (or unpins) person `id` to their seat.
Command setPinnedCommand(std::string label, const std::string& id, bool pinned);
/// Replaces the whole assignment (Indelen, Herverdelen, Tweede ronde).
Command replaceAssignmentCommand(std::string label, Assignment before, Assignment after);
/// Imports the CSV `bytes` into the participants as one step; revert restores the list.
Command importCommand(std::string label, std::string bytes, std::string fileName);

/// A new walk-in: present, registered, with a fresh id; `name` is split into first and last name.
Participant makeWalkIn(const Session& session, const std::string& name, Role role, const std::string& grade);

/// The objective and hard rules before and after moving one person (drag-and-drop preview).
struct MovePreview {
    ObjectiveBreakdown before;
    ObjectiveBreakdown after;
    std::vector<std::string> violationsBefore;
    std::vector<std::string> violationsAfter;
    double delta() const { return after.total - before.total; }
};
MovePreview previewMove(const Session& session, const std::string& id, const std::string& toTable);

/// Balancer options for the GUI: the session's seed, everyone who did not decline when nobody
/// is checked in yet (before the evening), else the session's rule.
AssignOptions guiAssignOptions(const Session& session);

/// A problem at one table, as a catalogue key and a detail (a number or a name).
struct TableWarning {
    std::string key;    ///< a key under indeling/warn in the catalogue
    std::string detail; ///< shown after the text
};
/// Hard-rule problems at `table`: staff outside the band, leader elsewhere, family split, over
/// capacity, size more than one away from the other tables.
std::vector<TableWarning> tableWarnings(const Session& session, const AssignResult& result,
                                        const TableReport& table);

} // namespace dlg
