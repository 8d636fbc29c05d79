// Checks that need the whole session (ids, references, ranges). Type errors and missing fields are
// found while reading (session_json_read.cpp); text encoding and length are checked here on the
// serialised form so that every string, including preserved unknown keys, is covered.
#include "core/model/validate.h"

#include <algorithm>
#include <set>

#include "core/model/paths.h"
#include "core/model/session_json.h"
#include "core/model/utf8.h"

namespace dlg {
namespace {

std::string indexed(const std::string& list, std::size_t i) { return list + "[" + std::to_string(i) + "]"; }

class Checker {
public:
    explicit Checker(Problems& problems) : problems_(problems) {}

    void add(std::string path, std::string message) { problems_.push_back({std::move(path), std::move(message)}); }

    // Reports empty and duplicate ids of one collection; returns the set of ids.
    template <typename T>
    std::set<std::string> ids(const std::vector<T>& items, const std::string& list) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string& id = items[i].id;
            if (id.empty())
                add(indexed(list, i) + ".id", "is empty; every item needs an id");
            else if (!seen.insert(id).second)
                add(indexed(list, i) + ".id", "\"" + id + "\" is used twice; ids must be unique");
        }
        return seen;
    }

    void reference(const std::set<std::string>& known, const std::string& value, const std::string& path,
                   const char* what) {
        if (!value.empty() && !known.count(value))
            add(path, "refers to " + std::string(what) + " \"" + value + "\", which does not exist");
    }

    void date(const std::string& value, const std::string& path) {
        if (!value.empty() && !isValidDate(value)) add(path, "\"" + value + "\" is not a date; use YYYY-MM-DD");
    }

    void time(const std::string& value, const std::string& path) {
        if (!value.empty() && !isValidTime(value)) add(path, "\"" + value + "\" is not a time; use HH:MM (24 hours)");
    }

    // The school's contact details pass the privacy guard, so they must be one address or number,
    // not a text that could carry anything.
    void contactEmail(const std::string& value, const std::string& path) {
        const std::size_t at = value.find('@');
        const bool plausible = at != std::string::npos && at > 0 && value.find('@', at + 1) == std::string::npos &&
                               value.find('.', at) != std::string::npos && value.back() != '.' &&
                               value.find_first_of(" \t\n,;<>") == std::string::npos;
        if (!value.empty() && !plausible)
            add(path, "\"" + value + "\" is not one e-mail address; use a form like info@school.nl");
    }

    void contactPhone(const std::string& value, const std::string& path) {
        int digits = 0;
        bool plausible = true;
        for (char c : value) {
            if (c >= '0' && c <= '9')
                ++digits;
            else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')' && c != '.')
                plausible = false;
        }
        if (!value.empty() && (!plausible || digits < 8 || digits > 15))
            add(path, "\"" + value + "\" is not one phone number; use a form like 020-7654321");
    }

    void form(const std::string& value, const std::string& path) {
        if (value.empty()) return;
        if (std::find(kPartnershipForms.begin(), kPartnershipForms.end(), value) == kPartnershipForms.end())
            add(path, "\"" + value +
                          "\" is not a form of partnership; use \"didactisch\", \"pedagogisch\", \"informeel\", "
                          "\"formeel\" or \"maatschappelijk\"");
    }

private:
    Problems& problems_;
};

// Keys whose text is one line (names, ids, short labels); every other text may be long.
const std::set<std::string>& oneLineKeys() {
    static const std::set<std::string> keys = {
        "id",    "title",   "school",  "date",     "start",    "location",  "facilitator", "latestEnd",
        "language", "owner", "due",    "name",     "themeId",  "leaderId",  "firstName",   "infix",
        "lastName", "role",  "function", "family", "languageSupport", "preference1", "preference2",
        "rsvp",  "email",   "tableId", "leader",   "kind",     "phaseId",   "by",          "form",
        "planned", "status", "sourceProposalId", "grades", "languages", "forms", "projector", "format"};
    return keys;
}

void checkTexts(const Json& value, const std::string& path, const std::string& key, Checker& check) {
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        std::size_t bad = 0;
        if (!isValidUtf8(text, &bad))
            check.add(path, "contains invalid UTF-8 at byte " + std::to_string(bad) + "; save the text as UTF-8");
        const std::size_t limit = oneLineKeys().count(key) ? kMaxLineBytes : kMaxTextBytes;
        if (text.size() > limit)
            check.add(path, "text is " + std::to_string(text.size()) + " bytes; the limit here is " +
                                std::to_string(limit));
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) checkTexts(value[i], indexed(path, i), key, check);
    } else if (value.is_object()) {
        for (const auto& [childKey, child] : value.items())
            checkTexts(child, path.empty() ? childKey : path + "." + childKey, childKey, check);
    }
}

void checkPhases(const Session& s, Checker& check) {
    for (std::size_t i = 0; i < s.phases.size(); ++i) {
        const Phase& phase = s.phases[i];
        const std::string path = indexed("phases", i);
        if (phase.plannedMinutes < 0)
            check.add(path + ".plannedMinutes", "is " + std::to_string(phase.plannedMinutes) +
                                                    "; a phase cannot last a negative number of minutes");
        if (phase.minimumMinutes < 0)
            check.add(path + ".minimumMinutes", "is negative; use 0 or more");
        else if (phase.flexible && phase.minimumMinutes > phase.plannedMinutes)
            check.add(path + ".minimumMinutes", "is more than the planned minutes (" +
                                                    std::to_string(phase.plannedMinutes) + ")");
        if (phase.title.empty()) check.add(path + ".title", "is empty; every phase needs a title");
    }
}

void checkPeopleAndTables(const Session& s, const std::set<std::string>& themes,
                          const std::set<std::string>& people, const std::set<std::string>& tables,
                          Checker& check) {
    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        const Participant& person = s.participants[i];
        const std::string path = indexed("participants", i);
        check.reference(themes, person.preference1, path + ".preference1", "theme");
        check.reference(themes, person.preference2, path + ".preference2", "theme");
        if (person.firstName.empty() && person.lastName.empty()) check.add(path, "has no name");
    }
    for (std::size_t i = 0; i < s.tables.size(); ++i) {
        const Table& table = s.tables[i];
        const std::string path = indexed("tables", i);
        check.reference(themes, table.themeId, path + ".themeId", "theme");
        check.reference(people, table.leaderId, path + ".leaderId", "participant");
        if (table.capacity < 0) check.add(path + ".capacity", "is negative; use 0 for no limit");
    }
    for (const auto& [person, table] : s.assignment.seats) {
        check.reference(people, person, "assignment.seats." + person, "participant");
        check.reference(tables, table, "assignment.seats." + person, "table");
    }
    for (const auto& [person, table] : s.assignment.round2) {
        check.reference(people, person, "assignment.round2." + person, "participant");
        check.reference(tables, table, "assignment.round2." + person, "table");
    }
    for (std::size_t i = 0; i < s.assignment.pinned.size(); ++i)
        check.reference(people, s.assignment.pinned[i], indexed("assignment.pinned", i), "participant");
}

void checkOutcomesAndActions(const Session& s, const std::set<std::string>& themes,
                             const std::set<std::string>& tables, Checker& check) {
    std::set<std::string> proposals;
    for (std::size_t t = 0; t < s.outcomes.tables.size(); ++t) {
        const TableOutcome& outcome = s.outcomes.tables[t];
        const std::string path = indexed("outcomes.tables", t);
        check.reference(tables, outcome.tableId, path + ".tableId", "table");
        check.reference(themes, outcome.themeId, path + ".themeId", "theme");
        const std::string list = path + ".proposals";
        for (const std::string& id : check.ids(outcome.proposals, list)) {
            if (!proposals.insert(id).second) check.add(list, "proposal id \"" + id + "\" is used at two tables");
        }
        for (std::size_t p = 0; p < outcome.proposals.size(); ++p) {
            const ProposedAction& proposal = outcome.proposals[p];
            const std::string at = indexed(list, p);
            check.form(proposal.form, at + ".form");
            if (!proposal.by.empty() && proposal.by != "school" && proposal.by != "ouders" && proposal.by != "samen")
                check.add(at + ".by", "\"" + proposal.by + "\" is not a party; use \"school\", \"ouders\" or \"samen\"");
            if (proposal.votes < 0) check.add(at + ".votes", "is negative");
        }
    }
    for (std::size_t a = 0; a < s.actions.size(); ++a) {
        const Action& action = s.actions[a];
        const std::string path = indexed("actions", a);
        check.form(action.form, path + ".form");
        check.reference(proposals, action.sourceProposalId, path + ".sourceProposalId", "proposal");
        for (std::size_t u = 0; u < action.updates.size(); ++u)
            check.date(action.updates[u].date, indexed(path + ".updates", u) + ".date");
    }
}

void checkRunLog(const Session& s, const std::set<std::string>& phases, Checker& check) {
    static const std::set<std::string> kinds = {"start", "goto", "pause", "resume", "adjust", "stop"};
    std::int64_t previous = 0;
    for (std::size_t i = 0; i < s.run.events.size(); ++i) {
        const RunEvent& event = s.run.events[i];
        const std::string path = indexed("run.events", i);
        if (!kinds.count(event.kind))
            check.add(path + ".kind", "\"" + event.kind + "\" is not a run event; use \"start\", \"goto\", \"pause\", "
                                                          "\"resume\", \"adjust\" or \"stop\"");
        check.reference(phases, event.phaseId, path + ".phaseId", "phase");
        if (event.seconds < -kMaxAdjustSeconds || event.seconds > kMaxAdjustSeconds)
            check.add(path + ".seconds", "adjusts a phase by more than twelve hours");
        if (!plausibleRunInstant(event.at)) {
            check.add(path + ".at",
                      std::to_string(event.at) +
                          " is not a moment of an evening (seconds since 1970, between the years "
                          "2000 and 2100)");
            continue;
        }
        const std::int64_t first = s.run.events.front().at;
        if (plausibleRunInstant(first) && event.at - first > kMaxRunSpanSeconds)
            check.add(path + ".at", "is more than two days after the first event of the evening");
        else if (event.at < previous)
            check.add(path + ".at", "is earlier than the event before it");
        previous = event.at;
    }
}

} // namespace

Problems validate(const Session& s) {
    Problems problems;
    Checker check(problems);

    if (s.meta.title.empty()) check.add("meta.title", "is empty; give the evening a title");
    check.date(s.meta.date, "meta.date");
    check.time(s.meta.start, "meta.start");
    check.time(s.meta.latestEnd, "meta.latestEnd");
    if (s.privacy.retentionWeeks < 1 || s.privacy.retentionWeeks > 520)
        check.add("privacy.retentionWeeks", std::to_string(s.privacy.retentionWeeks) +
                                                " is out of range; use 1 to 520 weeks after the evening");
    check.date(s.privacy.purgedOn, "privacy.purgedOn");
    if (s.meta.language != "nl" && s.meta.language != "en")
        check.add("meta.language", "\"" + s.meta.language + "\" is not supported; use \"nl\" or \"en\"");
    check.contactEmail(s.meta.contactEmail, "meta.contactEmail");
    check.contactPhone(s.meta.contactPhone, "meta.contactPhone");

    check.ids(s.preparation, "preparation");
    for (std::size_t i = 0; i < s.preparation.size(); ++i)
        check.date(s.preparation[i].due, indexed("preparation", i) + ".due");
    const auto themes = check.ids(s.themes, "themes");
    for (std::size_t i = 0; i < s.themes.size(); ++i)
        for (std::size_t f = 0; f < s.themes[i].forms.size(); ++f)
            check.form(s.themes[i].forms[f], indexed(indexed("themes", i) + ".forms", f));
    const auto phases = check.ids(s.phases, "phases");
    const auto people = check.ids(s.participants, "participants");
    const auto tables = check.ids(s.tables, "tables");
    check.ids(s.actions, "actions");

    if (s.participants.size() > kMaxParticipants)
        check.add("participants", std::to_string(s.participants.size()) + " people; an evening has at most " +
                                      std::to_string(kMaxParticipants));
    checkPhases(s, check);
    checkPeopleAndTables(s, themes, people, tables, check);
    checkOutcomesAndActions(s, themes, tables, check);
    checkRunLog(s, phases, check);
    checkTexts(sessionToJson(s), "", "", check);
    return problems;
}

} // namespace dlg
