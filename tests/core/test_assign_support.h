// Helpers for the table balancer tests: small hand-made evenings and an independent check of
// the hard rules (written from the rule text, not from the solver's code).
#pragma once

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/assign/assign.h"
#include "core/model/model.h"

namespace dlg::test {

inline Participant person(const std::string& id, Role role, std::vector<std::string> grades = {},
                          const std::string& family = "") {
    Participant p;
    p.id = id;
    p.role = role;
    p.grades = std::move(grades);
    p.family = family;
    p.languages = {"nl"};
    p.present = true;
    p.rsvp = Rsvp::Registered;
    return p;
}

inline Table table(const std::string& id, const std::string& theme = "", const std::string& leader = "",
                   int capacity = 0) {
    Table t;
    t.id = id;
    t.name = id;
    t.themeId = theme;
    t.leaderId = leader;
    t.capacity = capacity;
    return t;
}

/// Every hard rule, checked from the rule text. Returns one line per violation.
inline std::vector<std::string> independentHardCheck(const Session& s,
                                                     const std::map<std::string, std::string>& seats,
                                                     bool presentOnly = true) {
    std::vector<std::string> out;
    std::vector<const Participant*> seated;
    for (const Participant& p : s.participants)
        if (presentOnly ? p.present : p.rsvp != Rsvp::Declined) seated.push_back(&p);
    std::map<std::string, int> size, staff;
    for (const Table& t : s.tables)
        size[t.id] = 0, staff[t.id] = 0;
    for (const Participant* p : seated) {
        auto it = seats.find(p->id);
        if (it == seats.end() || !size.count(it->second)) {
            out.push_back(p->id + " not seated at a known table");
            continue;
        }
        ++size[it->second];
        if (p->role == Role::Staff) ++staff[it->second];
    }
    if (seats.size() != seated.size()) out.push_back("seats for people who are not to be seated");
    const double n = static_cast<double>(seated.size());
    double staffTotal = 0;
    for (const Participant* p : seated)
        staffTotal += p->role == Role::Staff ? 1 : 0;
    int smallest = 1 << 30, largest = 0;
    for (const Table& t : s.tables) {
        smallest = std::min(smallest, size[t.id]);
        largest = std::max(largest, size[t.id]);
        if (t.capacity > 0 && size[t.id] > t.capacity) out.push_back(t.id + " over capacity");
        double e = staffTotal * size[t.id] / n;
        if (staff[t.id] < std::ceil(e - 1 - 1e-9) || staff[t.id] > std::floor(e + 1 + 1e-9))
            out.push_back(t.id + " staff " + std::to_string(staff[t.id]) + " outside band around " +
                          std::to_string(e));
        if (!t.leaderId.empty()) {
            auto it = seats.find(t.leaderId);
            if (it == seats.end() || it->second != t.id) out.push_back("leader of " + t.id + " elsewhere");
        }
    }
    if (largest - smallest > 1) out.push_back("sizes differ by more than 1");
    for (const std::string& id : s.assignment.pinned) {
        auto before = s.assignment.seats.find(id);
        auto now = seats.find(id);
        if (before != s.assignment.seats.end() && now != seats.end() && before->second != now->second)
            out.push_back("pinned " + id + " moved");
    }
    std::map<std::string, std::vector<std::string>> families;
    for (const Participant* p : seated)
        if (!p->family.empty() && seats.count(p->id)) families[p->family].push_back(seats.at(p->id));
    for (const auto& [family, tables] : families) {
        std::set<std::string> distinct(tables.begin(), tables.end());
        if (s.assignRules.families == FamilySeating::Together && distinct.size() > 1)
            out.push_back("family " + family + " split");
        if (s.assignRules.families == FamilySeating::Apart && distinct.size() < tables.size())
            out.push_back("family " + family + " not apart");
    }
    return out;
}

inline bool anyContains(const std::vector<std::string>& lines, const std::string& part) {
    for (const std::string& line : lines)
        if (line.find(part) != std::string::npos) return true;
    return false;
}

// Seven people over three tables: two interchangeable ones (theme A, no leader), fractional grade
// shares, a couple, language support with one bridge; varied by the seed.
inline Session smallEvening(std::uint64_t seed, FamilySeating families) {
    Session s;
    const char* themes[] = {"A", "B", "C"};
    for (int i = 0; i < 7; ++i) {
        Participant p = person("p" + std::to_string(i), i < 2 ? Role::Staff : Role::Parent,
                               {std::to_string(1 + (i * seed + i / 3) % 3)});
        p.preference1 = themes[(i + seed) % 3];
        p.preference2 = themes[(i * 5 + seed) % 3];
        s.participants.push_back(p);
    }
    s.participants[2].family = s.participants[3].family = "f1";
    s.participants[3].grades = s.participants[2].grades;
    s.participants[4 + seed % 3].languageSupport = "tr";
    s.participants[4 + seed % 3].languages = {"tr"};
    s.participants[seed % 2].languages = {"nl", "tr"};
    s.assignRules.families = families;
    s.tables = {table("t1", "A"), table("t2", "A"), table("t3", "B")};
    return s;
}

} // namespace dlg::test
