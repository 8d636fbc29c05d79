// The phone server: one background thread accepting, a bounded pool handling connections.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "net/table_store.h"

namespace dlg::net {

struct ServerOptions {
    std::string bind = "0.0.0.0"; ///< address to listen on (127.0.0.1 for tests)
    int port = 8080;              ///< 0: any free port (tests); see `tryNextPorts`
    int tryNextPorts = 20;        ///< when `port` is taken, try this many after it
    std::size_t bodyLimit = 64 * 1024;
    std::size_t maxConnections = 64; ///< connections handled at once; more get 503 and are closed
    double requestsPerSecond = 20;   ///< per client address, refilled continuously ...
    double requestBurst = 60;        ///< ... up to this many at once
    int readTimeoutSeconds = 5;      ///< a silent connection is closed after this
};

/// Phones seen for one table: distinct browsers heard from in the last `kConnectedSeconds`.
struct TableActivity {
    int phones = 0;
    std::int64_t lastSeen = 0; ///< UTC seconds, 0 = never
    bool operator==(const TableActivity&) const = default;
};
inline constexpr std::int64_t kConnectedSeconds = 30;

class PhoneServer {
  public:
    explicit PhoneServer(TableStore& store);
    ~PhoneServer(); ///< stops

    /// Binds and starts serving on a background thread. Returns an error text (naming the
    /// address) when no port could be bound.
    std::optional<std::string> start(const ServerOptions& options);
    /// Stops accepting, lets requests in flight finish (their edits are saved), joins the thread.
    void stop();
    bool running() const { return running_; }
    int port() const { return port_; }

    /// Per table id: phones heard from recently and when.
    std::map<std::string, TableActivity> activity() const;

  private:
    class HttpServer;
    void routes();
    void seen(const std::string& tableId, const std::string& client);

    TableStore& store_;
    ServerOptions options_;
    std::unique_ptr<HttpServer> http_;
    std::thread thread_;
    std::atomic<bool> running_{false};
    int port_ = 0;
    mutable std::mutex seenMutex_;
    std::map<std::string, std::map<std::string, std::int64_t>> seen_; ///< table -> client -> last seen
};

} // namespace dlg::net
