#include "core/avg/avg_person.h"

#include <algorithm>
#include <sstream>

#include "core/avg/avg_texts.h"
#include "core/privacy/privacy_guard.h"
#include "core/privacy/privacy_guard_text.h"

namespace dlg::avg {
namespace {

std::string folded(const std::string& text) {
    std::string out = foldForMatching(text).text;
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    while (!out.empty() && out.front() == ' ')
        out.erase(out.begin());
    return out;
}

std::vector<std::string> words(const std::string& foldedText) {
    std::vector<std::string> out;
    std::istringstream in(foldedText);
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}

std::string shortName(const Participant& person) {
    std::string name = person.firstName;
    if (!person.lastName.empty()) name += (name.empty() ? "" : " ") + person.lastName;
    return name;
}

std::string indexed(const std::string& base, std::size_t i) { return base + "[" + std::to_string(i) + "]"; }
std::string number(std::size_t i) { return std::to_string(i + 1); }

void walk(const Json& value, const std::string& path, const std::string& id, std::vector<std::string>& found) {
    if (value.is_string()) {
        if (value.get_ref<const std::string&>() == id) found.push_back(path);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            walk(value[i], indexed(path, i), id, found);
    } else if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const std::string child = path.empty() ? it.key() : path + "." + it.key();
            if (it.key() == id) found.push_back(child);
            walk(it.value(), child, id, found);
        }
    }
}

} // namespace

std::string personName(const Participant& person) {
    std::string name;
    for (const std::string* part : {&person.firstName, &person.infix, &person.lastName}) {
        if (part->empty()) continue;
        if (!name.empty()) name += ' ';
        name += *part;
    }
    return name;
}

std::vector<const Participant*> findPeople(const Session& session, const std::string& query) {
    std::vector<const Participant*> found;
    for (const Participant& p : session.participants)
        if (p.id == query) return {&p};
    const std::string wanted = folded(query);
    if (wanted.empty()) return found;
    for (const Participant& p : session.participants)
        if (folded(personName(p)) == wanted || folded(shortName(p)) == wanted) found.push_back(&p);
    if (!found.empty()) return found;
    const std::vector<std::string> queryWords = words(wanted);
    for (const Participant& p : session.participants) {
        const std::vector<std::string> nameWords = words(folded(personName(p)));
        const bool all = std::all_of(queryWords.begin(), queryWords.end(), [&](const std::string& w) {
            return std::find(nameWords.begin(), nameWords.end(), w) != nameWords.end();
        });
        if (all) found.push_back(&p);
    }
    return found;
}

std::string describeCandidate(const Participant& person, const std::string& language) {
    std::string line = person.id + "  " + personName(person) + " (" + roleWord(person, language);
    for (const std::string& grade : person.grades)
        line += ", " + std::string(language == "en" ? "grade " : "groep ") + grade;
    if (!person.email.empty()) line += ", " + person.email;
    return line + ")";
}

std::size_t tableNumber(const Session& session, const std::string& tableId) {
    for (std::size_t i = 0; i < session.tables.size(); ++i)
        if (session.tables[i].id == tableId) return i + 1;
    return 0;
}

std::string tablePlace(const Session& session, const std::string& tableId, const std::string& language) {
    const std::size_t n = tableNumber(session, tableId);
    if (n > 0 && !session.tables[n - 1].name.empty()) return session.tables[n - 1].name;
    return text(language, "place.table", {n > 0 ? std::to_string(n) : tableId});
}

std::vector<PlacedText> typedTexts(const Session& s, const std::string& lang) {
    std::vector<PlacedText> texts;
    auto add = [&](std::string path, std::string place, const std::string& value, bool role = false) {
        if (!value.empty()) texts.push_back({std::move(path), std::move(place), value, role});
    };
    auto list = [&](const std::string& path, const std::vector<std::string>& items, const char* key,
                    const std::string& owner) {
        for (std::size_t i = 0; i < items.size(); ++i)
            add(indexed(path, i), owner.empty() ? text(lang, key, {number(i)}) : text(lang, key, {owner, number(i)}),
                items[i]);
    };
    add("meta.facilitator", text(lang, "place.facilitator"), s.meta.facilitator, true);
    for (std::size_t i = 0; i < s.preparation.size(); ++i) {
        const ChecklistItem& item = s.preparation[i];
        const std::string base = indexed("preparation", i);
        add(base + ".text", text(lang, "place.checklist", {number(i)}), item.text);
        add(base + ".owner", text(lang, "place.checklistOwner", {item.text.empty() ? number(i) : item.text}),
            item.owner, true);
    }
    for (std::size_t i = 0; i < s.phases.size(); ++i) {
        const Phase& phase = s.phases[i];
        const std::string base = indexed("phases", i);
        const std::string name = phase.title.empty() ? number(i) : phase.title;
        add(base + ".who", text(lang, "place.phaseWho", {name}), phase.who, true);
        add(base + ".remarks", text(lang, "place.phaseRemarks", {name}), phase.remarks);
        add(base + ".projectorText", text(lang, "place.phaseText", {name}), phase.projectorText);
        list(base + ".talkingPoints", phase.talkingPoints, "place.phasePoint", name);
    }
    const Outcomes& o = s.outcomes;
    list("outcomes.summaryPoints", o.summaryPoints, "place.summary", "");
    for (std::size_t t = 0; t < o.tables.size(); ++t) {
        const TableOutcome& outcome = o.tables[t];
        const std::string base = indexed("outcomes.tables", t);
        const std::string table = tablePlace(s, outcome.tableId, lang);
        add(base + ".leader", text(lang, "place.leader", {table}), outcome.leader, true);
        list(base + ".goesWell", outcome.goesWell, "place.goesWell", table);
        list(base + ".difficult", outcome.difficult, "place.difficult", table);
        list(base + ".ideas", outcome.ideas, "place.ideas", table);
        for (std::size_t p = 0; p < outcome.proposals.size(); ++p)
            add(indexed(base + ".proposals", p) + ".text", text(lang, "place.proposal", {table, number(p)}),
                outcome.proposals[p].text);
        add(base + ".quote", text(lang, "place.quote", {table}), outcome.quote);
        add(base + ".notes", text(lang, "place.notes", {table}), outcome.notes);
    }
    list("outcomes.closingPoints", o.closingPoints, "place.closing", "");
    list("outcomes.nextSteps", o.nextSteps, "place.nextSteps", "");
    add("outcomes.keepInTouch", text(lang, "place.keepInTouch"), o.keepInTouch);
    for (std::size_t a = 0; a < s.actions.size(); ++a) {
        const Action& action = s.actions[a];
        const std::string base = indexed("actions", a);
        const std::string title = action.title.empty() ? action.id : action.title;
        add(base + ".title", text(lang, "place.actionTitle", {title}), action.title);
        add(base + ".description", text(lang, "place.actionDescription", {title}), action.description);
        add(base + ".owner", text(lang, "place.actionOwner", {title}), action.owner, true);
        add(base + ".planned", text(lang, "place.actionPlanned", {title}), action.planned);
        add(base + ".droppedReason", text(lang, "place.actionReason", {title}), action.droppedReason);
        for (std::size_t u = 0; u < action.updates.size(); ++u)
            add(indexed(base + ".updates", u) + ".text",
                text(lang, "place.actionUpdate", {title, action.updates[u].date.empty() ? number(u) : action.updates[u].date}),
                action.updates[u].text);
    }
    return texts;
}

std::vector<Mention> findMentions(const Session& session, const Participant& person, const std::string& language) {
    const std::vector<PlacedText> texts = typedTexts(session, language);
    std::vector<SourceText> sources;
    for (const PlacedText& placed : texts)
        sources.push_back({placed.path, placed.text, false});
    // The guard matches the way it does for reports; only this person's names are looked for.
    const PrivacyGuard guard(std::vector<Participant>{person});
    std::vector<Mention> mentions;
    auto placeOf = [&](const std::string& path) -> const PlacedText& {
        return *std::find_if(texts.begin(), texts.end(), [&](const PlacedText& t) { return t.path == path; });
    };
    for (const PrivacyHit& hit : guard.scan(sources)) {
        if (hit.kind != PersonalDataKind::ParentName && hit.kind != PersonalDataKind::StaffName) continue;
        const PlacedText& placed = placeOf(hit.path);
        mentions.push_back({placed.path, placed.place, hit.found, placed.text, placed.roleField});
    }
    if (!person.email.empty()) {
        const std::string email = folded(person.email);
        for (const PlacedText& placed : texts)
            if (folded(placed.text).find(email) != std::string::npos)
                mentions.push_back({placed.path, placed.place, person.email, placed.text, placed.roleField});
    }
    return mentions;
}

bool roleFieldNames(const std::string& field, const Participant& person) {
    std::string value = folded(field);
    const std::size_t open = value.rfind(" (");
    if (open != std::string::npos && !value.empty() && value.back() == ')') value.erase(open);
    if (value.empty()) return false;
    return value == folded(personName(person)) || value == folded(shortName(person));
}

std::string roleWord(const Participant& person, const std::string& language) {
    if (!person.function.empty()) return person.function;
    return text(language, person.role == Role::Staff ? "role.staff" : "role.parent");
}

std::vector<std::string> idReferences(const Json& document, const std::string& id) {
    std::vector<std::string> found;
    if (!id.empty()) walk(document, "", id, found);
    return found;
}

} // namespace dlg::avg
