// AVG rights in core: finding a person, inzage, wis and opschonen (core/avg).
#include <doctest/doctest.h>

#include <map>

#include "core/avg/avg_erase.h"
#include "core/avg/avg_inzage.h"
#include "core/avg/avg_purge.h"
#include "core/model/session_file.h"
#include "core/model/session_json.h"
#include "core/model/validate.h"
#include "core/report/report_writers.h"
#include "test_avg_fixture.h"
#include "test_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

const Participant& byId(const Session& s, const std::string& id) {
    for (const Participant& p : s.participants)
        if (p.id == id) return p;
    FAIL("no participant " << id);
    throw;
}

std::vector<std::string> ids(const std::vector<const Participant*>& people) {
    std::vector<std::string> out;
    for (const Participant* p : people) out.push_back(p->id);
    return out;
}

/// Counts a purge must keep: per role present/registered, per table, per grade.
std::map<std::string, int> counts(const Session& s) {
    std::map<std::string, int> c;
    for (const Participant& p : s.participants) {
        const std::string role = toString(p.role);
        ++c[role];
        if (p.present) ++c[role + "/present"];
        if (p.rsvp == Rsvp::Registered) ++c[role + "/registered"];
        for (const std::string& grade : p.grades) ++c["grade " + grade];
    }
    for (const auto& [person, table] : s.assignment.seats) ++c["table " + table];
    for (const auto& [person, table] : s.assignment.round2) ++c["round2 " + table];
    int leaders = 0;
    for (const Table& t : s.tables) leaders += t.leaderId.empty() ? 0 : 1;
    c["leaders"] = leaders;
    return c;
}

std::string publicReport(const Session& s, ReportKind kind, ReportFormat format) {
    ReportOptions options;
    options.kind = kind;
    options.since = "2026-11-01";
    return writeReport(buildReport(s, options), format);
}

} // namespace

TEST_CASE("avg: a person is found by id, by name without accents or case, and a shared name is ambiguous") {
    const Session s = avgFixture();
    CHECK(ids(avg::findPeople(s, "p-03")) == std::vector<std::string>{"p-03"});
    CHECK(ids(avg::findPeople(s, "fatma ozdemir")) == std::vector<std::string>{"p-01"});
    CHECK(ids(avg::findPeople(s, "Jan Vries")) == std::vector<std::string>{"p-02"});
    CHECK(ids(avg::findPeople(s, "Özdemir")) == std::vector<std::string>{"p-01"});
    CHECK(ids(avg::findPeople(s, "de vries")) == std::vector<std::string>{"p-02", "p-09"});
    CHECK(avg::findPeople(s, "Nobody Here").empty());
    CHECK(avg::findPeople(s, "").empty());
    CHECK(contains(avg::describeCandidate(byId(s, "p-09"), "nl"), "p-09  Kees de Vries (ouder, groep 8"));
}

TEST_CASE("avg: inzage lists every field, the seating, role fields, mentions and references") {
    Session s = avgFixture();
    s.outcomes.tables[0].notes = "Jan de Vries wil meedenken over huiswerk.";
    s.participants[1].unknownKeys["telefoonVoorkeur"] = "avond";
    const avg::Inzage jan = avg::inspectPerson(s, byId(s, "p-02"));
    CHECK(jan.seat == "Rood");
    CHECK(jan.round2 == "Blauw");
    CHECK(jan.pinned);
    CHECK(jan.familyShared == 1);
    REQUIRE(jan.mentions.size() == 1);
    CHECK(jan.mentions[0].path == "outcomes.tables[0].notes");
    CHECK(jan.mentions[0].place == "Rood · notities");
    CHECK(jan.record["email"] == "jan.devries@example.org");
    CHECK(jan.record["telefoonVoorkeur"] == "avond");
    CHECK(jan.references == std::vector<std::string>{"assignment.seats.p-02", "assignment.pinned[0]",
                                                     "assignment.round2.p-02"});

    const std::string text = avg::inzageText(s, jan);
    for (const char* part : {"Inzage: wat dialoogavond bewaart over Jan de Vries (p-02)", "Achternaam: Vries",
                             "E-mailadres: jan.devries@example.org", "fam-vries (gedeeld met 1 andere deelnemer",
                             "Tafel: Rood", "Vastgezet aan die tafel: ja", "Rood · notities: “Jan de Vries wil",
                             "telefoonVoorkeur", "assignment.pinned[0]"})
        CHECK_MESSAGE(contains(text, part), part);
    const Json json = avg::inzageJson(jan);
    CHECK(json["person"]["lastName"] == "Vries");
    CHECK(json["mentions"][0]["place"] == "Rood · notities");

    const avg::Inzage marieke = avg::inspectPerson(s, byId(s, "p-06"));
    std::vector<std::string> rolePaths;
    for (const avg::Mention& m : marieke.roles) rolePaths.push_back(m.path);
    CHECK(rolePaths == std::vector<std::string>{"meta.facilitator", "outcomes.tables[1].leader", "actions[1].owner"});
    CHECK(marieke.leaderOf == std::vector<std::string>{"Blauw"});
    CHECK(marieke.mentions.empty());

    s.meta.language = "en";
    const std::string english = avg::inzageText(s, avg::inspectPerson(s, byId(s, "p-02")));
    CHECK(contains(english, "Access request: what dialoogavond stores about Jan de Vries (p-02)"));
    CHECK(contains(english, "Last name: Vries"));
}

TEST_CASE("avg: wis removes a person everywhere and leaves no reference to the id") {
    Session s = avgFixture();
    s.outcomes.tables[1].ideas.push_back("Marieke Jansen stuurt de planning rond.");
    s.participants[0].unknownKeys["buddy"] = "p-06";
    s.unknownKeys["lastEditedBy"] = Json{{"p-06", "2026-11-25"}};
    const avg::EraseResult result = avg::erasePerson(s, "p-06");
    REQUIRE(result.found);
    CHECK(result.name == "Marieke Jansen");

    const std::string bytes = serializeSession(s);
    CHECK_FALSE(contains(bytes, "\"p-06\""));
    CHECK(avg::idReferences(sessionToJson(s), "p-06").empty());
    CHECK(result.leftReferences.empty());
    CHECK_FALSE(contains(bytes, "m.jansen@school.example"));
    CHECK(s.participants.size() == 8);
    CHECK(s.tables[1].leaderId.empty());
    CHECK(s.outcomes.tables[1].leader == "tafelleider tafel 2");
    CHECK(s.meta.facilitator == "directie");
    CHECK(s.actions[1].owner == "directie");
    CHECK(s.assignment.seats.count("p-06") == 0);
    // The typed idea still names her: flagged with its place, not rewritten.
    REQUIRE(result.flagged.size() == 1);
    CHECK(result.flagged[0].path == "outcomes.tables[1].ideas[1]");
    CHECK(result.flagged[0].place == "Blauw · Ideeën · punt 2");
    CHECK(s.outcomes.tables[1].ideas[1] == "Marieke Jansen stuurt de planning rond.");
    CHECK(validate(s).empty());
}

TEST_CASE("avg: wis clears a family key left to one member and the pin, and an unknown id changes nothing") {
    Session s = avgFixture();
    const avg::EraseResult result = avg::erasePerson(s, "p-02");
    CHECK(result.found);
    CHECK(byId(s, "p-09").family.empty());
    CHECK(s.assignment.pinned == std::vector<std::string>{"p-07"});
    CHECK(s.assignment.round2.count("p-02") == 0);
    CHECK_FALSE(contains(serializeSession(s), "\"p-02\""));

    Session untouched = avgFixture();
    const std::string before = serializeSession(untouched);
    CHECK_FALSE(avg::erasePerson(untouched, "p-99").found);
    CHECK(serializeSession(untouched) == before);
}

TEST_CASE("avg: opschonen is refused before the evening unless forced") {
    Session s = avgFixture();
    s.run.events.clear();
    const std::string before = serializeSession(s);
    avg::PurgeResult refused = avg::purgePersonalData(s, "2026-11-24", false);
    CHECK(refused.refused);
    CHECK(contains(refused.reason, "2026-11-24"));
    CHECK(serializeSession(s) == before);
    s.meta.date.clear();
    CHECK(avg::purgePersonalData(s, "2026-12-24", false).refused);
    CHECK_FALSE(avg::purgePersonalData(s, "2026-11-01", true).refused);
    CHECK(s.privacy.purgedOn == "2026-11-01");

    Session run = avgFixture(); // dated today, but run and stopped: over
    CHECK(avg::eveningHasTakenPlace(run, "2026-11-24"));
    run.run.events.clear();
    CHECK_FALSE(avg::eveningHasTakenPlace(run, "2026-11-24"));
    CHECK(avg::eveningHasTakenPlace(run, "2026-11-25"));
}

TEST_CASE("avg: a purged file holds none of the names, e-mail addresses or family keys it held") {
    const Session original = avgFixture();
    Session s = original;
    const avg::PurgeResult result = avg::purgePersonalData(s, "2026-12-30", false);
    REQUIRE_FALSE(result.refused);
    CHECK(result.flagged.empty());
    TempDir dir("avg-purge");
    REQUIRE_FALSE(saveSessionFile(dir / "evening.json", s).has_value());
    const std::string bytes = readBytes(dir / "evening.json");
    REQUIRE_FALSE(bytes.empty());
    // A staff member who owns an action stays its owner (public reports show it); nowhere else.
    std::string ownersRemoved = bytes;
    const std::string keptOwner = "\"owner\": \"Marieke Jansen (directie)\"";
    REQUIRE(contains(ownersRemoved, keptOwner));
    ownersRemoved.erase(ownersRemoved.find(keptOwner), keptOwner.size());
    for (const Participant& p : original.participants) {
        for (const std::string& word : {p.firstName, p.lastName, avg::personName(p), p.email, p.family})
            if (!word.empty()) CHECK_MESSAGE(!contains(ownersRemoved, word), p.id, ": ", word);
        CHECK_MESSAGE(!contains(bytes, "\"" + p.id + "\""), p.id); // renumbered: old ids link to nothing
    }
    CHECK(s.outcomes.tables[0].leader == "tafelleider tafel 1");
    CHECK(s.outcomes.tables[1].leader == "tafelleider tafel 2");
    CHECK(s.meta.facilitator == "directie");
    CHECK(s.assignment.pinned.empty());
    CHECK(validate(s).empty());
    for (const Participant& p : s.participants) CHECK(avg::isAnonymous(p));
}

TEST_CASE("avg: opschonen keeps the counts and the public reports read the same") {
    const Session original = avgFixture();
    Session s = original;
    REQUIRE_FALSE(avg::purgePersonalData(s, "2026-12-30", false).refused);
    CHECK(counts(s) == counts(original));
    for (ReportKind kind : {ReportKind::Feedback, ReportKind::Progress})
        for (ReportFormat format : {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Text, ReportFormat::Csv})
            CHECK(publicReport(s, kind, format) == publicReport(original, kind, format));
    // Only the leaders' names changed in the outcomes; the actions are untouched.
    Json outcomes = sessionToJson(original)["outcomes"];
    outcomes["tables"][0]["leader"] = "tafelleider tafel 1";
    outcomes["tables"][1]["leader"] = "tafelleider tafel 2";
    CHECK(sessionToJson(s)["outcomes"] == outcomes);
    CHECK(sessionToJson(s)["actions"] == sessionToJson(original)["actions"]);
}

TEST_CASE("avg: opschonen flags typed texts that still name someone and runs only once") {
    Session s = avgFixture();
    s.outcomes.tables[0].notes = "Fatma Özdemir helpt bij de huiswerkklas.";
    const avg::PurgeResult result = avg::purgePersonalData(s, "2026-12-30", false);
    REQUIRE(result.flagged.size() == 1);
    CHECK(result.flagged[0].place == "Rood · notities");
    CHECK(result.flagged[0].found == "Fatma Özdemir");
    const avg::PurgeResult again = avg::purgePersonalData(s, "2026-12-31", false);
    CHECK(again.refused);
    CHECK(contains(again.reason, "geen persoonsgegevens"));
}

TEST_CASE("avg: retention counts the days since the evening against the school's term") {
    Session s = avgFixture();
    avg::Retention r = avg::retentionStatus(s, "2026-12-03");
    CHECK(r.people == 9);
    CHECK(r.daysKept == 9);
    CHECK(r.dueOn == "2026-12-22");
    CHECK_FALSE(r.due);
    CHECK(contains(r.lines[0], "9 deelnemers zijn nu 9 dagen na de avond bewaard"));
    CHECK(contains(r.lines[1], "4 weken"));
    r = avg::retentionStatus(s, "2026-12-23");
    CHECK(r.due);
    s.privacy.retentionWeeks = 6;
    CHECK_FALSE(avg::retentionStatus(s, "2026-12-23").due);
    REQUIRE_FALSE(avg::purgePersonalData(s, "2026-12-23", false).refused);
    r = avg::retentionStatus(s, "2027-06-01");
    CHECK(r.people == 0);
    CHECK_FALSE(r.due);
    CHECK(contains(r.lines[0], "opgeschoond op 2026-12-23"));
}

TEST_CASE("avg: retentionWeeks and purgedOn round-trip through the file and are validated") {
    Session s = avgFixture();
    s.privacy.retentionWeeks = 8;
    s.privacy.purgedOn = "2026-12-30";
    const LoadResult loaded = loadSessionText(serializeSession(s), "round-trip");
    REQUIRE(loaded.session);
    CHECK(loaded.session->privacy.retentionWeeks == 8);
    CHECK(loaded.session->privacy.purgedOn == "2026-12-30");
    s.privacy.retentionWeeks = 0;
    s.privacy.purgedOn = "gisteren";
    const Problems problems = validate(s);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].path == "privacy.retentionWeeks");
    CHECK(problems[1].path == "privacy.purgedOn");
}
