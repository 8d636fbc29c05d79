#include "cli/cli.h"

#include <algorithm>
#include <ostream>
#include <sstream>

#include "cli/commands.h"

namespace dlg::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        {"new", "create a new evening from a draaiboek template", runNew},
        {"validate", "check a session file and list every problem", runValidate},
        {"import", "add parents and staff from a CSV export (privacy-filtered)", runImport},
        {"schedule", "the draaiboek on the clock: times, drift, projected end", runSchedule},
        {"report", "write the report for parents (terugkoppeling, voortgang) or team (intern)", runReport},
        {"assign", "seat the participants at the theme tables (groepsindeling)", runAssign},
        {"inzage", "everything stored about one person (AVG right of access)", runInzage},
        {"wis", "erase one person everywhere in the session (AVG right to erasure)", runWis},
        {"opschonen", "after the evening: remove participants' personal data, keep outcomes and counts", runOpschonen},
        {"serve", "Tafels online headless: serve the phone page for table leaders", runServe},
        {"tafelkaarten", "Tafels online: an A4 PDF of table cards with each table's QR code and link",
         runTafelkaarten},
    };
    return all;
}

bool isCommand(std::string_view word) {
    const auto& all = commands();
    return std::any_of(all.begin(), all.end(), [&](const Command& c) { return word == c.name; });
}

std::string globalHelp() {
    std::ostringstream text;
    text << "dialoogavond " << DLG_VERSION << " - run a parent dialogue evening (ouderavond)\n\n"
         << "Usage:\n"
         << "  dialoogavond [SESSION.json]          open the program (no file: the newest session in\n"
         << "                                       sessions/, else the sample evening)\n"
         << "  dialoogavond --projector-screen N [SESSION.json]\n"
         << "                                       also show the projector full-screen on monitor N\n"
         << "                                       (1 = first; the Live screen offers the same choice;\n"
         << "                                       Esc closes it, e.g. when it covers a single screen)\n"
         << "  dialoogavond --screenshot OUT.png [--view NAME] [--size WxH] [--lang nl|en]\n"
         << "               [--large-text] [--projector-screen N] [SESSION.json]\n"
         << "                                       render one screen to a PNG and exit (with\n"
         << "                                       --projector-screen also OUT-projector.png)\n"
         << "  dialoogavond --tables-online ADDR [--codes-on-projector] [SESSION.json]\n"
         << "                                       start with Tafels online on: phones reach this\n"
         << "                                       laptop at ADDR (port 8080 or the next free one);\n"
         << "                                       --codes-on-projector shows every table's QR code\n"
         << "  dialoogavond <command> [options]     run a command without a window\n"
         << "  dialoogavond --help | --version\n\n"
         << "Commands (each has --help):\n";
    for (const Command& command : commands()) {
        std::string name = command.name;
        name.resize(std::max<std::size_t>(name.size(), 12), ' ');
        text << "  " << name << " " << command.summary << "\n";
    }
    text << "\nViews for --view: voorbereiding, deelnemers, indeling, draaiboek, live, projector,\n"
         << "                  opbrengsten, nazorg\n"
         << "\nExit codes: 0 ok, 1 usage error, 2 invalid input or data, 3 I/O failure.\n";
    return text.str();
}

int run(const Args& args, Io& io) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        io.out << globalHelp();
        return kOk;
    }
    if (args[0] == "--version") {
        io.out << "dialoogavond " << DLG_VERSION << "\n";
        return kOk;
    }
    for (const Command& command : commands()) {
        if (args[0] == command.name) return command.run(Args(args.begin() + 1, args.end()), io);
    }
    io.err << "dialoogavond: unknown command '" << args[0] << "' (see dialoogavond --help)\n";
    return kUsage;
}

} // namespace dlg::cli
