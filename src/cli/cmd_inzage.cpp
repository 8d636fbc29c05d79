// `dialoogavond inzage`: everything stored about one person (AVG right of access).
#include <ostream>

#include "cli/arg_parser.h"
#include "cli/avg_common.h"
#include "cli/commands.h"
#include "core/avg/avg_inzage.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond inzage FILE PERSON [--json]\n\n"
    "Shows everything the session stores about one person, for a parent's or colleague's request\n"
    "to see their data (AVG inzage): every field of their record, their table, pin and leader\n"
    "roles, the fields that hold them in a role (action owner, facilitator), the typed texts\n"
    "that name them (outcomes, notes, actions) and every place in the file that refers to their\n"
    "id. Readable text in the session's language; the file is not changed.\n\n"
    "  PERSON   the participant's id (p-014) or name (\"Ayşe Demir\", \"demir\"); a name that fits\n"
    "           several people lists them and exits with 2: use the id\n"
    "  --json   print the same as JSON: {person, seat, round2, pinned, leaderOf, familyShared,\n"
    "           roles, mentions, references}\n\n"
    "Exit codes: 0 shown, 1 usage error, 2 no such person, ambiguous name or unreadable data,\n"
    "3 the file cannot be read.\n";

} // namespace

int runInzage(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{}, {"json"}}, io, "inzage");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 2) {
        io.err << "dialoogavond inzage: expected FILE and PERSON (see --help)\n";
        return kUsage;
    }
    int exitCode = kOk;
    const auto session = loadForAvg(parsed->positionals[0], false, io, exitCode);
    if (!session) return exitCode;
    const Participant* person = resolvePerson(*session, parsed->positionals[1], io);
    if (!person) return kInvalid;
    const avg::Inzage inzage = avg::inspectPerson(*session, *person);
    if (parsed->has("json"))
        io.out << avg::inzageJson(inzage).dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    else
        io.out << avg::inzageText(*session, inzage);
    return kOk;
}

} // namespace dlg::cli
