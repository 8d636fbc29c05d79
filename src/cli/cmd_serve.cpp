#include <csignal>
#include <ostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/write_lock.h"
#include "core/model/session_file.h"
#include "core/online/join_tokens.h"
#include "net/addresses.h"
#include "net/phone_server.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond serve FILE [--bind ADDR] [--port N] [--new-codes]\n\n"
    "Tafels online without the window: serves the phone page for table leaders over the local\n"
    "network. Prints one line per table (id, name, join link; tab-separated), then serves until\n"
    "SIGTERM or Ctrl+C. Every edit from a phone is saved into FILE (atomically) before the phone\n"
    "is told it is saved.\n\n"
    "  --bind ADDR   address to listen on (default 0.0.0.0: every network of this computer)\n"
    "  --port N      port (default 8080; when taken, the next free one up to 8100; 0: any)\n"
    "  --new-codes   give every table a new join code first (old links and cards stop working)\n\n"
    "Exit codes: 0 stopped, 1 usage error, 2 invalid or read-only file, 3 I/O failure (file, port).\n";

} // namespace

int runServe(const Args& args, Io& io) {
    auto parsed = parseArgs(args, {{"bind", "port"}, {"new-codes"}}, io, "serve");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 1) {
        io.err << "dialoogavond serve: expected exactly one FILE (see --help)\n";
        return kUsage;
    }
    net::ServerOptions options;
    options.bind = parsed->value("bind").value_or("0.0.0.0");
    if (auto port = parsed->value("port")) {
        try {
            std::size_t used = 0;
            options.port = std::stoi(*port, &used);
            if (used != port->size() || options.port < 0 || options.port > 65535)
                throw std::out_of_range("port");
        } catch (const std::exception&) {
            io.err << "dialoogavond serve: --port must be a number from 0 to 65535\n";
            return kUsage;
        }
    }
    const std::string file = parsed->positionals[0];
    // Held while serving: every phone edit is saved into this file, so no other writer may read
    // it in between and save over an acknowledged edit.
    int exitCode = kOk;
    std::optional<WritableSession> held = openForWriting(file, "serve", io, exitCode);
    if (!held) return exitCode;
    Session session = std::move(held->session);
    const bool newTokens = ensureJoinTokens(session);
    if (parsed->has("new-codes")) regenerateJoinTokens(session);
    if (newTokens || parsed->has("new-codes")) {
        if (auto error = saveSessionFile(file, session)) {
            io.err << *error << "\n";
            return kIoFailure;
        }
    }
    // The signals are taken by sigwait below; blocked before the server's threads start so that
    // none of them is interrupted instead.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    net::FileTableStore store(session, file);
    net::PhoneServer server(store);
    if (auto error = server.start(options)) {
        io.err << "dialoogavond serve: " << *error << "\n";
        pthread_sigmask(SIG_UNBLOCK, &stopSignals, nullptr);
        return kIoFailure;
    }
    const std::string address = net::linkAddress(options.bind);
    for (const Table& table : session.tables) {
        const TableAccess* access = findAccess(session.tablesOnline, table.id);
        io.out << table.id << "\t" << table.name << "\t"
               << net::joinLink(address, server.port(), access ? access->token : "") << "\n";
    }
    io.out.flush();
    const std::string servedAt = net::hostAndPort(address, server.port());
    if (const std::string& cards = session.tablesOnline.cardsFor; !cards.empty() && cards != servedAt)
        io.err << "dialoogavond serve: the printed table cards point at " << cards << ", phones now reach "
               << servedAt << ": serve with --bind and --port of the cards, or print them again\n";
    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop(); // requests in flight finish and are saved first
    pthread_sigmask(SIG_UNBLOCK, &stopSignals, nullptr);
    io.err << "dialoogavond serve: stopped\n";
    return kOk;
}

} // namespace dlg::cli
