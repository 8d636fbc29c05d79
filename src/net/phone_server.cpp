#include "net/phone_server.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <thread>
#include <vector>

#include <httplib.h>

#include "net/phone_page.h"
#include "net/rate_limiter.h"

namespace dlg::net {
namespace {

/// Set while a connection beyond the cap is being answered: its request gets 503 and nothing else.
thread_local bool tRejecting = false;

/// httplib's task queue with a cap: at most `cap` connections are handled at once; the rest are
/// answered 503 by two small rejecting threads (httplib 0.11 gives the queue no way to refuse a
/// socket, so it is closed by answering it).
class CappedPool : public httplib::TaskQueue {
  public:
    explicit CappedPool(std::size_t cap) : cap_(cap) {
        for (std::size_t i = 0; i < cap + 2; ++i)
            threads_.emplace_back([this, i] { work(i >= cap_); });
    }
    void enqueue(std::function<void()> fn) override {
        {
            std::lock_guard lock(mutex_);
            const bool reject = busy_ + jobs_.size() >= cap_;
            (reject ? rejects_ : jobs_).push_back(std::move(fn));
            // One thread of the right kind is enough: waking all of them for every connection
            // (a phone's every edit) cost more than answering it.
            (reject ? rejectWaiting_ : jobWaiting_).notify_one();
        }
    }
    void shutdown() override {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        jobWaiting_.notify_all();
        rejectWaiting_.notify_all();
        for (std::thread& t : threads_)
            t.join(); // finishes the connections in flight first
    }

  private:
    void work(bool rejecter) {
        for (;;) {
            std::function<void()> fn;
            {
                std::unique_lock lock(mutex_);
                auto& queue = rejecter ? rejects_ : jobs_;
                (rejecter ? rejectWaiting_ : jobWaiting_).wait(lock, [&] {
                    return stopping_ || !queue.empty();
                });
                if (queue.empty()) return; // stopping and nothing left
                fn = std::move(queue.front());
                queue.pop_front();
                if (!rejecter) ++busy_;
            }
            tRejecting = rejecter;
            fn();
            tRejecting = false;
            if (!rejecter) {
                std::lock_guard lock(mutex_);
                --busy_;
            }
        }
    }
    std::size_t cap_;
    std::size_t busy_ = 0;
    bool stopping_ = false;
    std::mutex mutex_;
    std::condition_variable jobWaiting_, rejectWaiting_;
    std::deque<std::function<void()>> jobs_, rejects_;
    std::vector<std::thread> threads_;
};

double monotonicSeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void sendJson(httplib::Response& res, int status, const Json& body) {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace),
                    "application/json; charset=utf-8");
}

void sendError(httplib::Response& res, int status, const std::string& code, const std::string& field = "") {
    sendJson(res, status, {{"error", code}, {"field", field}});
}

const char* kindOf(ApplyResult::Status status) {
    switch (status) {
    case ApplyResult::Applied:
        return "saved";
    case ApplyResult::Unchanged:
        return "unchanged";
    case ApplyResult::Locked:
        return "locked";
    case ApplyResult::NoTable:
        return "notable";
    }
    return "notable";
}

} // namespace

class PhoneServer::HttpServer : public httplib::Server {};

PhoneServer::PhoneServer(TableStore& store) : store_(store) {}

PhoneServer::~PhoneServer() {
    stop();
}

std::optional<std::string> PhoneServer::start(const ServerOptions& options) {
    stop();
    options_ = options;
    http_ = std::make_unique<HttpServer>();
    const std::size_t cap = std::max<std::size_t>(1, options.maxConnections);
    http_->new_task_queue = [cap] { return new CappedPool(cap); };
    http_->set_payload_max_length(options.bodyLimit);
    http_->set_read_timeout(options.readTimeoutSeconds, 0);
    http_->set_write_timeout(options.readTimeoutSeconds, 0);
    http_->set_keep_alive_timeout(options.readTimeoutSeconds);
    // One request per connection. A browser keeps its connection open between a phone's edits,
    // and httplib 0.11 waits for the next request on it by waking every 10 ms: 40 phones that
    // way cost the app 9 % of a core and 44 ms per answer, against 2.9 % and 1.5 ms when every
    // edit connects anew (bench/phones_app_cpu.sh, with and without keep-alive).
    http_->set_keep_alive_max_count(1);
    http_->set_default_headers({{"Content-Security-Policy", "default-src 'self'"},
                                {"X-Content-Type-Options", "nosniff"},
                                {"Referrer-Policy", "no-referrer"},
                                {"Cache-Control", "no-store"},
                                {"X-Frame-Options", "DENY"}});
    routes();

    int bound = -1;
    if (options.port == 0) {
        bound = http_->bind_to_any_port(options.bind);
    } else {
        for (int port = options.port; port <= options.port + options.tryNextPorts && bound < 0; ++port)
            if (http_->bind_to_port(options.bind, port)) bound = port;
    }
    if (bound <= 0) {
        http_.reset();
        return "cannot listen on " + options.bind + " port " + std::to_string(options.port) + " (or the " +
               std::to_string(options.tryNextPorts) + " after it): in use or not an address of this computer";
    }
    port_ = bound;
    running_ = true;
    thread_ = std::thread([this] { http_->listen_after_bind(); });
    // httplib's stop() does nothing until the listening thread has marked itself running, so a
    // stop() right after start() (a SIGTERM on a busy machine) would leave listen() running and
    // join() waiting forever. Returning only once it runs makes every later stop() take effect.
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!http_->is_running() && std::chrono::steady_clock::now() < giveUp)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return std::nullopt;
}

void PhoneServer::stop() {
    if (!http_) return;
    http_->stop();
    if (thread_.joinable()) thread_.join();
    http_.reset();
    running_ = false;
}

void PhoneServer::seen(const std::string& tableId, const std::string& client) {
    if (client.empty()) return;
    std::lock_guard lock(seenMutex_);
    seen_[tableId][client] = utcNow();
}

std::map<std::string, TableActivity> PhoneServer::activity() const {
    std::lock_guard lock(seenMutex_);
    std::map<std::string, TableActivity> result;
    const std::int64_t now = utcNow();
    for (const auto& [table, clients] : seen_) {
        TableActivity& a = result[table];
        for (const auto& [client, at] : clients) {
            if (now - at <= kConnectedSeconds) ++a.phones;
            a.lastSeen = std::max(a.lastSeen, at);
        }
    }
    return result;
}

void PhoneServer::routes() {
    auto limiter = std::make_shared<RateLimiter>(options_.requestsPerSecond, options_.requestBurst);
    http_->set_pre_routing_handler([limiter](const httplib::Request& req, httplib::Response& res) {
        if (tRejecting) {
            res.set_header("Connection", "close");
            sendError(res, 503, "busy");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (!limiter->allow(req.remote_addr, monotonicSeconds())) {
            res.set_header("Retry-After", "2");
            sendError(res, 429, "rate");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http_->set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) sendError(res, res.status, res.status == 413 ? "too_large" : "not_found");
    });

    http_->Get("/phone.js", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(std::string(kPhonePageJs), "text/javascript; charset=utf-8");
    });
    http_->Get("/phone.css", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(std::string(kPhonePageCss), "text/css; charset=utf-8");
    });
    // Tokens are lower-case base32; anything else cannot be one and never reaches the store.
    http_->Get(R"(/t/([a-z2-7]{1,64}))", [this](const httplib::Request& req, httplib::Response& res) {
        if (!store_.tableForToken(req.matches[1].str())) return sendError(res, 404, "not_found");
        res.set_content(std::string(kPhonePageHtml), "text/html; charset=utf-8");
    });
    http_->Get(R"(/api/([a-z2-7]{1,64})/state)", [this](const httplib::Request& req, httplib::Response& res) {
        const auto table = store_.tableForToken(req.matches[1].str());
        if (!table) return sendError(res, 404, "not_found");
        const std::string client = req.get_param_value("client");
        if (client.size() <= 40) seen(*table, client);
        // Null for a known token: the app's UI thread did not answer in time (the phone asks again).
        const Json view = store_.view(*table);
        if (view.is_null()) return sendError(res, 503, "busy");
        sendJson(res, 200, view);
    });
    http_->Post(R"(/api/([a-z2-7]{1,64})/edit)", [this](const httplib::Request& req, httplib::Response& res) {
        const auto table = store_.tableForToken(req.matches[1].str());
        if (!table) return sendError(res, 404, "not_found");
        auto parsed = parsePhoneEdit(req.body);
        if (auto* error = std::get_if<PhoneEditError>(&parsed))
            return sendError(res, 400, error->code, error->field);
        const PhoneEdit& edit = std::get<PhoneEdit>(parsed);
        seen(*table, edit.client);
        StoreReply reply = store_.edit(*table, edit);
        if (!reply.saveError.empty()) return sendError(res, 503, "not_saved");
        Json body = {{"status", kindOf(reply.result.status)},
                     {"conflicts", reply.result.conflicts},
                     {"warnings", Json::array()},
                     {"view", reply.view}};
        for (const PhoneWarning& w : reply.result.warnings)
            body["warnings"].push_back({{"field", w.field}, {"kind", w.kind}});
        const int status = reply.result.status == ApplyResult::Locked ? 423 : 200;
        sendJson(res, status, body);
    });
}

} // namespace dlg::net
