#include <ostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/write_lock.h"
#include "core/model/atomic_file.h"
#include "core/model/session_file.h"
#include "core/online/join_tokens.h"
#include "core/online/table_cards.h"
#include "net/addresses.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond tafelkaarten FILE OUT.pdf [--bind ADDR] [--port N]\n\n"
    "Table cards for Tafels online: an A4 PDF with one card per table (name, theme, QR code and\n"
    "join link), two to a page, to put on the tables. Tables without a join code get one first\n"
    "(saved into FILE). The link holds the laptop's address and port: print the cards on the\n"
    "network of the evening, with the address and port the server will have (the window's\n"
    "Tafels-online panel and 'dialoogavond serve' show them). FILE notes that address and port:\n"
    "the window warns when phones reach the laptop elsewhere. Nieuwe codes / --new-codes make\n"
    "printed cards useless.\n\n"
    "  --bind ADDR   the address in the links (default: this computer's first network address)\n"
    "  --port N      the port in the links (default 8080)\n\n"
    "Exit codes: 0 written, 1 usage error, 2 invalid or read-only file, 3 I/O failure.\n";

std::optional<int> portOf(const ParsedArgs& parsed, Io& io) {
    const auto text = parsed.value("port");
    if (!text) return 8080;
    try {
        std::size_t used = 0;
        const int port = std::stoi(*text, &used);
        if (used == text->size() && port > 0 && port <= 65535) return port;
    } catch (const std::exception&) {
    }
    io.err << "dialoogavond tafelkaarten: --port must be a number from 1 to 65535\n";
    return std::nullopt;
}

} // namespace

int runTafelkaarten(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{"bind", "port"}, {}}, io, "tafelkaarten");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 2) {
        io.err << "dialoogavond tafelkaarten: expected FILE and OUT.pdf (see --help)\n";
        return kUsage;
    }
    const auto port = portOf(*parsed, io);
    if (!port) return kUsage;
    const std::string file = parsed->positionals[0];
    const std::string out = parsed->positionals[1];
    int exitCode = kOk;
    std::optional<WritableSession> held = openForWriting(file, "tafelkaarten", io, exitCode);
    if (!held) return exitCode;
    Session& session = held->session;
    if (session.tables.empty()) {
        io.err << file << ": no tables yet (make a seating first: dialoogavond assign)\n";
        return kInvalid;
    }
    // The cards must keep working: their codes go into the file before the PDF is written.
    if (ensureJoinTokens(session))
        if (auto error = saveSessionFile(file, session)) {
            io.err << *error << "\n";
            return kIoFailure;
        }
    const std::string address = net::linkAddress(parsed->value("bind").value_or("0.0.0.0"));
    std::vector<TableCard> cards;
    for (const Table& table : session.tables) {
        TableCard card{table.name, {}, {}};
        for (const Theme& theme : session.themes)
            if (theme.id == table.themeId && table.name.find(theme.title) == std::string::npos)
                card.theme = theme.title;
        const TableAccess* access = findAccess(session.tablesOnline, table.id);
        card.link = net::joinLink(address, *port, access ? access->token : "");
        cards.push_back(std::move(card));
    }
    std::string pdf;
    try {
        const std::string language = session.meta.language == "en" ? "en" : "nl";
        pdf = writeTableCardsPdf(
            cards, (language == "en" ? "Table cards: " : "Tafelkaarten: ") + session.meta.title, language);
    } catch (const std::exception& error) {
        io.err << "dialoogavond tafelkaarten: " << error.what() << "\n";
        return kIoFailure;
    }
    if (auto error = writeFileAtomically(out, pdf)) {
        io.err << *error << "\n";
        return kIoFailure;
    }
    // Noted in the file, so the window warns when phones must use another address on the evening.
    const std::string printedFor = net::hostAndPort(address, *port);
    if (session.tablesOnline.cardsFor != printedFor) {
        session.tablesOnline.cardsFor = printedFor;
        if (auto error = saveSessionFile(file, session)) {
            io.err << out << " written, but " << *error << "\n";
            return kIoFailure;
        }
    }
    io.out << out << ": " << cards.size() << (cards.size() == 1 ? " tafelkaart" : " tafelkaarten") << " ("
           << printedFor << ")\n";
    return kOk;
}

} // namespace dlg::cli
