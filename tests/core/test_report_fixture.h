// A finished evening with filled outcomes, actions with progress and a run log, for the report,
// writer and privacy tests (core and CLI). All names are invented.
#pragma once

#include "core/model/model.h"

namespace dlg::test {

inline Participant person(std::string id, std::string first, std::string infix, std::string last, Role role,
                          std::vector<std::string> grades, Rsvp rsvp, bool present) {
    Participant p;
    p.id = std::move(id);
    p.firstName = std::move(first);
    p.infix = std::move(infix);
    p.lastName = std::move(last);
    p.role = role;
    p.grades = std::move(grades);
    p.rsvp = rsvp;
    p.present = present;
    return p;
}

inline ProposedAction proposal(std::string id, std::string text, int votes) {
    ProposedAction p;
    p.id = std::move(id);
    p.text = std::move(text);
    p.by = "samen";
    p.form = "didactisch";
    p.votes = votes;
    return p;
}

inline Action action(std::string id, std::string title, std::string owner, std::string planned,
                     ActionStatus status, std::vector<ProgressUpdate> updates,
                     std::string sourceProposalId = "") {
    Action a;
    a.id = std::move(id);
    a.title = std::move(title);
    a.owner = std::move(owner);
    a.planned = std::move(planned);
    a.status = status;
    a.updates = std::move(updates);
    a.sourceProposalId = std::move(sourceProposalId);
    return a;
}

inline RunEvent runEvent(std::int64_t at, std::string kind, std::string phaseId = "") {
    RunEvent e;
    e.at = at;
    e.kind = std::move(kind);
    e.phaseId = std::move(phaseId);
    return e;
}

/// Present: parents Fatma Özdemir (groups 3 and 5), Jan de Vries (5), Pieter van den Berg (8);
/// staff Marieke Jansen and Tom Peeters. Registered but absent: Anna Bakker (3), Els Smit (staff).
/// Declined: Sanne Kok (5).
inline Session reportFixture() {
    Session s;
    s.meta.title = "Samen sterker";
    s.meta.school = "OBS De Regenboog";
    s.meta.date = "2026-11-24";
    s.meta.start = "19:30";
    s.meta.location = "Aula";
    s.meta.facilitator = "Marieke Jansen";

    Theme homework;
    homework.id = "th-01";
    homework.title = "Huiswerk en leren thuis";
    Theme contact;
    contact.id = "th-02";
    contact.title = "Contact tussen ouders en school";
    s.themes = {homework, contact};

    for (auto [id, title, minutes] : {std::tuple{"ph-01", "Inloop", 15}, std::tuple{"ph-02", "Welkom", 5},
                                      std::tuple{"ph-03", "Dialoog", 45}}) {
        Phase phase;
        phase.id = id;
        phase.title = title;
        phase.plannedMinutes = minutes;
        s.phases.push_back(phase);
    }

    s.participants = {
        person("p-01", "Fatma", "", "Özdemir", Role::Parent, {"3", "5"}, Rsvp::Registered, true),
        person("p-02", "Jan", "de", "Vries", Role::Parent, {"5"}, Rsvp::Registered, true),
        person("p-03", "Anna", "", "Bakker", Role::Parent, {"3"}, Rsvp::Registered, false),
        person("p-04", "Pieter", "van den", "Berg", Role::Parent, {"8"}, Rsvp::Invited, true),
        person("p-05", "Sanne", "", "Kok", Role::Parent, {"5"}, Rsvp::Declined, false),
        person("p-06", "Marieke", "", "Jansen", Role::Staff, {}, Rsvp::Registered, true),
        person("p-07", "Tom", "", "Peeters", Role::Staff, {}, Rsvp::Registered, true),
        person("p-08", "Els", "", "Smit", Role::Staff, {}, Rsvp::Registered, false),
    };
    s.participants[5].function = "directie";
    s.participants[6].function = "leerkracht";

    Table first;
    first.id = "t-01";
    first.name = "Rood";
    first.themeId = "th-01";
    first.leaderId = "p-07";
    Table second;
    second.id = "t-02";
    second.name = "Blauw";
    second.themeId = "th-02";
    second.leaderId = "p-06";
    s.tables = {first, second};

    s.outcomes.summaryPoints = {"Ouders willen weten wat er in de klas gebeurt.",
                                "Huiswerk zorgt thuis soms voor spanning."};
    TableOutcome homeworkTable;
    homeworkTable.tableId = "t-01";
    homeworkTable.themeId = "th-01";
    homeworkTable.leader = "Tom Peeters";
    homeworkTable.goesWell = {"De weektaak is duidelijk."};
    homeworkTable.difficult = {"Ouders weten niet hoe ze kunnen helpen."};
    homeworkTable.ideas = {"Een uitlegavond over rekenen."};
    homeworkTable.proposals = {proposal("pr-01", "Uitlegfilmpjes over de rekenmethode", 5),
                               proposal("pr-02", "Huiswerkklas op woensdag", 12)};
    homeworkTable.quote = "Ik wil mijn kind helpen, maar ik snap de sommen niet.";
    homeworkTable.notes = "Veel vragen over groep 5.";
    TableOutcome contactTable;
    contactTable.tableId = "t-02";
    contactTable.leader = "Marieke Jansen";
    contactTable.goesWell = {"De leerkrachten zijn goed bereikbaar."};
    contactTable.difficult = {"Berichten in de app komen laat."};
    contactTable.ideas = {"Elke vrijdag een kort bericht uit de klas."};
    contactTable.proposals = {proposal("pr-03", "Vaste inloop op maandagochtend", 3)};
    s.outcomes.tables = {homeworkTable, contactTable};
    s.outcomes.closingPoints = {"We gaan door met deze avonden."};
    s.outcomes.nextSteps = {"De MR bespreekt de voorstellen in december."};
    s.outcomes.keepInTouch = "U leest de voortgang in de nieuwsbrief.";

    s.actions = {
        action("a-01", "Huiswerkklas starten", "directie", "januari 2027", ActionStatus::Planned,
               {{"2026-12-01", "Eerste overleg met de MR.", {}},
                {"2027-01-15", "Ruimte en tijden zijn rond.", {}}},
               "pr-02"),
        action("a-02", "Weekbericht uit de klas", "team onderbouw", "vanaf december",
               ActionStatus::InProgress, {{"2026-12-10", "Groep 3 en 4 zijn begonnen.", {}}}),
        action("a-03", "Koffieochtend elke week", "ouderraad", "", ActionStatus::Dropped, {}),
        action("a-04", "Uitleg rekenmethode op de website", "team bovenbouw", "februari 2027",
               ActionStatus::Done, {{"2027-02-01", "De uitleg staat online.", {}}}),
    };
    s.actions[2].droppedReason = "Te weinig aanmeldingen.";
    s.actions[0].form = "didactisch";

    // 19:30 UTC start; Inloop 10 min, Welkom 15 min minus a 100 s pause, Dialoog 500 s.
    const std::int64_t t0 = 1795548600;
    s.run.events = {runEvent(t0, "start", "ph-01"),       runEvent(t0 + 600, "goto", "ph-02"),
                    runEvent(t0 + 900, "pause"),          runEvent(t0 + 1000, "resume"),
                    runEvent(t0 + 1500, "goto", "ph-03"), runEvent(t0 + 2000, "stop")};
    return s;
}

} // namespace dlg::test
