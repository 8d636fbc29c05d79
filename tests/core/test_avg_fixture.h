// The report fixture with what makes AVG requests real: e-mail addresses, family keys, languages,
// seats, pins, a second round and a staff member named as action owner. All names are invented.
#pragma once

#include "test_report_fixture.h"

namespace dlg::test {

/// reportFixture() plus: e-mail for everyone, Jan de Vries and Kees de Vries share family
/// "fam-vries", Fatma Özdemir has family "fam-ozd" alone; seats for everyone present, Jan pinned;
/// Marieke Jansen (directie) owns action a-02 as the owner picker writes it.
inline Session avgFixture() {
    Session s = reportFixture();
    Participant kees = person("p-09", "Kees", "de", "Vries", Role::Parent, {"8"}, Rsvp::Registered, true);
    s.participants.push_back(kees);
    const char* emails[] = {"fatma.ozdemir@example.org", "jan.devries@example.org", "anna.bakker@example.org",
                            "pieter.vdberg@example.org", "sanne.kok@example.org",   "m.jansen@school.example",
                            "t.peeters@school.example",  "e.smit@school.example",   "kees.devries@example.org"};
    for (std::size_t i = 0; i < s.participants.size(); ++i)
        s.participants[i].email = emails[i];
    s.participants[0].family = "fam-ozd";
    s.participants[0].languages = {"nl", "tr"};
    s.participants[0].languageSupport = "tr";
    s.participants[0].preference1 = "th-02";
    s.participants[1].family = "fam-vries";
    s.participants[8].family = "fam-vries";
    s.assignment.seats = {{"p-01", "t-01"}, {"p-02", "t-01"}, {"p-04", "t-02"}, {"p-06", "t-02"},
                          {"p-07", "t-01"}, {"p-09", "t-02"}};
    s.assignment.round2 = {{"p-01", "t-02"}, {"p-02", "t-02"}};
    s.assignment.pinned = {"p-02", "p-07"};
    s.actions[1].owner = "Marieke Jansen (directie)";
    return s;
}

} // namespace dlg::test
