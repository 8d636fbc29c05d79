// Command-line options of the GUI (`dialoogavond [FILE]`, `--screenshot ...`). main() hands CLI
// commands, --help and --version to dlg::cli::run before these are parsed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/state/screens.h"

namespace dlg {

struct GuiOptions {
    std::string sessionPath;             ///< FILE argument; empty = newest in ./sessions, else the sample
    std::string screenshotPath;          ///< --screenshot OUT.png; empty = interactive
    Screen view = Screen::Preparation;   ///< --view NAME
    bool viewGiven = false;              ///< --view was given (else a running evening opens on Live)
    bool projector = false;              ///< --view projector: the room's picture (presenting mode)
    int width = 0;                       ///< --size W (pixels); 0 = from settings
    int height = 0;                      ///< --size H (pixels); 0 = from settings
    std::optional<std::string> language; ///< --lang nl|en; empty = from settings
    bool largeText = false;              ///< --large-text
    int projectorScreen = 0; ///< --projector-screen N: projector window on monitor N (1-based); 0 = none
    std::optional<std::string> tablesOnline; ///< --tables-online ADDR: Tafels online on at start
    bool codesOnProjector = false;           ///< --codes-on-projector: every table's QR code shown
};

struct GuiOptionsResult {
    std::optional<GuiOptions> options; ///< empty on a usage error
    std::string error;                 ///< the usage error, naming the bad argument
};

/// Parses the arguments after argv[0].
GuiOptionsResult parseGuiOptions(const std::vector<std::string>& args);

/// The session to open: `given` if not empty, else the newest `*.json` in `sessionsDir`, else the
/// bundled sample evening.
std::filesystem::path chooseSessionPath(const std::string& given, const std::filesystem::path& sessionsDir);

} // namespace dlg
