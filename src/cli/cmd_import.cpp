#include <ostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/write_lock.h"
#include "core/model/session_file.h"
#include "core/model/validate.h"
#include "core/people/participant_import.h"
#include "core/people/participant_import_report.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond import FILE PEOPLE.csv [--role ouder|medewerker] [--dry-run] [--json]\n\n"
    "Adds the parents and staff in a CSV export (ParnasSys, Magister, Somtoday, Excel) to the\n"
    "session FILE and saves it. Separator (; , tab) and encoding (UTF-8, Windows-1252, UTF-16)\n"
    "are detected; Dutch and English column names are recognised. People already in the session\n"
    "(same e-mail, else same name and family) are updated, not added twice.\n\n"
    "Privacy: columns such as BSN, birth date, address, phone, nationality, health and religion\n"
    "are never read; a row with a BSN-like number (11-proef) in any other column is refused.\n\n"
    "Options:\n"
    "  --role R    role of people whose row names none (default ouder); use medewerker for a\n"
    "              staff list without a Rol column\n"
    "  --dry-run   show what would happen; the session file is not changed\n"
    "  --json      print the report as JSON on stdout\n\n"
    "An evening holds at most 5000 people; a larger import is refused whole.\n"
    "One writer at a time: while it works the command holds the session's lock (.FILE.lock\n"
    "beside it); it waits up to 10 s for another command, and is refused while the session is\n"
    "open in the dialoogavond window (exit 2, naming who has it, pid and since when).\n\n"
    "Exit codes: 0 imported (or nothing needed changing), 1 usage error, 2 the CSV is unusable or\n"
    "no row could be imported or the session has problems or another program is writing it,\n"
    "3 a file cannot be read or written.\n";

// Rows were there but none could be used: the school needs to fix the export.
bool nothingUsable(const ImportReport& report) {
    return report.added.empty() && report.updated.empty() && report.unchanged.empty() &&
           !report.skipped.empty();
}

} // namespace

int runImport(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{"role"}, {"dry-run", "json"}}, io, "import");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 2) {
        io.err << "dialoogavond import: expected FILE and PEOPLE.csv (see --help)\n";
        return kUsage;
    }
    const std::string sessionPath = parsed->positionals[0];
    const std::string csvPath = parsed->positionals[1];
    const bool dryRun = parsed->has("dry-run");
    ImportOptions options;
    if (auto role = parsed->value("role")) {
        auto parsedRole = roleFromString(*role);
        if (!parsedRole) {
            io.err << "dialoogavond import: --role must be ouder or medewerker, not '" << *role << "'\n";
            return kUsage;
        }
        options.defaultRole = *parsedRole;
    }

    // Held from reading to saving: a second writer must not read the file we are about to replace.
    std::optional<SessionLock> lock;
    if (!dryRun) {
        int exitCode = kOk;
        lock = lockForWriting(sessionPath, "import", io, exitCode);
        if (!lock) return exitCode;
    }
    LoadResult loaded = loadSessionFile(sessionPath);
    if (!loaded.session) {
        io.err << loaded.error << "\n";
        return loaded.ioFailure ? kIoFailure : kInvalid;
    }
    if (!loaded.problems.empty()) {
        // Lenient loading replaced faulty fields by defaults; saving now would lose that data.
        for (const Problem& problem : loaded.problems)
            io.err << sessionPath << ": " << describe(problem) << "\n";
        io.err << sessionPath << ": fix these problems before importing (dialoogavond validate "
               << sessionPath << ")\n";
        return kInvalid;
    }
    if (loaded.readOnly && !dryRun) {
        io.err << sessionPath << ": " << loaded.readOnlyReason << "; cannot save an import into it\n";
        return kInvalid;
    }

    std::string bytes;
    if (auto error = readImportFile(csvPath, bytes)) {
        io.err << *error << "\n";
        return kIoFailure;
    }

    Session& session = *loaded.session;
    ImportReport report = importParticipants(session, bytes, csvPath, options);
    if (!report.ok()) {
        if (parsed->has("json")) io.out << importReportToJson(report).dump(2) << "\n";
        io.err << report.error << "\n";
        return kInvalid;
    }
    if (Problems problems = validate(session); !problems.empty()) {
        for (const Problem& problem : problems)
            io.err << sessionPath << ": " << describe(problem) << "\n";
        io.err << sessionPath << ": the import would make the session invalid; nothing saved\n";
        return kInvalid;
    }

    bool saved = false;
    if (!dryRun && report.changedSession()) {
        if (auto error = saveSessionFile(sessionPath, session)) {
            io.err << *error << "\n";
            return kIoFailure;
        }
        saved = true;
    }

    if (parsed->has("json")) {
        Json json = importReportToJson(report);
        json["session"] = sessionPath;
        json["dryRun"] = dryRun;
        json["saved"] = saved;
        io.out << json.dump(2) << "\n";
    } else {
        io.out << formatImportReport(report, dryRun);
        if (saved)
            io.out << "Saved " << sessionPath << " (" << session.participants.size() << " participants).\n";
    }
    if (nothingUsable(report)) {
        io.err << csvPath << ": no row could be imported (see the skipped rows)\n";
        return kInvalid;
    }
    return kOk;
}

} // namespace dlg::cli
