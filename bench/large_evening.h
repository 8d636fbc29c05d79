// A large, realistic evening: 40 tables, 400 people, 200 actions, with Dutch and Turkish names,
// long Dutch words ("Driehoeksgesprekken", "voorjaarsvakantie"), planned dates written as
// YYYY-MM-DD, staff named as action owners, and table leaders set only through the indeling for
// every third table. bench_report measures it; the layout tests render it (tests/core) and its
// screenshots are made from it (bench_report --save FILE). Deterministic: no randomness.
#pragma once

#include <string>

#include "core/model/model.h"

namespace dlg::bench {

inline constexpr int kLargeTables = 40;
inline constexpr int kLargePeople = 400;
inline constexpr int kLargeActions = 200;
inline constexpr int kLargeThemes = 8;

inline Session largeEvening() {
    auto numbered = [](const char* prefix, int n) { return std::string(prefix) + "-" + std::to_string(n); };
    Session s;
    s.meta.title = "Ouderavond ouderpartnerschap";
    s.meta.school = "OBS De Regenboog";
    s.meta.date = "2026-11-24";
    s.meta.start = "19:30";
    s.meta.location = "Aula";
    s.meta.contactEmail = "info@obs-regenboog.nl";
    s.meta.contactPhone = "020-7654321";
    const char* themes[] = {
        "Driehoeksgesprekken en rapporten",       "Huiswerk en leren thuis",     "Informatie en communicatie",
        "Ouderbetrokkenheid bij activiteiten",    "Taal en meertaligheid",       "Welbevinden en pesten",
        "Overgang naar het voortgezet onderwijs", "Medezeggenschap en ouderraad"};
    for (int t = 0; t < kLargeThemes; ++t) {
        Theme theme;
        theme.id = numbered("th", t);
        theme.title = themes[t];
        s.themes.push_back(theme);
    }
    const char* firstNames[] = {"Marloes", "Ayşe", "Jan",     "Fatima", "Pieter", "Sanne", "Mohamed",
                                "Lotte",   "Kees", "Aylin",   "Bram",   "Noor",   "Emre",  "Femke",
                                "Youssef", "Ilse", "Hüseyin", "Wouter", "Naima",  "Joost"};
    const char* lastNames[] = {"Demir",    "Jansen",    "Yılmaz",   "Vermeulen", "El Amrani",
                               "Hendriks", "Kaya",      "Dijkstra", "Öztürk",    "Brouwers",
                               "Bouzid",   "Verhoeven", "Schouten", "Çelik",     "Willemsen",
                               "Aydın",    "Kuipers",   "Benali",   "Postma",    "Verbeek"};
    const char* infixes[] = {"", "", "van den", "", "de", "", "van", "", "", "ter"};
    for (int p = 0; p < kLargePeople; ++p) {
        Participant person;
        person.id = numbered("p", p);
        person.firstName = firstNames[p % 20];
        person.infix = infixes[(p / 20) % 10];
        person.lastName = lastNames[(p * 7 + p / 20) % 20];
        person.role = p < kLargePeople - kLargeTables ? Role::Parent : Role::Staff;
        if (person.role == Role::Parent) person.grades = {std::to_string(1 + p % 8)};
        person.rsvp = Rsvp::Registered;
        person.present = p % 5 != 0;
        s.participants.push_back(person);
    }
    auto staffName = [&s](int k) {
        const Participant& p = s.participants[static_cast<std::size_t>(kLargePeople - kLargeTables + k)];
        return p.firstName + (p.infix.empty() ? "" : " " + p.infix) + " " + p.lastName;
    };
    for (int t = 0; t < kLargeTables; ++t) {
        Table table;
        table.id = numbered("t", t);
        table.name = "Tafel " + std::to_string(t + 1);
        table.themeId = numbered("th", t % kLargeThemes);
        table.leaderId = numbered("p", kLargePeople - kLargeTables + t);
        s.tables.push_back(table);
        TableOutcome outcome;
        outcome.tableId = table.id;
        if (t % 3 != 0) outcome.leader = staffName(t); // every third: only the indeling knows
        const std::string n = std::to_string(t + 1);
        outcome.goesWell = {"De Driehoeksgesprekken met kind, ouder en leerkracht werken goed (tafel " + n +
                                ").",
                            "Ouders voelen zich welkom bij de inloop op maandagochtend."};
        outcome.difficult = {
            "Informatie komt laat, vooral rond de voorjaarsvakantie en de studiedagen.",
            "Niet iedere ouder leest de nieuwsbrief; sommige ouders spreken weinig Nederlands."};
        outcome.ideas = {"Een vaste contactmoment-kalender voor het hele schooljaar.",
                         "Ouders die tolken voor andere ouders, met een korte uitleg vooraf."};
        for (int i = 0; i < 5; ++i) {
            ProposedAction proposal;
            proposal.id = numbered("pr", t * 10 + i);
            proposal.text = i % 2 == 0 ? "Driehoeksgesprekken ook in de onderbouw, voor de voorjaarsvakantie"
                                       : "Een ouderpanel dat twee keer per jaar met de directie meedenkt";
            proposal.text += " (" + n + "." + std::to_string(i + 1) + ")";
            proposal.votes = (t * 7 + i * 3) % 15;
            outcome.proposals.push_back(proposal);
        }
        outcome.quote = "Als ik weet wat er in de klas gebeurt, kan ik thuis beter helpen.";
        outcome.notes =
            "Veel instemming aan tafel " + n + ".\n- vervolg in de ouderraad\n- terugkoppelen via Parro";
        s.outcomes.tables.push_back(outcome);
    }
    s.outcomes.summaryPoints = {"Ouders willen eerder weten wat er in de klas gebeurt.",
                                "De Driehoeksgesprekken worden gewaardeerd en mogen vaker.",
                                "Communicatie via één kanaal in plaats van drie."};
    s.outcomes.nextSteps = {"De MR bespreekt de voorstellen in januari.",
                            "Na de voorjaarsvakantie volgt een tweede avond."};
    s.outcomes.keepInTouch = "U leest de voortgang elke maand in de nieuwsbrief. Vragen? Mail "
                             "info@obs-regenboog.nl of bel 020-7654321.";
    const char* titles[] = {"Driehoeksgesprekken in de onderbouw invoeren",
                            "Contactmomentenkalender voor het schooljaar",
                            "Ouderpanel met de directie opzetten", "Nieuwsbrief ook in het Turks en Arabisch",
                            "Inloopochtend na de voorjaarsvakantie uitbreiden"};
    for (int a = 0; a < kLargeActions; ++a) {
        Action action;
        action.id = numbered("a", a);
        action.title = std::string(titles[a % 5]) + " (" + std::to_string(a + 1) + ")";
        action.description = "Uitwerken met het team en de ouderraad; terugkoppelen in de nieuwsbrief.";
        action.owner = a % 4 == 0 ? "directie" : staffName(a % kLargeTables);
        action.planned = a % 3 == 2
                             ? "na de voorjaarsvakantie"
                             : "2027-0" + std::to_string(1 + a % 6) + "-" + std::to_string(10 + a % 19);
        action.status = static_cast<ActionStatus>(a % 5);
        if (action.status == ActionStatus::Dropped) action.droppedReason = "Te weinig tijd dit schooljaar.";
        if (a < 160) action.sourceProposalId = numbered("pr", (a / 4) * 10 + a % 4);
        for (int u = 0; u < 2; ++u)
            action.updates.push_back(
                {"2027-0" + std::to_string(1 + u) + "-1" + std::to_string(a % 10),
                 "Besproken in het team; de Driehoeksgesprekken starten na de voorjaarsvakantie.",
                 {}});
        s.actions.push_back(action);
    }
    return s;
}

} // namespace dlg::bench
