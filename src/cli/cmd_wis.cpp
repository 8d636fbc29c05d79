// `dialoogavond wis`: erase one person everywhere in the session (AVG right to erasure).
#include <ostream>

#include "cli/arg_parser.h"
#include "cli/avg_common.h"
#include "cli/commands.h"
#include "cli/write_lock.h"
#include "core/avg/avg_erase.h"
#include "core/avg/avg_texts.h"
#include "core/model/session_file.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond wis FILE PERSON [--yes] [--json]\n\n"
    "Erases one person from the session on their request (AVG): their record, seats, pin, family\n"
    "link and table leadership; fields that held them in a role (action owner, facilitator,\n"
    "outcome's table leader) become the role (\"directie\", \"tafelleider tafel 3\"). Names typed\n"
    "in outcomes, notes and actions are not rewritten: they are listed with their place, for you\n"
    "to edit (in the program or the file).\n\n"
    "Without --yes nothing is changed: it prints what erasing would do (a dry run).\n\n"
    "  PERSON   the participant's id (p-014) or name; a name that fits several people lists them\n"
    "           and exits with 2: use the id\n"
    "  --yes    erase and save the file (atomically)\n"
    "  --json   print {person, name, erased, changes, flagged: [{path, place, found, text}],\n"
    "           leftReferences} as JSON\n\n"
    "Exit codes: 0 erased or dry run shown, 1 usage error, 2 no such person, ambiguous name or\n"
    "invalid file (not changed), 3 the file cannot be read or written.\n";

Json flaggedJson(const std::vector<avg::Mention>& flagged) {
    Json list = Json::array();
    for (const avg::Mention& m : flagged)
        list.push_back({{"path", m.path}, {"place", m.place}, {"found", m.found}, {"text", m.text}});
    return list;
}

} // namespace

int runWis(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{}, {"yes", "json"}}, io, "wis");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 2) {
        io.err << "dialoogavond wis: expected FILE and PERSON (see --help)\n";
        return kUsage;
    }
    const std::string file = parsed->positionals[0];
    int exitCode = kOk;
    // Only a real erase writes; a dry run reads, like inzage, and needs no lock.
    std::optional<SessionLock> lock;
    if (parsed->has("yes")) {
        lock = lockForWriting(file, "wis", io, exitCode);
        if (!lock) return exitCode;
    }
    auto session = loadForAvg(file, true, io, exitCode);
    if (!session) return exitCode;
    const std::string lang = session->meta.language;
    const Participant* person = resolvePerson(*session, parsed->positionals[1], io);
    if (!person) return kInvalid;
    const std::string id = person->id;
    const bool really = parsed->has("yes");
    const avg::EraseResult result = avg::erasePerson(*session, id);
    if (really) {
        if (auto failure = saveSessionFile(file, *session)) {
            io.err << file << ": " << *failure << "\n";
            return kIoFailure;
        }
    }
    if (parsed->has("json")) {
        const Json report = {{"person", id},
                             {"name", result.name},
                             {"erased", really},
                             {"changes", result.changes},
                             {"flagged", flaggedJson(result.flagged)},
                             {"leftReferences", result.leftReferences}};
        io.out << report.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
        return kOk;
    }
    io.out << avg::text(lang, "cli.erasePlan", {result.name, id}) << "\n";
    for (const std::string& change : result.changes)
        io.out << "  " << change << "\n";
    if (!result.flagged.empty()) {
        io.out << avg::text(lang, "cli.flagged") << "\n";
        for (const avg::Mention& m : result.flagged)
            io.out << "  " << m.place << ": \u201c" << m.text << "\u201d\n";
    }
    if (!result.leftReferences.empty()) {
        io.out << avg::text(lang, "cli.leftReferences") << "\n";
        for (const std::string& path : result.leftReferences)
            io.out << "  " << path << "\n";
    }
    io.out << (really ? avg::text(lang, "cli.erased", {result.name, id, file}) : avg::text(lang, "cli.dryRunErase"))
           << "\n";
    return kOk;
}

} // namespace dlg::cli
