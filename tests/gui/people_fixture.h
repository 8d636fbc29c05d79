// A small evening with participants and two theme tables, for the Deelnemers and Indeling tests.
#pragma once

#include "headless.h"

namespace dlg::test {

/// Two tables (t-1 led by staff p-01, t-2 led by staff p-02), six parents with grades, one family
/// of two (p-05, p-06), names with accents and a tussenvoegsel; nobody present, nobody seated.
inline Session peopleSession() {
    Session session = sampleSession();
    Theme second = session.themes.front();
    second.id = "th-02";
    second.title = "Pesten";
    session.themes.push_back(second);
    auto person = [](std::string id, std::string first, std::string infix, std::string last, Role role,
                     std::string grade, std::string family = {}) {
        Participant p;
        p.id = std::move(id);
        p.firstName = std::move(first);
        p.infix = std::move(infix);
        p.lastName = std::move(last);
        p.role = role;
        if (!grade.empty()) p.grades = {std::move(grade)};
        p.family = std::move(family);
        p.rsvp = Rsvp::Registered;
        return p;
    };
    session.participants = {
        person("p-01", "Marloes", "van", "Dijk", Role::Staff, ""),
        person("p-02", "Kees", "", "Jansen", Role::Staff, ""),
        person("p-03", "Zoë", "", "Şahin", Role::Parent, "3"),
        person("p-04", "Jan", "de", "Vries", Role::Parent, "5"),
        person("p-05", "Fatima", "el", "Amrani", Role::Parent, "3", "fam-a"),
        person("p-06", "Youssef", "el", "Amrani", Role::Parent, "3", "fam-a"),
        person("p-07", "Anna", "", "Bakker", Role::Parent, "7"),
        person("p-08", "Piet", "", "Visser", Role::Parent, "5"),
    };
    session.participants[2].preference1 = "th-02";
    session.tables = {{"t-1", "Tafel 1", "th-01", "p-01", 0, Json::object()},
                      {"t-2", "Tafel 2", "th-02", "p-02", 0, Json::object()}};
    session.assignment.seed = 7;
    return session;
}

} // namespace dlg::test
