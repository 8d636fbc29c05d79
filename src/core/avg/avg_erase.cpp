#include "core/avg/avg_erase.h"

#include <algorithm>

#include "core/avg/avg_texts.h"
#include "core/model/session_json.h"

namespace dlg::avg {
namespace {

/// Drops `id` from unknown keys a newer version may have written: object keys equal to the id and
/// list entries or values that are exactly the id.
void dropIdFromJson(Json& value, const std::string& id) {
    if (value.is_object()) {
        value.erase(id);
        for (auto it = value.begin(); it != value.end();) {
            if (it->is_string() && it->get_ref<const std::string&>() == id) {
                it = value.erase(it);
            } else {
                dropIdFromJson(*it, id);
                ++it;
            }
        }
    } else if (value.is_array()) {
        for (std::size_t i = value.size(); i-- > 0;) {
            if (value[i].is_string() && value[i].get_ref<const std::string&>() == id)
                value.erase(i);
            else
                dropIdFromJson(value[i], id);
        }
    }
}

std::vector<Json*> unknownKeyObjects(Session& s) {
    std::vector<Json*> all = {&s.unknownKeys, &s.meta.unknownKeys, &s.assignment.unknownKeys, &s.run.unknownKeys,
                              &s.outcomes.unknownKeys, &s.privacy.unknownKeys, &s.guidance.unknownKeys,
                              &s.assignRules.unknownKeys};
    for (auto& x : s.preparation) all.push_back(&x.unknownKeys);
    for (auto& x : s.themes) all.push_back(&x.unknownKeys);
    for (auto& x : s.phases) all.push_back(&x.unknownKeys);
    for (auto& x : s.participants) all.push_back(&x.unknownKeys);
    for (auto& x : s.tables) all.push_back(&x.unknownKeys);
    for (auto& x : s.run.events) all.push_back(&x.unknownKeys);
    for (auto& x : s.outcomes.tables) {
        all.push_back(&x.unknownKeys);
        for (auto& p : x.proposals) all.push_back(&p.unknownKeys);
    }
    for (auto& x : s.actions) {
        all.push_back(&x.unknownKeys);
        for (auto& u : x.updates) all.push_back(&u.unknownKeys);
    }
    return all;
}

/// The string field behind a role field's JSON path (see typedTexts), or nullptr.
std::string* roleField(Session& s, const std::string& path) {
    auto index = [&](const std::string& prefix) -> std::size_t {
        return static_cast<std::size_t>(std::stoul(path.substr(prefix.size())));
    };
    if (path == "meta.facilitator") return &s.meta.facilitator;
    if (path.rfind("preparation[", 0) == 0) return &s.preparation.at(index("preparation[")).owner;
    if (path.rfind("phases[", 0) == 0) return &s.phases.at(index("phases[")).who;
    if (path.rfind("outcomes.tables[", 0) == 0) return &s.outcomes.tables.at(index("outcomes.tables[")).leader;
    if (path.rfind("actions[", 0) == 0) return &s.actions.at(index("actions[")).owner;
    return nullptr;
}

/// "tafelleider tafel 3" for the outcome at `path`, else the person's role word.
std::string replacementFor(const Session& s, const std::string& path, const Participant& person,
                           const std::string& lang) {
    if (path.rfind("outcomes.tables[", 0) == 0) {
        const std::size_t t = static_cast<std::size_t>(std::stoul(path.substr(16)));
        const std::size_t n = tableNumber(s, s.outcomes.tables.at(t).tableId);
        return n > 0 ? text(lang, "role.leader", {std::to_string(n)}) : text(lang, "role.leaderAnyTable");
    }
    return roleWord(person, lang);
}

} // namespace

EraseResult erasePerson(Session& s, const std::string& id) {
    EraseResult result;
    const std::string lang = s.meta.language;
    auto it = std::find_if(s.participants.begin(), s.participants.end(),
                           [&](const Participant& p) { return p.id == id; });
    if (it == s.participants.end()) return result;
    result.found = true;
    const Participant person = *it;
    result.name = personName(person);

    // Role fields first, while the person is still known: they become the role.
    for (const PlacedText& placed : typedTexts(s, lang)) {
        if (!placed.roleField || !roleFieldNames(placed.text, person)) continue;
        if (std::string* field = roleField(s, placed.path)) {
            const std::string replacement = replacementFor(s, placed.path, person, lang);
            result.changes.push_back(text(lang, "erase.replaced", {placed.place, *field, replacement}));
            *field = replacement;
        }
    }
    result.flagged = findMentions(s, person, lang);

    s.participants.erase(it);
    result.changes.push_back(text(lang, "erase.participant", {id + " (" + result.name + ")"}));
    Assignment& a = s.assignment;
    if (auto seat = a.seats.find(id); seat != a.seats.end()) {
        result.changes.push_back(text(lang, "erase.seat", {tablePlace(s, seat->second, lang)}));
        a.seats.erase(seat);
    }
    if (auto seat = a.round2.find(id); seat != a.round2.end()) {
        result.changes.push_back(text(lang, "erase.round2", {tablePlace(s, seat->second, lang)}));
        a.round2.erase(seat);
    }
    if (auto pin = std::find(a.pinned.begin(), a.pinned.end(), id); pin != a.pinned.end()) {
        a.pinned.erase(std::remove(a.pinned.begin(), a.pinned.end(), id), a.pinned.end());
        result.changes.push_back(text(lang, "erase.pin"));
    }
    for (Table& table : s.tables) {
        if (table.leaderId != id) continue;
        table.leaderId.clear();
        result.changes.push_back(text(lang, "erase.leader", {tablePlace(s, table.id, lang)}));
    }
    // A family key shared with nobody any more links to the erased person only.
    if (!person.family.empty()) {
        std::vector<Participant*> family;
        for (Participant& p : s.participants)
            if (p.family == person.family) family.push_back(&p);
        if (family.size() == 1) {
            family[0]->family.clear();
            result.changes.push_back(text(lang, "erase.family", {family[0]->id}));
        }
    }
    for (const std::string& path : idReferences(sessionToJson(s), id))
        result.changes.push_back(text(lang, "erase.reference", {id, path}));
    for (Json* unknown : unknownKeyObjects(s))
        dropIdFromJson(*unknown, id);
    result.leftReferences = idReferences(sessionToJson(s), id);
    return result;
}

} // namespace dlg::avg
