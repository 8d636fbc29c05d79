// Reading a session: one function per struct, all through ObjectReader so problems carry paths.
#include "core/model/session_json.h"

#include "core/model/assign_rules_json.h" // [assign]
#include "core/model/json_reader.h"
#include "core/model/tables_online_json.h" // [online]

namespace dlg {
namespace {

using Path = std::string;

template <typename T, typename ReadFn>
void readList(ObjectReader& reader, const char* key, std::vector<T>& out, ReadFn readOne) {
    out.clear();
    reader.array(key, [&](const Json& item, const Path& path) { out.push_back(readOne(item, path)); });
}

Meta readMeta(const Json& value, const Path& path, Problems& problems) {
    Meta meta;
    ObjectReader r(value, path, problems);
    r.text("title", meta.title, Need::Required);
    r.text("school", meta.school);
    r.text("date", meta.date);
    r.text("start", meta.start);
    r.text("location", meta.location);
    r.text("facilitator", meta.facilitator);
    r.text("latestEnd", meta.latestEnd);
    r.text("language", meta.language);
    r.text("contactEmail", meta.contactEmail);
    r.text("contactPhone", meta.contactPhone);
    meta.unknownKeys = r.unknownKeys();
    return meta;
}

ChecklistItem readChecklistItem(const Json& value, const Path& path, Problems& problems) {
    ChecklistItem item;
    ObjectReader r(value, path, problems);
    r.text("id", item.id, Need::Required);
    r.text("text", item.text, Need::Required);
    r.text("owner", item.owner);
    r.text("due", item.due);
    r.boolean("done", item.done);
    item.unknownKeys = r.unknownKeys();
    return item;
}

Theme readTheme(const Json& value, const Path& path, Problems& problems) {
    Theme theme;
    ObjectReader r(value, path, problems);
    r.text("id", theme.id, Need::Required);
    r.text("title", theme.title, Need::Required);
    r.text("description", theme.description);
    r.textList("questions", theme.questions);
    r.textList("forms", theme.forms);
    theme.unknownKeys = r.unknownKeys();
    return theme;
}

Phase readPhase(const Json& value, const Path& path, Problems& problems) {
    Phase phase;
    ObjectReader r(value, path, problems);
    r.text("id", phase.id, Need::Required);
    r.text("title", phase.title, Need::Required);
    r.integer("plannedMinutes", phase.plannedMinutes, Need::Required);
    r.text("who", phase.who);
    r.textList("talkingPoints", phase.talkingPoints);
    r.text("remarks", phase.remarks);
    r.word("projector", phase.projector, projectorKindFromString, "a projector view",
           "\"welcome\", \"text\", \"questions\", \"break\", \"tables\", \"presentations\", \"closing\" or "
           "\"blank\"");
    r.text("projectorText", phase.projectorText);
    r.boolean("flexible", phase.flexible);
    r.integer("minimumMinutes", phase.minimumMinutes);
    r.boolean("showCountdown", phase.showCountdown); // absent in older files: shown
    phase.unknownKeys = r.unknownKeys();
    return phase;
}

Participant readParticipant(const Json& value, const Path& path, Problems& problems) {
    Participant person;
    ObjectReader r(value, path, problems);
    r.text("id", person.id, Need::Required);
    r.text("firstName", person.firstName, Need::Required);
    r.text("infix", person.infix);
    r.text("lastName", person.lastName);
    if (!r.has("role")) r.report("role", "is missing (required); use \"ouder\" or \"medewerker\"");
    r.word("role", person.role, roleFromString, "a role", "\"ouder\" or \"medewerker\"");
    r.text("function", person.function);
    r.textList("grades", person.grades);
    r.text("family", person.family);
    r.textList("languages", person.languages);
    r.text("languageSupport", person.languageSupport);
    r.text("preference1", person.preference1);
    r.text("preference2", person.preference2);
    r.word("rsvp", person.rsvp, rsvpFromString, "an RSVP state",
           "\"uitgenodigd\", \"aangemeld\" or \"afgemeld\"");
    r.boolean("present", person.present);
    r.text("email", person.email);
    person.unknownKeys = r.unknownKeys();
    return person;
}

Table readTable(const Json& value, const Path& path, Problems& problems) {
    Table table;
    ObjectReader r(value, path, problems);
    r.text("id", table.id, Need::Required);
    r.text("name", table.name, Need::Required);
    r.text("themeId", table.themeId);
    r.text("leaderId", table.leaderId);
    r.integer("capacity", table.capacity);
    table.unknownKeys = r.unknownKeys();
    return table;
}

Assignment readAssignment(const Json& value, const Path& path, Problems& problems) {
    Assignment assignment;
    ObjectReader r(value, path, problems);
    r.textMap("seats", assignment.seats);
    r.textList("pinned", assignment.pinned);
    r.textMap("round2", assignment.round2);
    r.unsigned64("seed", assignment.seed);
    assignment.unknownKeys = r.unknownKeys();
    return assignment;
}

RunEvent readRunEvent(const Json& value, const Path& path, Problems& problems) {
    RunEvent event;
    ObjectReader r(value, path, problems);
    r.integer64("at", event.at, Need::Required);
    r.text("kind", event.kind, Need::Required);
    r.text("phaseId", event.phaseId);
    r.integer("seconds", event.seconds);
    event.unknownKeys = r.unknownKeys();
    return event;
}

RunLog readRunLog(const Json& value, const Path& path, Problems& problems) {
    RunLog log;
    ObjectReader r(value, path, problems);
    readList(r, "events", log.events,
             [&](const Json& v, const Path& p) { return readRunEvent(v, p, problems); });
    log.unknownKeys = r.unknownKeys();
    return log;
}

ProposedAction readProposal(const Json& value, const Path& path, Problems& problems) {
    ProposedAction proposal;
    ObjectReader r(value, path, problems);
    r.text("id", proposal.id, Need::Required);
    r.text("text", proposal.text, Need::Required);
    r.text("by", proposal.by);
    r.text("form", proposal.form);
    r.integer("votes", proposal.votes);
    proposal.unknownKeys = r.unknownKeys();
    return proposal;
}

TableOutcome readTableOutcome(const Json& value, const Path& path, Problems& problems) {
    TableOutcome outcome;
    ObjectReader r(value, path, problems);
    r.text("tableId", outcome.tableId, Need::Required);
    r.text("leader", outcome.leader);
    r.text("themeId", outcome.themeId);
    r.textList("goesWell", outcome.goesWell);
    r.textList("difficult", outcome.difficult);
    r.textList("ideas", outcome.ideas);
    readList(r, "proposals", outcome.proposals,
             [&](const Json& v, const Path& p) { return readProposal(v, p, problems); });
    r.text("quote", outcome.quote);
    r.text("notes", outcome.notes);
    outcome.unknownKeys = r.unknownKeys();
    return outcome;
}

Outcomes readOutcomes(const Json& value, const Path& path, Problems& problems) {
    Outcomes outcomes;
    ObjectReader r(value, path, problems);
    r.textList("summaryPoints", outcomes.summaryPoints);
    readList(r, "tables", outcomes.tables,
             [&](const Json& v, const Path& p) { return readTableOutcome(v, p, problems); });
    r.textList("closingPoints", outcomes.closingPoints);
    r.textList("nextSteps", outcomes.nextSteps);
    r.text("keepInTouch", outcomes.keepInTouch);
    outcomes.unknownKeys = r.unknownKeys();
    return outcomes;
}

ProgressUpdate readUpdate(const Json& value, const Path& path, Problems& problems) {
    ProgressUpdate update;
    ObjectReader r(value, path, problems);
    r.text("date", update.date, Need::Required);
    r.text("text", update.text, Need::Required);
    update.unknownKeys = r.unknownKeys();
    return update;
}

Action readAction(const Json& value, const Path& path, Problems& problems) {
    Action action;
    ObjectReader r(value, path, problems);
    r.text("id", action.id, Need::Required);
    r.text("title", action.title, Need::Required);
    r.text("description", action.description);
    r.text("owner", action.owner);
    r.text("form", action.form);
    r.text("planned", action.planned);
    r.word("status", action.status, actionStatusFromString, "an action status",
           "\"voorgesteld\", \"gepland\", \"bezig\", \"gedaan\" or \"vervallen\"");
    r.text("droppedReason", action.droppedReason);
    r.text("sourceProposalId", action.sourceProposalId);
    readList(r, "updates", action.updates,
             [&](const Json& v, const Path& p) { return readUpdate(v, p, problems); });
    action.unknownKeys = r.unknownKeys();
    return action;
}

Privacy readPrivacy(const Json& value, const Path& path, Problems& problems) {
    Privacy privacy;
    ObjectReader r(value, path, problems);
    r.boolean("namesInPublicReport", privacy.namesInPublicReport);
    r.boolean("storeEmail", privacy.storeEmail);
    r.integer("retentionWeeks", privacy.retentionWeeks);
    r.text("purgedOn", privacy.purgedOn);
    privacy.unknownKeys = r.unknownKeys();
    return privacy;
}

Guidance readGuidance(const Json& value, const Path& path, Problems& problems) {
    Guidance guidance;
    ObjectReader r(value, path, problems);
    r.textList("dialogueQuestions", guidance.dialogueQuestions);
    r.textList("exampleSummary", guidance.exampleSummary);
    r.text("closingMessage", guidance.closingMessage);
    r.textList("aftercare", guidance.aftercare);
    guidance.unknownKeys = r.unknownKeys();
    return guidance;
}

} // namespace

Session sessionFromJson(const Json& document, Problems& problems) {
    Session session;
    ObjectReader r(document, "", problems);
    std::string format;
    int version = 0;
    r.text("format", format, Need::Required);
    r.integer("version", version, Need::Required);
    if (r.has("format") && format != kSessionFormat && document["format"].is_string())
        r.report("format",
                 "\"" + format + "\" is not a dialoogavond session (expected \"" + kSessionFormat + "\")");
    r.object("meta", [&](const Json& v, const Path& p) { session.meta = readMeta(v, p, problems); });
    if (!r.has("meta")) r.report("meta", "is missing (required)");
    readList(r, "preparation", session.preparation,
             [&](const Json& v, const Path& p) { return readChecklistItem(v, p, problems); });
    readList(r, "themes", session.themes,
             [&](const Json& v, const Path& p) { return readTheme(v, p, problems); });
    readList(r, "phases", session.phases,
             [&](const Json& v, const Path& p) { return readPhase(v, p, problems); });
    readList(r, "participants", session.participants,
             [&](const Json& v, const Path& p) { return readParticipant(v, p, problems); });
    readList(r, "tables", session.tables,
             [&](const Json& v, const Path& p) { return readTable(v, p, problems); });
    r.object("assignment",
             [&](const Json& v, const Path& p) { session.assignment = readAssignment(v, p, problems); });
    r.object("run", [&](const Json& v, const Path& p) { session.run = readRunLog(v, p, problems); });
    r.object("outcomes",
             [&](const Json& v, const Path& p) { session.outcomes = readOutcomes(v, p, problems); });
    readList(r, "actions", session.actions,
             [&](const Json& v, const Path& p) { return readAction(v, p, problems); });
    r.object("privacy", [&](const Json& v, const Path& p) { session.privacy = readPrivacy(v, p, problems); });
    r.object("guidance",
             [&](const Json& v, const Path& p) { session.guidance = readGuidance(v, p, problems); });
    r.object("assignRules", [&](const Json& v, const Path& p) { // [assign]
        session.assignRules = assignRulesFromJson(v, p, problems);
    });
    r.object("tablesOnline", [&](const Json& v, const Path& p) { // [online]
        session.tablesOnline = tablesOnlineFromJson(v, p, problems);
    });
    session.unknownKeys = r.unknownKeys();
    return session;
}

TableOutcome tableOutcomeFromJson(const Json& value, const std::string& path, Problems& problems) {
    return readTableOutcome(value, path, problems);
}

} // namespace dlg
