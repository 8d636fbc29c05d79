#include "core/avg/avg_purge.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <tuple>

#include "core/avg/avg_texts.h"
#include "core/model/paths.h"

namespace dlg::avg {
namespace {

std::optional<std::chrono::sys_days> parseDate(const std::string& text) {
    if (!isValidDate(text)) return std::nullopt;
    const std::chrono::year_month_day day{std::chrono::year{std::stoi(text.substr(0, 4))},
                                          std::chrono::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
                                          std::chrono::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
    return std::chrono::sys_days{day};
}

std::string formatDate(std::chrono::sys_days days) {
    const std::chrono::year_month_day day{days};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return buffer;
}

bool runStopped(const Session& session) {
    return std::any_of(session.run.events.begin(), session.run.events.end(),
                       [](const RunEvent& e) { return e.kind == "stop"; });
}

/// "ouder 7": a placeholder with no personal data, so lists and validation keep a name to show.
bool isPlaceholderName(const std::string& name) {
    const std::size_t space = name.rfind(' ');
    if (space == std::string::npos || space + 1 >= name.size()) return false;
    return std::all_of(name.begin() + static_cast<long>(space) + 1, name.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

bool eveningHasTakenPlace(const Session& session, const std::string& today) {
    if (runStopped(session)) return true;
    const auto evening = parseDate(session.meta.date);
    const auto now = parseDate(today);
    return evening && now && *evening < *now;
}

bool isAnonymous(const Participant& p) {
    return p.infix.empty() && p.lastName.empty() && p.function.empty() && p.family.empty() &&
           p.languages.empty() && p.languageSupport.empty() && p.preference1.empty() && p.preference2.empty() &&
           p.email.empty() && p.unknownKeys.empty() && isPlaceholderName(p.firstName);
}

Retention retentionStatus(const Session& s, const std::string& today) {
    const std::string& lang = s.meta.language;
    Retention r;
    r.people = static_cast<int>(
        std::count_if(s.participants.begin(), s.participants.end(), [](const Participant& p) { return !isAnonymous(p); }));
    r.purgedOn = s.privacy.purgedOn;
    r.over = eveningHasTakenPlace(s, today);
    const auto evening = parseDate(s.meta.date);
    const auto now = parseDate(today);
    r.hasDate = evening.has_value();
    if (evening) {
        const auto due = *evening + std::chrono::days{7 * std::max(0, s.privacy.retentionWeeks)};
        r.dueOn = formatDate(due);
        if (now && *now > *evening) r.daysKept = static_cast<int>((*now - *evening).count());
        r.due = r.people > 0 && now && *now > due;
    }
    if (!r.purgedOn.empty()) r.lines.push_back(text(lang, "retention.purged", {r.purgedOn}));
    if (r.people == 0) {
        r.lines.push_back(text(lang, "retention.none"));
        return r;
    }
    if (!evening)
        r.lines.push_back(text(lang, "retention.noDate"));
    else if (!r.over)
        r.lines.push_back(text(lang, "retention.before", {s.meta.date}));
    else
        r.lines.push_back(text(lang, "retention.kept", {counted(lang, r.people, "participant"),
                                                       counted(lang, r.daysKept, "day"), s.meta.date}));
    if (evening)
        r.lines.push_back(
            text(lang, "retention.term", {counted(lang, s.privacy.retentionWeeks, "week"), r.dueOn}));
    if (r.due) r.lines.push_back(text(lang, "retention.due"));
    return r;
}

PurgeResult purgePersonalData(Session& s, const std::string& today, bool force) {
    const std::string lang = s.meta.language;
    PurgeResult result;
    if (!force && !eveningHasTakenPlace(s, today)) {
        result.refused = true;
        result.reason = parseDate(s.meta.date) ? text(lang, "purge.notYet", {s.meta.date}) : text(lang, "purge.noDate");
        return result;
    }
    const int people = static_cast<int>(
        std::count_if(s.participants.begin(), s.participants.end(), [](const Participant& p) { return !isAnonymous(p); }));
    if (people == 0) {
        result.refused = true;
        result.reason = text(lang, "purge.already");
        return result;
    }

    // Role fields that hold a participant become the role; typed texts naming one are flagged.
    for (const PlacedText& placed : typedTexts(s, lang)) {
        if (!placed.roleField) continue;
        std::string replacement;
        if (placed.path.rfind("outcomes.tables[", 0) == 0) {
            const std::size_t t = static_cast<std::size_t>(std::stoul(placed.path.substr(16)));
            const std::size_t n = tableNumber(s, s.outcomes.tables[t].tableId);
            replacement = n > 0 ? text(lang, "role.leader", {std::to_string(n)}) : text(lang, "role.leaderAnyTable");
            if (placed.text != replacement)
                result.changes.push_back(text(lang, "erase.replaced", {placed.place, placed.text, replacement}));
            s.outcomes.tables[t].leader = replacement;
            continue;
        }
        // Staff stay the owners of the school's actions: they act in their role there, the public
        // reports show them (privacy guard rule 3) and must read the same after cleaning up.
        const bool actionOwner = placed.path.rfind("actions[", 0) == 0;
        for (const Participant& p : s.participants)
            if (roleFieldNames(placed.text, p) && !(actionOwner && p.role == Role::Staff))
                replacement = roleWord(p, lang);
        if (replacement.empty()) continue;
        std::string* field = nullptr;
        const auto index = [&](std::size_t prefix) { return static_cast<std::size_t>(std::stoul(placed.path.substr(prefix))); };
        if (placed.path == "meta.facilitator") field = &s.meta.facilitator;
        else if (placed.path.rfind("preparation[", 0) == 0) field = &s.preparation[index(12)].owner;
        else if (placed.path.rfind("phases[", 0) == 0) field = &s.phases[index(7)].who;
        else if (placed.path.rfind("actions[", 0) == 0) field = &s.actions[index(8)].owner;
        if (!field) continue;
        result.changes.push_back(text(lang, "erase.replaced", {placed.place, *field, replacement}));
        *field = replacement;
    }
    // A table led by someone whose name was never typed into its outcome gets the role too, so no
    // report falls back to the (now anonymous) participant.
    for (TableOutcome& outcome : s.outcomes.tables) {
        const std::size_t n = tableNumber(s, outcome.tableId);
        if (outcome.leader.empty() && n > 0 && !s.tables[n - 1].leaderId.empty())
            outcome.leader = text(lang, "role.leader", {std::to_string(n)});
    }
    for (const Participant& p : s.participants)
        for (Mention& m : findMentions(s, p, lang))
            if (!m.roleField) result.flagged.push_back(std::move(m)); // role fields: replaced or kept above

    // New ids in an order by role, table and grade: nothing of the old list (often alphabetical) is left.
    std::vector<std::size_t> order(s.participants.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto seatOf = [&](const Participant& p) {
        auto it = s.assignment.seats.find(p.id);
        return it == s.assignment.seats.end() ? std::size_t{0} : tableNumber(s, it->second);
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Participant& x = s.participants[a];
        const Participant& y = s.participants[b];
        return std::tuple(x.role, seatOf(x), x.grades, x.rsvp, x.present) <
               std::tuple(y.role, seatOf(y), y.grades, y.rsvp, y.present);
    });
    std::map<std::string, std::string> newId;
    std::vector<Participant> anonymous;
    std::map<Role, int> perRole;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Participant& old = s.participants[order[i]];
        Participant p;
        p.id = "p-" + std::string(i + 1 < 10 ? "00" : i + 1 < 100 ? "0" : "") + std::to_string(i + 1);
        p.role = old.role;
        p.grades = old.grades; // parents per grade are a count the intern report keeps
        p.rsvp = old.rsvp;
        p.present = old.present;
        p.firstName = text(lang, "purge.placeholder",
                           {text(lang, old.role == Role::Staff ? "role.staff" : "role.parent"),
                            std::to_string(++perRole[old.role])});
        newId[old.id] = p.id;
        anonymous.push_back(std::move(p));
    }
    s.participants = std::move(anonymous);
    Assignment& a = s.assignment;
    auto remap = [&](std::map<std::string, std::string>& seats) {
        std::map<std::string, std::string> next;
        for (const auto& [person, table] : seats)
            if (auto it = newId.find(person); it != newId.end()) next[it->second] = table;
        seats = std::move(next);
    };
    remap(a.seats);
    remap(a.round2);
    if (!a.pinned.empty()) result.changes.push_back(text(lang, "purge.pins", {counted(lang, static_cast<long long>(a.pinned.size()), "pin")}));
    a.pinned.clear();
    for (Table& table : s.tables) {
        auto it = newId.find(table.leaderId);
        table.leaderId = it == newId.end() ? std::string() : it->second;
    }
    result.changes.insert(result.changes.begin(), text(lang, "purge.people", {counted(lang, people, "participant")}));
    s.privacy.purgedOn = today;
    return result;
}

} // namespace dlg::avg
