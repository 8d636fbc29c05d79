#include <filesystem>
#include <ostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/write_lock.h"
#include "core/model/paths.h"
#include "core/model/session_file.h"
#include "core/model/template.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond new FILE [--template T] [--title TEXT] [--date YYYY-MM-DD] [--start HH:MM]\n\n"
    "Creates a new evening in FILE from a draaiboek template (default: the bundled\n"
    "ouderpartnerschap template). Refuses to overwrite an existing file.\n\n"
    "One writer at a time: while it works the command holds FILE's lock (.FILE.lock\n"
    "beside it); it waits up to 10 s for another command, and is refused while FILE is\n"
    "open in the dialoogavond window (exit 2, naming who has it, pid and since when).\n\n"
    "Exit codes: 0 created, 1 usage error, 2 FILE exists or the template is invalid,\n"
    "3 the template cannot be read or FILE cannot be written.\n";

} // namespace

int runNew(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{"template", "title", "date", "start"}, {}}, io, "new");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 1) {
        io.err << "dialoogavond new: expected exactly one FILE (see --help)\n";
        return kUsage;
    }
    NewSessionOptions options;
    options.title = parsed->value("title").value_or("");
    options.date = parsed->value("date").value_or("");
    options.start = parsed->value("start").value_or("");
    if (!options.date.empty() && !isValidDate(options.date)) {
        io.err << "dialoogavond new: --date \"" << options.date << "\" is not a date; use YYYY-MM-DD\n";
        return kUsage;
    }
    if (!options.start.empty() && !isValidTime(options.start)) {
        io.err << "dialoogavond new: --start \"" << options.start << "\" is not a time; use HH:MM\n";
        return kUsage;
    }

    const std::filesystem::path target = parsed->positionals[0];
    // Two `new` runs on one name must not both see "no file yet" and both write it.
    int lockExit = kOk;
    const std::optional<SessionLock> lock = lockForWriting(target.string(), "new", io, lockExit);
    if (!lock) return lockExit;
    std::error_code ec;
    if (std::filesystem::exists(target, ec)) {
        io.err << "dialoogavond new: " << target.string() << " already exists; choose another name\n";
        return kInvalid;
    }
    const std::filesystem::path templatePath = parsed->value("template").value_or(defaultTemplatePath().string());
    LoadResult loaded = loadSessionFile(templatePath);
    if (!loaded.session) {
        io.err << "dialoogavond new: template " << loaded.error << "\n";
        return loaded.ioFailure ? kIoFailure : kInvalid;
    }
    if (!loaded.problems.empty()) {
        io.err << "dialoogavond new: template " << templatePath.string() << " has problems:\n";
        for (const Problem& problem : loaded.problems) io.err << "  " << describe(problem) << "\n";
        return kInvalid;
    }
    const Session session = sessionFromTemplate(*loaded.session, options);
    if (auto error = saveSessionFile(target, session)) {
        io.err << "dialoogavond new: " << *error << "\n";
        return kIoFailure;
    }
    io.out << "Created " << target.string() << " (" << session.phases.size() << " phases, "
           << totalPlannedMinutes(session) << " minutes) from " << templatePath.filename().string() << "\n";
    return kOk;
}

} // namespace dlg::cli
