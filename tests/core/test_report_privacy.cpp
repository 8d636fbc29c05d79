// Reports and the privacy guard together: public reports carry no names from the participant
// list, and typed personal data is found at its place in the session.
#include <doctest/doctest.h>

#include "core/privacy/privacy_guard.h"
#include "core/report/report.h"
#include "core/report/report_writers.h"
#include "test_report_fixture.h"

namespace {

using namespace dlg;

/// Every spelling of a participant's name that must not leak: full name and surname alone.
std::vector<std::string> nameSpellings(const Session& session) {
    std::vector<std::string> spellings;
    for (const Participant& p : session.participants) {
        const std::string last = p.infix.empty() ? p.lastName : p.infix + " " + p.lastName;
        spellings.push_back(p.firstName + " " + last);
        spellings.push_back(p.lastName);
    }
    return spellings;
}

} // namespace

TEST_CASE("names from the participant list are absent from terugkoppeling and voortgang in every format") {
    const Session session = test::reportFixture();
    for (ReportKind kind : {ReportKind::Feedback, ReportKind::Progress}) {
        const Report report = buildReport(session, {kind, ""});
        for (ReportFormat format :
             {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Text, ReportFormat::Csv}) {
            const std::string output = writeReport(report, format);
            for (const std::string& name : nameSpellings(session)) {
                CAPTURE(toString(kind));
                CAPTURE(toString(format));
                CHECK(output.find(name) == std::string::npos);
            }
        }
        CHECK(PrivacyGuard(session.participants).scan(report.sourceTexts).empty());
    }
}

TEST_CASE("intern does name table leaders (so the check above can fail)") {
    const Session session = test::reportFixture();
    const std::string md =
        writeReport(buildReport(session, {ReportKind::Internal, ""}), ReportFormat::Markdown);
    CHECK(md.find("Tom Peeters") != std::string::npos);
    CHECK(md.find("persoonsgegevens") != std::string::npos);
}

TEST_CASE("personal data typed into outcomes and actions is found with its JSON path") {
    Session session = test::reportFixture();
    session.outcomes.summaryPoints.push_back("Fatma Özdemir wil meedenken.");
    session.outcomes.tables[1].ideas.push_back("Mail ideeën naar ouders@regenboog.nl of bel 06-12345678");
    session.actions[1].updates[0].text = "Besproken met jan de vries.";
    session.actions[0].owner = "Tom Peeters"; // staff in their role: allowed
    const Report report = buildReport(session, {ReportKind::Feedback, ""});
    const auto hits = PrivacyGuard(session.participants).scan(report.sourceTexts);
    std::vector<std::string> described;
    for (const PrivacyHit& hit : hits)
        described.push_back(describe(hit, "en"));
    CHECK(described == std::vector<std::string>{
                           "outcomes.summaryPoints[2]: name of a parent \"Fatma Özdemir\"",
                           "outcomes.tables[1].ideas[1]: e-mail address \"ouders@regenboog.nl\"",
                           "outcomes.tables[1].ideas[1]: phone number \"06-12345678\"",
                           "actions[1].updates[0].text: name of a parent \"jan de vries\"",
                       });
}

TEST_CASE("notes and quotes are scanned only for the intern report, where they appear") {
    Session session = test::reportFixture();
    session.outcomes.tables[0].notes = "Jan de Vries wil in de werkgroep.";
    const PrivacyGuard guard(session.participants);
    CHECK(guard.scan(buildReport(session, {ReportKind::Feedback, ""}).sourceTexts).empty());
    const auto hits = guard.scan(buildReport(session, {ReportKind::Internal, ""}).sourceTexts);
    bool noteHit = false;
    for (const PrivacyHit& hit : hits)
        noteHit = noteHit || hit.path == "outcomes.tables[0].notes";
    CHECK(noteHit);
}
