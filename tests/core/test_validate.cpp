// Every kind of problem is reported at its JSON path, all of them at once, in plain language.
#include <doctest/doctest.h>

#include "core/model/session_file.h"
#include "core/model/session_json.h"
#include "core/model/validate.h"
#include "test_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

// Problems at `path` (there may be more than one).
std::vector<std::string> messagesAt(const Problems& problems, const std::string& path) {
    std::vector<std::string> found;
    for (const Problem& problem : problems)
        if (problem.path == path) found.push_back(problem.message);
    return found;
}

// Checks that a problem at `path` mentions `part`; prints everything when it is missing.
void expectProblem(const Problems& problems, const std::string& path, const std::string& part) {
    CAPTURE(path);
    CAPTURE(part);
    bool found = false;
    for (const std::string& message : messagesAt(problems, path))
        found = found || contains(message, part);
    if (!found)
        for (const Problem& problem : problems)
            MESSAGE(describe(problem));
    CHECK(found);
}

LoadResult loadFixture(const std::string& name) {
    LoadResult loaded = loadSessionFile(fixture(name));
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return loaded;
}

Json minimalDocument() {
    return Json::parse(readBytes(fixture("minimal.json")));
}

// Loads an edited document in memory, as if read from a file.
LoadResult loadDocument(const Json& document) {
    LoadResult loaded = loadSessionText(document.dump(2), "edited.json");
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return loaded;
}

Session minimalSession() {
    return *loadFixture("minimal.json").session;
}

} // namespace

TEST_CASE("validate: the fixtures, the sample evening and the template have no problems") {
    for (const std::filesystem::path& file :
         {fixture("minimal.json"), fixture("unknown_keys.json"), fixture("unknown_keys_everywhere.json"),
          std::filesystem::path(DLG_SOURCE_DIR "/sessions/voorbeeld.json"),
          std::filesystem::path(DLG_SOURCE_DIR "/assets/templates/ouderpartnerschap.json")}) {
        CAPTURE(file.string());
        const LoadResult loaded = loadSessionFile(file);
        REQUIRE_MESSAGE(loaded.session, loaded.error);
        for (const Problem& problem : loaded.problems)
            FAIL_CHECK(describe(problem));
        CHECK(validate(*loaded.session).empty());
        CHECK_FALSE(loaded.readOnly);
    }
}

TEST_CASE("validate: wrong JSON types and a missing id are reported at their paths") {
    const LoadResult loaded = loadFixture("wrong_types.json");
    const Problems& p = loaded.problems;
    expectProblem(p, "phases[0].plannedMinutes", "expected a whole number, found text");
    expectProblem(p, "participants[0].grades", "expected a list of texts, found text");
    expectProblem(p, "tables[0].capacity", "found null");
    expectProblem(p, "phases[1].id", "missing");
    // A file whose values could not be read opens read-only, so a save cannot replace them with defaults.
    CHECK(loaded.readOnly);
    CHECK(contains(loaded.readOnlyReason, "wrong_types.json"));
    // The missing id is reported once, not again as "empty" by validate().
    CHECK(messagesAt(p, "phases[1].id").size() == 1);
}

TEST_CASE("validate: bad values are all reported, each at its path") {
    const LoadResult loaded = loadFixture("bad_values.json");
    const Problems& p = loaded.problems;
    expectProblem(p, "meta.date", "\"24-11-2026\" is not a date; use YYYY-MM-DD");
    expectProblem(p, "meta.start", "\"7:30 pm\" is not a time; use HH:MM");
    expectProblem(p, "phases[0].plannedMinutes", "negative");
    expectProblem(p, "phases[1].projector", "\"slides\" is not a projector view");
    expectProblem(p, "participants[2].role", "\"parent\" is not a role; use \"ouder\" or \"medewerker\"");
    expectProblem(p, "participants[3].rsvp", "\"ja\" is not an RSVP state");
    expectProblem(p, "themes[1].forms[1]", "\"sportief\" is not a form of partnership");
    CHECK(p.size() == 7);
}

TEST_CASE("validate: references to unknown ids and duplicate ids are all reported") {
    const LoadResult loaded = loadFixture("broken_references.json");
    const Problems& p = loaded.problems;
    expectProblem(p, "tables[0].themeId", "\"th-99\", which does not exist");
    expectProblem(p, "tables[1].leaderId", "\"p-099\", which does not exist");
    expectProblem(p, "participants[2].preference1", "\"th-42\"");
    expectProblem(p, "participants[5].id", "\"p-004\" is used twice");
    expectProblem(p, "assignment.seats.p-003", "table \"t-07\"");
    expectProblem(p, "assignment.seats.p-404", "participant \"p-404\"");
    expectProblem(p, "assignment.pinned[0]", "\"p-777\"");
    CHECK(p.size() == 7);
    CHECK_FALSE(loaded.readOnly); // only meaning is wrong: the school can fix it in the program
}

TEST_CASE("validate: an unknown enum word names the field, the word and the allowed words") {
    Json doc = minimalDocument();
    doc["participants"][3]["role"] = "ouders";
    doc["participants"][1]["rsvp"] = "misschien";
    doc["phases"][2]["projector"] = "dia";
    const LoadResult loaded = loadDocument(doc);
    REQUIRE(loaded.problems.size() == 3);
    CHECK(describe(loaded.problems[0]) ==
          "phases[2].projector: \"dia\" is not a projector view; use \"welcome\", "
          "\"text\", \"questions\", \"break\", \"tables\", \"presentations\", "
          "\"closing\" or \"blank\"");
    CHECK(describe(loaded.problems[1]) ==
          "participants[1].rsvp: \"misschien\" is not an RSVP state; use \"uitgenodigd\", \"aangemeld\" or "
          "\"afgemeld\"");
    CHECK(describe(loaded.problems[2]) ==
          "participants[3].role: \"ouders\" is not a role; use \"ouder\" or \"medewerker\"");
}

TEST_CASE("validate: an action status word and a run event kind outside the list are reported") {
    Json doc = Json::parse(readBytes(fixture("unknown_keys_everywhere.json")));
    doc["actions"][0]["status"] = "klaar";
    doc["run"]["events"][0]["kind"] = "begin";
    const LoadResult loaded = loadDocument(doc);
    expectProblem(loaded.problems, "actions[0].status",
                  "\"klaar\" is not an action status; use \"voorgesteld\"");
    expectProblem(loaded.problems, "run.events[0].kind", "\"begin\" is not a run event; use \"start\"");
}

TEST_CASE("validate: an enum of the wrong JSON type is reported once, as a type error") {
    Json doc = minimalDocument();
    doc["participants"][0]["role"] = 5;
    const LoadResult loaded = loadDocument(doc);
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].path == "participants[0].role");
    CHECK(contains(loaded.problems[0].message, "expected text, found a whole number"));
}

TEST_CASE("validate: missing required fields are reported at their paths") {
    Json doc = minimalDocument();
    doc.erase("meta");
    doc["participants"][1].erase("firstName");
    doc["participants"][2].erase("role");
    doc["phases"][0].erase("plannedMinutes");
    doc["tables"][0].erase("id");
    const LoadResult loaded = loadDocument(doc);
    const Problems& p = loaded.problems;
    expectProblem(p, "meta", "missing");
    expectProblem(p, "participants[1].firstName", "missing");
    expectProblem(p, "participants[2].role", "missing (required); use \"ouder\" or \"medewerker\"");
    expectProblem(p, "phases[0].plannedMinutes", "missing");
    expectProblem(p, "tables[0].id", "missing");
    CHECK(loaded.readOnly);
}

TEST_CASE("validate: wrong types in lists, maps and nested objects carry the full path") {
    Json doc = minimalDocument();
    doc["themes"][0]["questions"][0] = 12;
    doc["assignment"]["seats"] = {{"p-003", true}};
    doc["privacy"]["storeEmail"] = "ja";
    doc["phases"] = Json::object();
    doc["run"] = {{"events", {{{"at", "gisteren"}, {"kind", "start"}}}}};
    doc["assignment"]["seed"] = -1;
    const LoadResult loaded = loadDocument(doc);
    const Problems& p = loaded.problems;
    expectProblem(p, "themes[0].questions[0]", "expected text, found a whole number");
    expectProblem(p, "assignment.seats.p-003", "expected text, found true/false");
    expectProblem(p, "privacy.storeEmail", "expected true or false, found text");
    expectProblem(p, "phases", "expected a list, found an object");
    expectProblem(p, "run.events[0].at", "expected a whole number, found text");
    expectProblem(p, "assignment.seed", "0 or more");
}

TEST_CASE("validate: negative and inconsistent durations") {
    Session s = minimalSession();
    s.phases[0].plannedMinutes = -1;
    s.phases[1].flexible = true;
    s.phases[1].minimumMinutes = s.phases[1].plannedMinutes + 1;
    s.phases[2].minimumMinutes = -3;
    s.tables[0].capacity = -2;
    const Problems p = validate(s);
    expectProblem(p, "phases[0].plannedMinutes", "negative");
    expectProblem(p, "phases[1].minimumMinutes", "more than the planned minutes");
    expectProblem(p, "phases[2].minimumMinutes", "negative");
    expectProblem(p, "tables[0].capacity", "negative");
    CHECK(p.size() == 4);
    // Zero minutes is a valid (skipped) phase.
    s = minimalSession();
    s.phases[0].plannedMinutes = 0;
    CHECK(validate(s).empty());
}

TEST_CASE("validate: duplicate and empty ids in every collection") {
    Session s = *loadFixture("unknown_keys_everywhere.json").session;
    s.preparation.push_back(s.preparation[0]);
    s.themes[1].id = s.themes[0].id;
    s.phases[2].id = "";
    s.tables[1].id = s.tables[0].id;
    s.actions.push_back(s.actions[0]);
    s.outcomes.tables[0].proposals.push_back(s.outcomes.tables[0].proposals[0]);
    const Problems p = validate(s);
    expectProblem(p, "preparation[1].id", "used twice");
    expectProblem(p, "themes[1].id", "used twice");
    expectProblem(p, "phases[2].id", "empty");
    expectProblem(p, "tables[1].id", "used twice");
    expectProblem(p, "actions[1].id", "used twice");
    expectProblem(p, "outcomes.tables[0].proposals[1].id", "used twice");
}

TEST_CASE("validate: references from the run log, outcomes and actions") {
    Session s = *loadFixture("unknown_keys_everywhere.json").session;
    s.run.events[1].phaseId = "ph-77";
    s.outcomes.tables[0].tableId = "t-55";
    s.outcomes.tables[0].themeId = "th-66";
    s.actions[0].sourceProposalId = "pr-99";
    s.assignment.round2["p-888"] = "t-01";
    const Problems p = validate(s);
    expectProblem(p, "run.events[1].phaseId", "\"ph-77\"");
    expectProblem(p, "outcomes.tables[0].tableId", "\"t-55\"");
    expectProblem(p, "outcomes.tables[0].themeId", "\"th-66\"");
    expectProblem(p, "actions[0].sourceProposalId", "\"pr-99\"");
    expectProblem(p, "assignment.round2.p-888", "\"p-888\"");
    CHECK(p.size() == 5);
}

TEST_CASE("validate: run events must not go back in time") {
    Session s = *loadFixture("unknown_keys_everywhere.json").session;
    s.run.events[2].at = s.run.events[1].at - 1;
    const Problems p = validate(s);
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "run.events[2].at");
}

TEST_CASE("validate: bad dates and times everywhere they occur") {
    Session s = *loadFixture("unknown_keys_everywhere.json").session;
    s.meta.date = "2026-02-29"; // 2026 is not a leap year
    s.meta.start = "24:00";
    s.meta.latestEnd = "21.45";
    s.preparation[0].due = "2026-13-01";
    s.actions[0].updates[0].date = "10-12-2026";
    const Problems p = validate(s);
    expectProblem(p, "meta.date", "\"2026-02-29\" is not a date");
    expectProblem(p, "meta.start", "\"24:00\" is not a time");
    expectProblem(p, "meta.latestEnd", "\"21.45\" is not a time");
    expectProblem(p, "preparation[0].due", "\"2026-13-01\"");
    expectProblem(p, "actions[0].updates[0].date", "\"10-12-2026\"");
    CHECK(p.size() == 5);
    s.meta.date = "2028-02-29";
    s.meta.start = "00:00";
    s.meta.latestEnd = "23:59";
    s.preparation[0].due = "";
    s.actions[0].updates[0].date = "2026-12-31";
    CHECK(validate(s).empty());
}

TEST_CASE("validate: bad partnership forms, parties and language") {
    Session s = *loadFixture("unknown_keys_everywhere.json").session;
    s.themes[0].forms.push_back("Formeel"); // the words are lower case
    s.outcomes.tables[0].proposals[0].form = "sportief";
    s.outcomes.tables[0].proposals[0].by = "leerlingen";
    s.actions[0].form = "financieel";
    s.meta.language = "de";
    const Problems p = validate(s);
    expectProblem(p, "themes[0].forms[1]", "\"Formeel\" is not a form of partnership; use \"didactisch\"");
    expectProblem(p, "outcomes.tables[0].proposals[0].form", "\"sportief\"");
    expectProblem(p, "outcomes.tables[0].proposals[0].by", "\"leerlingen\" is not a party");
    expectProblem(p, "actions[0].form", "\"financieel\"");
    expectProblem(p, "meta.language", "\"de\"");
    CHECK(p.size() == 5);
    for (const std::string& form : kPartnershipForms) {
        s = minimalSession();
        s.themes[0].forms = {form};
        CHECK_MESSAGE(validate(s).empty(), form);
    }
}

TEST_CASE("validate: invalid UTF-8 in a model string names the path and the byte offset") {
    Session s = minimalSession();
    s.participants[5].lastName = "Nowak\xC3";            // truncated sequence at byte 5
    s.themes[0].questions[0] = "Hoe gaat \xED\xA0\x80?"; // a surrogate at byte 9
    s.meta.unknownKeys["weather"] = "\xFF";              // preserved unknown text is checked too
    const Problems p = validate(s);
    expectProblem(p, "participants[5].lastName", "invalid UTF-8 at byte 5");
    expectProblem(p, "themes[0].questions[0]", "invalid UTF-8 at byte 9");
    expectProblem(p, "meta.weather", "invalid UTF-8 at byte 0");
    CHECK(p.size() == 3);
    // Saving such a session must not throw; the bad bytes are replaced in the file.
    TempDir dir("badutf8");
    CHECK_FALSE(saveSessionFile(dir / "s.json", s));
    const LoadResult reloaded = loadSessionFile(dir / "s.json");
    REQUIRE_MESSAGE(reloaded.session, reloaded.error);
    CHECK(reloaded.problems.empty());
}

TEST_CASE("validate: text over the limit names the path and the limit") {
    Session s = minimalSession();
    s.meta.title = std::string(kMaxLineBytes, 'x');
    s.participants[2].firstName = std::string(kMaxLineBytes + 1, 'y');
    s.phases[0].remarks = std::string(kMaxTextBytes + 1, 'z');
    s.themes[0].forms.push_back(std::string(kMaxLineBytes + 1, 'f'));
    const Problems p = validate(s);
    expectProblem(p, "participants[2].firstName", "the limit here is " + std::to_string(kMaxLineBytes));
    expectProblem(p, "phases[0].remarks", "the limit here is " + std::to_string(kMaxTextBytes));
    expectProblem(p, "themes[0].forms[1]", "the limit here is " + std::to_string(kMaxLineBytes));
    CHECK(messagesAt(p, "meta.title").empty()); // exactly at the limit is fine
    // A long free text is fine up to its own limit.
    s = minimalSession();
    s.phases[0].remarks = std::string(kMaxTextBytes, 'z');
    CHECK(validate(s).empty());
}

TEST_CASE("validate: every problem is returned, not only the first") {
    Session s = minimalSession();
    s.meta.title = "";
    s.meta.date = "morgen";
    s.phases[0].plannedMinutes = -10;
    s.phases[1].id = s.phases[0].id;
    s.participants[0].preference1 = "th-00";
    s.participants[1].firstName = "";
    s.participants[1].lastName = "";
    s.tables[1].leaderId = "p-000";
    const Problems p = validate(s);
    CHECK(p.size() == 7);
    expectProblem(p, "meta.title", "empty");
    expectProblem(p, "meta.date", "\"morgen\"");
    expectProblem(p, "phases[0].plannedMinutes", "negative");
    expectProblem(p, "phases[1].id", "used twice");
    expectProblem(p, "participants[0].preference1", "\"th-00\"");
    expectProblem(p, "participants[1]", "no name");
    expectProblem(p, "tables[1].leaderId", "\"p-000\"");
}

TEST_CASE("validate: a file that is not version 1 or has no version") {
    Json doc = minimalDocument();
    doc["version"] = 0;
    const LoadResult zero = loadSessionText(doc.dump(), "nul.json");
    CHECK_FALSE(zero.session);
    CHECK(contains(zero.error, "nul.json"));
    CHECK(contains(zero.error, "version 0"));

    doc.erase("version");
    const LoadResult missing = loadDocument(doc);
    expectProblem(missing.problems, "version", "missing");

    doc["version"] = "1";
    const LoadResult text = loadSessionText(doc.dump(), "tekst.json");
    const std::string all =
        text.session ? (text.problems.empty() ? "" : describe(text.problems[0])) : text.error;
    CHECK_MESSAGE(contains(all, "version"), all);
    CHECK_MESSAGE(contains(all, "expected a whole number, found text"), all);
}
