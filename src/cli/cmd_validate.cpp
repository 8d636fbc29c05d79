#include <ostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "core/model/session_file.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond validate FILE [--json]\n\n"
    "Checks a session file and lists every problem with its JSON path, one per line on stderr\n"
    "(with --json: a JSON object on stdout).\n\n"
    "Exit codes: 0 valid, 1 usage error, 2 the file has problems, 3 the file cannot be read.\n";

} // namespace

int runValidate(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{}, {"json"}}, io, "validate");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 1) {
        io.err << "dialoogavond validate: expected exactly one FILE (see --help)\n";
        return kUsage;
    }
    const std::string file = parsed->positionals[0];
    LoadResult loaded = loadSessionFile(file);
    const bool valid = loaded.session && loaded.problems.empty();
    if (parsed->has("json")) {
        Json report = {{"file", file}, {"valid", valid}, {"problems", Json::array()}};
        if (!loaded.session) report["error"] = loaded.error;
        for (const Problem& problem : loaded.problems)
            report["problems"].push_back({{"path", problem.path}, {"message", problem.message}});
        if (loaded.readOnly) report["readOnly"] = loaded.readOnlyReason;
        // `replace`: a file name that is not UTF-8 must not make the report throw.
        io.out << report.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    } else if (!loaded.session) {
        io.err << loaded.error << "\n";
    } else {
        for (const Problem& problem : loaded.problems) io.err << file << ": " << describe(problem) << "\n";
        if (loaded.readOnly && loaded.fileVersion > kSessionVersion) io.err << loaded.readOnlyReason << "\n";
        if (valid)
            io.out << file << ": valid (" << loaded.session->phases.size() << " phases, "
                   << loaded.session->participants.size() << " participants)\n";
        else
            io.err << file << ": " << loaded.problems.size() << " problem(s)\n";
    }
    if (!loaded.session) return loaded.ioFailure ? kIoFailure : kInvalid;
    return valid ? kOk : kInvalid;
}

} // namespace dlg::cli
