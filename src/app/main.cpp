// One binary, two faces: CLI commands (and --help/--version) run headless; anything else opens the GUI.
#include <exception>
#include <iostream>

#include "app/state/gui_options.h"
#include "app/platform/platform.h"
#include "cli/cli.h"

namespace {

bool isCliInvocation(const dlg::cli::Args& args) {
    if (args.empty()) return false;
    const std::string& first = args[0];
    return first == "--help" || first == "-h" || first == "help" || first == "--version" ||
           dlg::cli::isCommand(first);
}

} // namespace

int main(int argc, char** argv) {
    const dlg::cli::Args args(argv + 1, argv + argc);
    try {
        if (isCliInvocation(args)) {
            dlg::cli::Io io{std::cout, std::cerr};
            return dlg::cli::run(args, io);
        }
        const auto parsed = dlg::parseGuiOptions(args);
        if (!parsed.options) {
            std::cerr << "dialoogavond: " << parsed.error << "\n";
            return dlg::cli::kUsage;
        }
        return dlg::runGui(*parsed.options);
    } catch (const std::exception& error) {
        std::cerr << "dialoogavond: unexpected error: " << error.what() << "\n";
        return dlg::cli::kIoFailure;
    }
}
