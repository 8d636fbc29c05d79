// The command front: `dialoogavond <command> ...` on the core, no UI.
// Exit codes (DESIGN.md): 0 ok, 1 usage error, 2 invalid input or data, 3 I/O failure.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace dlg::cli {

enum ExitCode : int { kOk = 0, kUsage = 1, kInvalid = 2, kIoFailure = 3 };

/// Output streams of one command run, so tests can capture them.
struct Io {
    std::ostream& out;
    std::ostream& err;
};

/// A command's arguments after the command name.
using Args = std::vector<std::string>;

struct Command {
    const char* name;
    const char* summary; ///< one line for the global --help
    int (*run)(const Args& args, Io& io);
};

/// All commands, in the order --help lists them.
const std::vector<Command>& commands();

/// True when `word` names a command (the binary then runs headless).
bool isCommand(std::string_view word);

/// Runs `dialoogavond <args...>` for a command, --help or --version. `args` excludes argv[0].
int run(const Args& args, Io& io);

/// The global help text.
std::string globalHelp();

} // namespace dlg::cli
