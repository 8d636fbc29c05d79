#include "core/avg/avg_inzage.h"

#include <algorithm>
#include <sstream>

#include "core/avg/avg_texts.h"
#include "core/model/session_json.h"

namespace dlg::avg {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::string themeTitle(const Session& session, const std::string& id) {
    for (const Theme& theme : session.themes)
        if (theme.id == id && !theme.title.empty()) return theme.title + " (" + id + ")";
    return id;
}

Json mentionsJson(const std::vector<Mention>& mentions) {
    Json list = Json::array();
    for (const Mention& m : mentions)
        list.push_back({{"path", m.path}, {"place", m.place}, {"found", m.found}, {"text", m.text}});
    return list;
}

} // namespace

Inzage inspectPerson(const Session& session, const Participant& person) {
    Inzage inzage;
    inzage.language = session.meta.language;
    inzage.person = person;
    Session alone;
    alone.participants = {person};
    inzage.record = sessionToJson(alone)["participants"][0];
    const std::string& lang = inzage.language;
    if (auto it = session.assignment.seats.find(person.id); it != session.assignment.seats.end())
        inzage.seat = tablePlace(session, it->second, lang);
    if (auto it = session.assignment.round2.find(person.id); it != session.assignment.round2.end())
        inzage.round2 = tablePlace(session, it->second, lang);
    const auto& pins = session.assignment.pinned;
    inzage.pinned = std::find(pins.begin(), pins.end(), person.id) != pins.end();
    for (const Table& table : session.tables)
        if (table.leaderId == person.id) inzage.leaderOf.push_back(tablePlace(session, table.id, lang));
    if (!person.family.empty())
        inzage.familyShared = static_cast<int>(std::count_if(
            session.participants.begin(), session.participants.end(),
            [&](const Participant& p) { return p.id != person.id && p.family == person.family; }));
    for (const PlacedText& placed : typedTexts(session, lang))
        if (placed.roleField && roleFieldNames(placed.text, person))
            inzage.roles.push_back({placed.path, placed.place, placed.text, placed.text, true});
    for (Mention& m : findMentions(session, person, lang)) {
        const bool asRole = std::any_of(inzage.roles.begin(), inzage.roles.end(),
                                        [&](const Mention& r) { return r.path == m.path; });
        if (!asRole) inzage.mentions.push_back(std::move(m));
    }
    for (const std::string& path : idReferences(sessionToJson(session), person.id))
        if (path.rfind("participants[", 0) != 0 || path.find(".id") == std::string::npos)
            inzage.references.push_back(path);
    return inzage;
}

std::string inzageText(const Session& session, const Inzage& z) {
    const std::string& lang = z.language;
    const Participant& p = z.person;
    const std::string dash = text(lang, "inzage.empty");
    std::ostringstream out;
    auto line = [&](const char* key, const std::string& value) {
        out << "  " << text(lang, key) << ": " << (value.empty() ? dash : value) << "\n";
    };
    out << text(lang, "inzage.title", {personName(p), p.id}) << "\n";
    std::string evening = session.meta.title;
    for (const std::string* part : {&session.meta.school, &session.meta.date})
        if (!part->empty()) evening += (evening.empty() ? "" : ", ") + *part;
    out << text(lang, "inzage.evening", {evening}) << "\n\n" << text(lang, "inzage.record") << "\n";
    line("field.id", p.id);
    line("field.firstName", p.firstName);
    line("field.infix", p.infix);
    line("field.lastName", p.lastName);
    line("field.role", text(lang, p.role == Role::Staff ? "role.staff" : "role.parent"));
    line("field.function", p.function);
    line("field.grades", joined(p.grades));
    line("field.family", p.family.empty() || z.familyShared == 0
                             ? p.family
                             : text(lang, "inzage.familyShared",
                                    {p.family, counted(lang, z.familyShared, "otherParticipant")}));
    line("field.languages", joined(p.languages));
    line("field.languageSupport", p.languageSupport);
    line("field.preference1", themeTitle(session, p.preference1));
    line("field.preference2", themeTitle(session, p.preference2));
    line("field.rsvp", toString(p.rsvp));
    line("field.present", text(lang, p.present ? "inzage.yes" : "inzage.no"));
    line("field.email", p.email);
    if (!p.unknownKeys.empty()) line("field.other", p.unknownKeys.dump());
    out << "\n" << text(lang, "inzage.seating") << "\n";
    line("field.seat", z.seat);
    line("field.round2", z.round2);
    line("field.pinned", text(lang, z.pinned ? "inzage.yes" : "inzage.no"));
    line("field.leaderOf", joined(z.leaderOf));
    const std::pair<const char*, const std::vector<Mention>*> lists[] = {{"inzage.roles", &z.roles},
                                                                          {"inzage.mentions", &z.mentions}};
    for (const auto& [headingKey, list] : lists) {
        out << "\n" << text(lang, headingKey) << "\n";
        if (list->empty()) out << "  " << text(lang, "inzage.none") << "\n";
        for (const Mention& m : *list)
            out << "  " << m.place << ": \u201c" << m.text << "\u201d\n";
    }
    out << "\n" << text(lang, "inzage.references", {p.id}) << "\n";
    if (z.references.empty()) out << "  " << text(lang, "inzage.none") << "\n";
    for (const std::string& path : z.references)
        out << "  " << path << "\n";
    return out.str();
}

Json inzageJson(const Inzage& z) {
    Json leaderOf = Json::array();
    for (const std::string& place : z.leaderOf)
        leaderOf.push_back(place);
    return Json{{"person", z.record},
                {"seat", z.seat},
                {"round2", z.round2},
                {"pinned", z.pinned},
                {"leaderOf", leaderOf},
                {"familyShared", z.familyShared},
                {"roles", mentionsJson(z.roles)},
                {"mentions", mentionsJson(z.mentions)},
                {"references", z.references}};
}

} // namespace dlg::avg
