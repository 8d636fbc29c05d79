// `dialoogavond opschonen`: remove the participants' personal data after the evening (bewaartermijn).
#include <ostream>

#include "cli/arg_parser.h"
#include "cli/avg_common.h"
#include "cli/commands.h"
#include "cli/write_lock.h"
#include "core/avg/avg_purge.h"
#include "core/avg/avg_texts.h"
#include "core/model/session_file.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond opschonen FILE [--yes] [--force] [--json]\n\n"
    "After the evening, removes all participants' personal data (AVG bewaartermijn) and keeps\n"
    "what the school still needs: outcomes, actions and progress, and the counts (people per\n"
    "role and table, registered and present, parents per grade). Every participant becomes\n"
    "\"ouder 7\" or \"medewerker 2\" with a new id; names, e-mail addresses, family keys,\n"
    "languages, functions, preferences and pins go. Fields that held a person in a role become\n"
    "the role (\"tafelleider tafel 3\", \"directie\"). Typed texts that still name someone are\n"
    "listed with their place for you to edit. terugkoppeling and voortgang read the same before\n"
    "and after.\n\n"
    "Without --yes nothing is changed: it prints what cleaning up would do (a dry run).\n\n"
    "  --yes     clean up and save the file (atomically)\n"
    "  --force   also before the evening has taken place (refused otherwise)\n"
    "  --json    print {cleaned, refused, reason, changes, flagged: [{path, place, found, text}]}\n\n"
    "The evening has taken place when its date (meta.date) is before today or it was run and\n"
    "stopped. The program suggests cleaning up privacy.retentionWeeks after the evening\n"
    "(default 4, set on the Nazorg screen).\n\n"
    "Exit codes: 0 cleaned up or dry run shown, 1 usage error, 2 refused (before the evening,\n"
    "nothing left to clean up, or an invalid file), 3 the file cannot be read or written.\n";

} // namespace

int runOpschonen(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{}, {"yes", "force", "json"}}, io, "opschonen");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 1) {
        io.err << "dialoogavond opschonen: expected exactly one FILE (see --help)\n";
        return kUsage;
    }
    const std::string file = parsed->positionals[0];
    int exitCode = kOk;
    // Only a real erase writes; a dry run reads, like inzage, and needs no lock.
    std::optional<SessionLock> lock;
    if (parsed->has("yes")) {
        lock = lockForWriting(file, "opschonen", io, exitCode);
        if (!lock) return exitCode;
    }
    auto session = loadForAvg(file, true, io, exitCode);
    if (!session) return exitCode;
    const std::string lang = session->meta.language;
    const bool really = parsed->has("yes");
    const avg::PurgeResult result = avg::purgePersonalData(*session, localToday(), parsed->has("force"));
    if (!result.refused && really) {
        if (auto failure = saveSessionFile(file, *session)) {
            io.err << file << ": " << *failure << "\n";
            return kIoFailure;
        }
    }
    if (parsed->has("json")) {
        Json flagged = Json::array();
        for (const avg::Mention& m : result.flagged)
            flagged.push_back({{"path", m.path}, {"place", m.place}, {"found", m.found}, {"text", m.text}});
        const Json report = {{"cleaned", really && !result.refused},
                             {"refused", result.refused},
                             {"reason", result.reason},
                             {"changes", result.changes},
                             {"flagged", flagged}};
        io.out << report.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
        return result.refused ? kInvalid : kOk;
    }
    if (result.refused) {
        io.err << file << ": " << result.reason << "\n";
        return kInvalid;
    }
    io.out << avg::text(lang, "cli.purgePlan") << "\n";
    for (const std::string& change : result.changes)
        io.out << "  " << change << "\n";
    if (!result.flagged.empty()) {
        io.out << avg::text(lang, "cli.flaggedAll") << "\n";
        for (const avg::Mention& m : result.flagged)
            io.out << "  " << m.place << ": \u201c" << m.text << "\u201d\n";
    }
    io.out << (really ? avg::text(lang, "cli.purged", {file}) : avg::text(lang, "cli.dryRunPurge")) << "\n";
    return kOk;
}

} // namespace dlg::cli
