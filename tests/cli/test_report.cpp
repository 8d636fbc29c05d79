// `dialoogavond report`, run in-process with captured streams on the report fixture saved to a
// throw-away folder.
#include <doctest/doctest.h>

#include <sstream>

#include "../core/test_report_fixture.h"
#include "../core/test_support.h"
#include "cli/cli.h"
#include "core/model/session_file.h"

using namespace dlg;
using namespace dlg::test;

namespace {

struct ReportRun {
    int code = -1;
    std::string out;
    std::string err;
};

ReportRun runReportCli(cli::Args args) {
    args.insert(args.begin(), "report");
    std::ostringstream out, err;
    cli::Io io{out, err};
    ReportRun result;
    result.code = cli::run(args, io);
    result.out = out.str();
    result.err = err.str();
    return result;
}

/// The fixture, optionally changed, saved as `evening.json` in `dir`.
std::string saveFixture(const TempDir& dir, const Session& session = reportFixture()) {
    const std::string path = (dir / "evening.json").string();
    REQUIRE_FALSE(saveSessionFile(path, session).has_value());
    return path;
}

Session withNameInSummary() {
    Session session = reportFixture();
    session.outcomes.summaryPoints.push_back("Jan de Vries vindt de avond te laat.");
    session.outcomes.tables[1].ideas.push_back("Bel 06-12345678 voor vragen");
    return session;
}

} // namespace

TEST_CASE("report writes terugkoppeling as Markdown to stdout by default") {
    TempDir dir("report-cli");
    const ReportRun run = runReportCli({saveFixture(dir)});
    CHECK(run.code == 0);
    CHECK(run.out.rfind("# Terugkoppeling: Samen sterker\n", 0) == 0);
    CHECK(run.err.empty());
}

TEST_CASE("report writes each format to -o atomically") {
    TempDir dir("report-cli");
    const std::string session = saveFixture(dir);
    for (const char* format : {"md", "html", "txt", "csv"}) {
        CAPTURE(format);
        const std::string out = (dir / (std::string("verslag.") + format)).string();
        const ReportRun run =
            runReportCli({session, "--kind", "terugkoppeling", "--format", format, "-o", out});
        CHECK(run.code == 0);
        CHECK(contains(run.out, "terugkoppeling written as " + std::string(format)));
        const std::string bytes = readBytes(out);
        CHECK_FALSE(bytes.empty());
        CHECK_FALSE(contains(bytes, "Jan de Vries"));
    }
    CHECK(readBytes(dir / "verslag.html").rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(readBytes(dir / "verslag.csv").rfind("\xEF\xBB\xBFid;", 0) == 0);
    // Without --format the extension of OUT decides.
    const ReportRun fromExtension = runReportCli({session, "-o", (dir / "brief.html").string()});
    CHECK(fromExtension.code == 0);
    CHECK(readBytes(dir / "brief.html").rfind("<!DOCTYPE html>", 0) == 0);
}

TEST_CASE("report refuses a public report with personal data and lists every find (exit 2)") {
    TempDir dir("report-cli");
    const std::string session = saveFixture(dir, withNameInSummary());
    const std::string out = (dir / "verslag.md").string();
    const ReportRun run = runReportCli({session, "--kind", "terugkoppeling", "--format", "md", "-o", out});
    CHECK(run.code == 2);
    // In the evening's language, each place named as a person would, not as a JSON path.
    CHECK(contains(run.err, "persoonsgegevens: Samenvatting · punt 3: naam van een ouder \"Jan de Vries\""));
    CHECK(contains(run.err, "persoonsgegevens: Tafel Blauw · Ideeën · punt 2: telefoonnummer \"06-12345678\""));
    CHECK(contains(run.err, "2 persoonsgegevens in een verslag voor ouders; haal de persoonsgegevens"));
    CHECK_FALSE(contains(run.err, "outcomes."));
    CHECK_FALSE(contains(run.err, "personal data"));
    CHECK(run.out.empty());
    CHECK_FALSE(std::filesystem::exists(out));

    Session english = withNameInSummary();
    english.meta.language = "en";
    const ReportRun inEnglish = runReportCli({saveFixture(dir, english)});
    CHECK(inEnglish.code == 2);
    CHECK(contains(inEnglish.err, "personal data: Summary · point 3: name of a parent \"Jan de Vries\""));
    CHECK(contains(inEnglish.err, "personal data: Table Blauw · Ideas · point 2: phone number \"06-12345678\""));
    CHECK(contains(inEnglish.err, "2 piece(s) of personal data"));
}

TEST_CASE("report lets the school's own contact details through, and blocks every other") {
    TempDir dir("report-cli");
    Session session = reportFixture();
    session.outcomes.keepInTouch = "Vragen? Mail info@regenboog.nl of bel 020-7654321.";
    const ReportRun blocked = runReportCli({saveFixture(dir, session)});
    CHECK(blocked.code == 2); // the session does not say these are the school's
    CHECK(contains(blocked.err, "Zo houden we contact: e-mailadres \"info@regenboog.nl\""));
    session.meta.contactEmail = "info@regenboog.nl";
    session.meta.contactPhone = "020 765 4321";
    const ReportRun allowed = runReportCli({saveFixture(dir, session)});
    CHECK(allowed.code == 0);
    CHECK(contains(allowed.out, "Mail info@regenboog.nl of bel 020-7654321."));
    session.outcomes.keepInTouch += " Of mail juf.anna@regenboog.nl.";
    const ReportRun other = runReportCli({saveFixture(dir, session)});
    CHECK(other.code == 2);
    CHECK(contains(other.err, "e-mailadres \"juf.anna@regenboog.nl\""));
    CHECK_FALSE(contains(other.err, "\"info@regenboog.nl\""));
}

TEST_CASE("--allow-personal-data exports a public report with hits (exit 0) and says so") {
    TempDir dir("report-cli");
    const std::string session = saveFixture(dir, withNameInSummary());
    const ReportRun refused = runReportCli({session});
    CHECK(refused.code == 2);
    CHECK(contains(refused.err, "--allow-personal-data"));
    const ReportRun progress = runReportCli({session, "--kind", "voortgang", "--allow-personal-data"});
    CHECK(progress.code == 0); // voortgang does not carry the summary, so nothing to allow here
    const ReportRun feedback = runReportCli({session, "--allow-personal-data", "--format", "txt"});
    CHECK(feedback.code == 0);
    CHECK(contains(feedback.out, "Jan de Vries vindt de avond te laat."));
    CHECK(contains(feedback.err, "schrijft 2 persoonsgegevens mee"));
}

TEST_CASE("the intern report is never blocked but warns that it holds personal data") {
    TempDir dir("report-cli");
    const ReportRun run = runReportCli({saveFixture(dir, withNameInSummary()), "--kind", "intern"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "Tafelleider: Tom Peeters."));
    CHECK(contains(run.err, "het interne verslag bevat persoonsgegevens"));
    // The two typed finds plus the two table leaders' names.
    CHECK(contains(run.err, "; 4 keer een naam, e-mailadres, telefoonnummer, BSN of adres gevonden"));
}

TEST_CASE("voortgang takes --since") {
    TempDir dir("report-cli");
    const ReportRun run =
        runReportCli({saveFixture(dir), "--kind", "voortgang", "--since", "2027-01-15", "--format", "csv"});
    CHECK(run.code == 0);
    CHECK(contains(run.out, "\r\na-01;"));
    CHECK(contains(run.out, "\r\na-04;"));
    CHECK_FALSE(contains(run.out, "\r\na-02;"));
}

TEST_CASE("report usage errors exit 1, unreadable files 3, invalid sessions 2") {
    TempDir dir("report-cli");
    const std::string session = saveFixture(dir);
    const ReportRun badKind = runReportCli({session, "--kind", "nieuwsbrief"});
    CHECK(badKind.code == 1);
    CHECK(contains(badKind.err, "--kind \"nieuwsbrief\" is not a report kind"));
    const ReportRun badFormat = runReportCli({session, "--format", "odt"});
    CHECK(badFormat.code == 1);
    CHECK(contains(badFormat.err, "--format \"odt\""));
    CHECK(runReportCli({session, "--kind", "voortgang", "--since", "15-01-2027"}).code == 1);
    CHECK(runReportCli({session, "--since", "2027-01-15"}).code == 1);
    CHECK(runReportCli({}).code == 1);
    CHECK(runReportCli({session, "--bogus"}).code == 1);
    CHECK(runReportCli({(dir / "missing.json").string()}).code == 3);

    Session broken = reportFixture();
    broken.actions[0].sourceProposalId = "pr-99";
    const ReportRun invalid = runReportCli({saveFixture(dir, broken)});
    CHECK(invalid.code == 2);
    CHECK(contains(invalid.err, "actions[0].sourceProposalId"));

    const ReportRun help = runReportCli({"--help"});
    CHECK(help.code == 0);
    CHECK(contains(help.out, "--allow-personal-data"));
}
