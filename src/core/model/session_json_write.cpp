// Writing a session: start from the preserved unknown keys, then set every known key.
#include "core/model/session_json.h"

#include "core/model/assign_rules_json.h"  // [assign]
#include "core/model/tables_online_json.h" // [online]

namespace dlg {

namespace {

template <typename T, typename WriteFn> Json writeList(const std::vector<T>& items, WriteFn writeOne) {
    Json list = Json::array();
    for (const T& item : items)
        list.push_back(writeOne(item));
    return list;
}

Json withUnknown(const Json& unknownKeys) {
    return unknownKeys.is_object() ? unknownKeys : Json::object();
}

Json writeMeta(const Meta& meta) {
    Json j = withUnknown(meta.unknownKeys);
    j["title"] = meta.title;
    j["school"] = meta.school;
    j["date"] = meta.date;
    j["start"] = meta.start;
    j["location"] = meta.location;
    j["facilitator"] = meta.facilitator;
    j["latestEnd"] = meta.latestEnd;
    j["language"] = meta.language;
    // Written only when set, so files of evenings without them stay as they were.
    if (!meta.contactEmail.empty()) j["contactEmail"] = meta.contactEmail;
    if (!meta.contactPhone.empty()) j["contactPhone"] = meta.contactPhone;
    return j;
}

Json writeChecklistItem(const ChecklistItem& item) {
    Json j = withUnknown(item.unknownKeys);
    j["id"] = item.id;
    j["text"] = item.text;
    j["owner"] = item.owner;
    j["due"] = item.due;
    j["done"] = item.done;
    return j;
}

Json writeTheme(const Theme& theme) {
    Json j = withUnknown(theme.unknownKeys);
    j["id"] = theme.id;
    j["title"] = theme.title;
    j["description"] = theme.description;
    j["questions"] = theme.questions;
    j["forms"] = theme.forms;
    return j;
}

Json writePhase(const Phase& phase) {
    Json j = withUnknown(phase.unknownKeys);
    j["id"] = phase.id;
    j["title"] = phase.title;
    j["plannedMinutes"] = phase.plannedMinutes;
    j["who"] = phase.who;
    j["talkingPoints"] = phase.talkingPoints;
    j["remarks"] = phase.remarks;
    j["projector"] = toString(phase.projector);
    j["projectorText"] = phase.projectorText;
    j["flexible"] = phase.flexible;
    j["minimumMinutes"] = phase.minimumMinutes;
    j["showCountdown"] = phase.showCountdown;
    return j;
}

Json writeParticipant(const Participant& person) {
    Json j = withUnknown(person.unknownKeys);
    j["id"] = person.id;
    j["firstName"] = person.firstName;
    j["infix"] = person.infix;
    j["lastName"] = person.lastName;
    j["role"] = toString(person.role);
    j["function"] = person.function;
    j["grades"] = person.grades;
    j["family"] = person.family;
    j["languages"] = person.languages;
    j["languageSupport"] = person.languageSupport;
    j["preference1"] = person.preference1;
    j["preference2"] = person.preference2;
    j["rsvp"] = toString(person.rsvp);
    j["present"] = person.present;
    j["email"] = person.email;
    return j;
}

Json writeTable(const Table& table) {
    Json j = withUnknown(table.unknownKeys);
    j["id"] = table.id;
    j["name"] = table.name;
    j["themeId"] = table.themeId;
    j["leaderId"] = table.leaderId;
    j["capacity"] = table.capacity;
    return j;
}

Json writeAssignment(const Assignment& assignment) {
    Json j = withUnknown(assignment.unknownKeys);
    j["seats"] = assignment.seats;
    j["pinned"] = assignment.pinned;
    j["round2"] = assignment.round2;
    j["seed"] = assignment.seed;
    return j;
}

Json writeRunLog(const RunLog& log) {
    Json j = withUnknown(log.unknownKeys);
    j["events"] = writeList(log.events, [](const RunEvent& event) {
        Json e = withUnknown(event.unknownKeys);
        e["at"] = event.at;
        e["kind"] = event.kind;
        e["phaseId"] = event.phaseId;
        e["seconds"] = event.seconds;
        return e;
    });
    return j;
}

Json writeProposal(const ProposedAction& proposal) {
    Json j = withUnknown(proposal.unknownKeys);
    j["id"] = proposal.id;
    j["text"] = proposal.text;
    j["by"] = proposal.by;
    j["form"] = proposal.form;
    j["votes"] = proposal.votes;
    return j;
}

Json writeTableOutcome(const TableOutcome& outcome) {
    Json j = withUnknown(outcome.unknownKeys);
    j["tableId"] = outcome.tableId;
    j["leader"] = outcome.leader;
    j["themeId"] = outcome.themeId;
    j["goesWell"] = outcome.goesWell;
    j["difficult"] = outcome.difficult;
    j["ideas"] = outcome.ideas;
    j["proposals"] = writeList(outcome.proposals, writeProposal);
    j["quote"] = outcome.quote;
    j["notes"] = outcome.notes;
    return j;
}

Json writeOutcomes(const Outcomes& outcomes) {
    Json j = withUnknown(outcomes.unknownKeys);
    j["summaryPoints"] = outcomes.summaryPoints;
    j["tables"] = writeList(outcomes.tables, writeTableOutcome);
    j["closingPoints"] = outcomes.closingPoints;
    j["nextSteps"] = outcomes.nextSteps;
    j["keepInTouch"] = outcomes.keepInTouch;
    return j;
}

Json writeAction(const Action& action) {
    Json j = withUnknown(action.unknownKeys);
    j["id"] = action.id;
    j["title"] = action.title;
    j["description"] = action.description;
    j["owner"] = action.owner;
    j["form"] = action.form;
    j["planned"] = action.planned;
    j["status"] = toString(action.status);
    j["droppedReason"] = action.droppedReason;
    j["sourceProposalId"] = action.sourceProposalId;
    j["updates"] = writeList(action.updates, [](const ProgressUpdate& update) {
        Json u = withUnknown(update.unknownKeys);
        u["date"] = update.date;
        u["text"] = update.text;
        return u;
    });
    return j;
}

Json writePrivacy(const Privacy& privacy) {
    Json j = withUnknown(privacy.unknownKeys);
    j["namesInPublicReport"] = privacy.namesInPublicReport;
    j["storeEmail"] = privacy.storeEmail;
    j["retentionWeeks"] = privacy.retentionWeeks;
    if (!privacy.purgedOn.empty()) j["purgedOn"] = privacy.purgedOn;
    return j;
}

Json writeGuidance(const Guidance& guidance) {
    Json j = withUnknown(guidance.unknownKeys);
    j["dialogueQuestions"] = guidance.dialogueQuestions;
    j["exampleSummary"] = guidance.exampleSummary;
    j["closingMessage"] = guidance.closingMessage;
    j["aftercare"] = guidance.aftercare;
    return j;
}

} // namespace

Json sessionToJson(const Session& session) {
    Json j = Json::object();
    j["format"] = kSessionFormat;
    j["version"] = kSessionVersion;
    j["meta"] = writeMeta(session.meta);
    j["preparation"] = writeList(session.preparation, writeChecklistItem);
    j["themes"] = writeList(session.themes, writeTheme);
    j["phases"] = writeList(session.phases, writePhase);
    j["participants"] = writeList(session.participants, writeParticipant);
    j["tables"] = writeList(session.tables, writeTable);
    j["assignment"] = writeAssignment(session.assignment);
    j["run"] = writeRunLog(session.run);
    j["outcomes"] = writeOutcomes(session.outcomes);
    j["actions"] = writeList(session.actions, writeAction);
    j["privacy"] = writePrivacy(session.privacy);
    j["guidance"] = writeGuidance(session.guidance);
    if (Json rules = assignRulesToJson(session.assignRules); !rules.is_null())
        j["assignRules"] = rules; // [assign]
    if (Json online = tablesOnlineToJson(session.tablesOnline); !online.is_null())
        j["tablesOnline"] = online;                        // [online]
    const Json unknown = withUnknown(session.unknownKeys); // named: items() must not outlive it
    for (const auto& [key, value] : unknown.items())
        if (!j.contains(key)) j[key] = value;
    return j;
}

Json tableOutcomeToJson(const TableOutcome& outcome) {
    return writeTableOutcome(outcome);
}

} // namespace dlg
