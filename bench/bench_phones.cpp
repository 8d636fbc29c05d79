// Tafels online under load: 40 phones (4 per table, 10 tables) each send an edit every 2 s for 60 s
// to the real server over loopback, with the session file saved before every acknowledgement.
// Each phone rewrites a line of its own. Prints p50/p99 acknowledgement latency, edits lost (a
// phone's newest acknowledged text not in the file, or an edit never acknowledged), and the process's peak
// RSS (server and clients share it; the clients are small). With --app-port P --session FILE the phones go to
// a running app (`dialoogavond --tables-online 127.0.0.1 FILE`, see phones_app_cpu.sh) instead of a server of
// its own: the tokens are read from FILE, and FILE is read back at the end. With --keep-alive yes each phone
// keeps its connection between edits, as a browser's fetch() does (the server closes it after 5 requests or 5
// s of silence); without it every edit connects anew, the heavier case for the server. Usage: bench_phones
// [--phones N] [--seconds S] [--interval-ms M] [--app-port P --session FILE]
//                     [--keep-alive yes]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include "core/model/session_file.h"
#include "core/online/join_tokens.h"
#include "core/online/phone_edit.h"
#include "net/phone_server.h"

using namespace dlg;
using Clock = std::chrono::steady_clock;

namespace {

long peakRssKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    int phones = 40, seconds = 60, intervalMs = 2000, appPort = 0;
    std::filesystem::path appSession;
    bool keepAlive = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--phones"))
            phones = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--app-port"))
            appPort = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--session"))
            appSession = argv[i + 1];
        else if (!std::strcmp(argv[i], "--seconds"))
            seconds = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--interval-ms"))
            intervalMs = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--keep-alive"))
            keepAlive = !std::strcmp(argv[i + 1], "yes");
        else
            return std::fprintf(stderr, "unknown option %s\n", argv[i]), 1;
    }
    if ((appPort != 0) != !appSession.empty()) return std::fprintf(stderr, "--app-port needs --session\n"), 1;
    Session session;
    std::filesystem::path file = appSession;
    std::unique_ptr<net::FileTableStore> store;
    std::unique_ptr<net::PhoneServer> server;
    int port = appPort;
    if (appPort == 0) {
        session.meta.title = "bench";
        session.themes.push_back({"th-01", "Thema", "", {"Vraag"}, {}, Json::object()});
        for (int t = 0; t < std::max(1, phones / 4); ++t)
            session.tables.push_back(
                {"t-" + std::to_string(t), "Tafel " + std::to_string(t), "th-01", "", 0, Json::object()});
        ensureJoinTokens(session);
        file = std::filesystem::temp_directory_path() / "dlg-bench-phones.json";
        if (auto error = saveSessionFile(file, session))
            return std::fprintf(stderr, "%s\n", error->c_str()), 3;
        store = std::make_unique<net::FileTableStore>(session, file);
        server = std::make_unique<net::PhoneServer>(*store);
        net::ServerOptions options;
        options.bind = "127.0.0.1";
        options.port = 0;
        options.requestsPerSecond =
            1000; // all phones share 127.0.0.1 here; on Wi-Fi each has its own address
        options.requestBurst = 1000;
        if (auto error = server->start(options)) return std::fprintf(stderr, "%s\n", error->c_str()), 3;
        port = server->port();
    } else {
        LoadResult loaded = loadSessionFile(file);
        if (!loaded.session) return std::fprintf(stderr, "%s\n", loaded.error.c_str()), 3;
        session = *loaded.session;
        if (session.tablesOnline.tables.size() != session.tables.size() || session.tables.empty())
            return std::fprintf(stderr, "%s: Tafels online has not given every table a code yet\n",
                                file.c_str()),
                   2;
    }
    const int tables = std::min<int>(std::max(1, phones / 4), static_cast<int>(session.tables.size()));
    std::mutex mutex;
    std::vector<double> latenciesMs;
    // Per phone its newest acknowledged line (table, text): that one must be in the file.
    std::vector<std::pair<std::string, std::string>> acked(static_cast<std::size_t>(phones));
    std::atomic<int> failed{0};
    const auto end = Clock::now() + std::chrono::seconds(seconds);
    std::vector<std::thread> threads;
    for (int p = 0; p < phones; ++p) {
        threads.emplace_back([&, p] {
            const std::size_t table = static_cast<std::size_t>(p % tables);
            std::string token;
            for (const TableAccess& access : session.tablesOnline.tables)
                if (access.tableId == session.tables[table].id) token = access.token;
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(keepAlive);
            OutcomeFields seen;
            auto next =
                Clock::now() + std::chrono::milliseconds(intervalMs * p / phones); // spread the starts
            for (int i = 0; Clock::now() < end; ++i) {
                std::this_thread::sleep_until(next);
                next += std::chrono::milliseconds(intervalMs);
                // Each phone keeps rewriting a line of its own (as a table leader edits a text):
                // appending would pass the 40 lines a list may have after 10 edits per phone.
                OutcomeFields now = seen;
                const std::string mine = "phone " + std::to_string(p) + " ";
                const std::string line = mine + "edit " + std::to_string(i);
                const auto own =
                    std::find_if(now.ideas.begin(), now.ideas.end(),
                                 [&](const std::string& idea) { return idea.rfind(mine, 0) == 0; });
                if (own != now.ideas.end())
                    *own = line;
                else
                    now.ideas.push_back(line);
                const Json body = {{"client", "phone-" + std::to_string(p)},
                                   {"base", fieldsToJson(seen)},
                                   {"outcome", fieldsToJson(now)}};
                const auto start = Clock::now();
                auto res = client.Post(("/api/" + token + "/edit").c_str(), body.dump(), "application/json");
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                if (!res || res->status != 200) {
                    ++failed;
                    continue;
                }
                seen.ideas =
                    Json::parse(res->body)["view"]["outcome"]["ideas"].get<std::vector<std::string>>();
                std::lock_guard lock(mutex);
                latenciesMs.push_back(ms);
                acked[static_cast<std::size_t>(p)] = {session.tables[table].id, line}; // its newest
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    if (server) server->stop();

    LoadResult loaded = loadSessionFile(file);
    if (!loaded.session) return std::fprintf(stderr, "%s\n", loaded.error.c_str()), 3;
    int lost = 0;
    for (const auto& [tableId, line] : acked) {
        if (line.empty()) continue;
        bool found = false;
        for (const TableOutcome& o : loaded.session->outcomes.tables)
            if (o.tableId == tableId)
                found = std::find(o.ideas.begin(), o.ideas.end(), line) != o.ideas.end();
        lost += found ? 0 : 1;
    }
    std::sort(latenciesMs.begin(), latenciesMs.end());
    auto pct = [&](double q) {
        return latenciesMs.empty()
                   ? 0.0
                   : latenciesMs[std::min(latenciesMs.size() - 1, std::size_t(q * latenciesMs.size()))];
    };
    std::printf("phones %d, tables %d, %d s, one edit per phone every %d ms, %s\n", phones, tables, seconds,
                intervalMs, keepAlive ? "connections kept alive" : "a new connection per edit");
    std::printf("acknowledged %zu, not acknowledged %d, acknowledged but not in the file %d\n",
                latenciesMs.size(), failed.load(), lost);
    std::printf("ack latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", pct(0.5), pct(0.99),
                latenciesMs.empty() ? 0.0 : latenciesMs.back());
    std::printf("peak RSS of server + clients %ld KiB\n", peakRssKb());
    if (appPort == 0) std::filesystem::remove(file);
    return lost == 0 && failed == 0 ? 0 : 2;
}
