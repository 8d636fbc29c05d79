// The app's TableStore: the phone server's threads never touch the app's Session. A request is
// queued, the UI thread is woken (an injected callback: glfwPostEmptyEvent in the platform layer)
// and runs it between frames, so a phone's edit becomes one undo step and is saved with the app's
// own atomic save before the phone is answered.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "net/table_store.h"

namespace dlg {

class AppTableStore : public net::TableStore {
  public:
    /// `wake` is called from a server thread after a request was queued; `timeout` is how long a
    /// server thread waits for the UI thread to take its request (then the phone gets "not saved"
    /// and retries; a request the UI thread never took is dropped, so it is never applied late).
    explicit AppTableStore(std::function<void()> wake,
                           std::chrono::milliseconds timeout = std::chrono::seconds(5));

    // Server threads.
    std::optional<std::string> tableForToken(std::string_view token) override;
    /// The view computed on the UI thread; null when the UI thread did not answer in time or the
    /// store is closed (the server then answers 503 and the phone tries again).
    Json view(const std::string& tableId) override;
    net::StoreReply edit(const std::string& tableId, const PhoneEdit& edit) override;

    // UI thread.
    /// The tokens phones are checked against: a copy, refreshed whenever the session's change.
    /// Returns true when they changed (then the join links' QR codes must follow).
    bool setTokens(const TablesOnline& online);
    using ViewFn = std::function<Json(const std::string& tableId)>;
    /// Applies one phone's edit to the session, without saving it; `reply.view` is filled later.
    using EditFn = std::function<net::StoreReply(const std::string& tableId, const PhoneEdit& edit)>;
    /// Saves the session once for a batch in which `applied` edits changed it; returns the error
    /// when it could not (it must then have taken those edits back out of the session).
    using SaveFn = std::function<std::string(std::size_t applied)>;
    /// Answers every waiting request on the calling (UI) thread: the edits of all requests waiting
    /// together are applied and saved with one save (with 40 phones a save per edit was most of the
    /// app's CPU), and only then are their phones answered. Returns the number of edits run.
    std::size_t serve(const ViewFn& view, const EditFn& edit, const SaveFn& save);
    /// How many requests wait now (a cheap look, without serving them).
    std::size_t waiting() const;
    /// From now on every request fails at once, and the waiting ones are failed: the server can
    /// then stop without waiting for a UI thread that is busy stopping it.
    void close();

  private:
    struct Request {
        enum class State { Waiting, Taken, Done, Dropped } state = State::Waiting;
        std::string tableId;
        std::optional<PhoneEdit> edit; ///< empty: a view
        Json view;
        net::StoreReply reply;
    };
    /// Queues `request` and waits for the UI thread; false when it was dropped (timeout, closed).
    bool run(const std::shared_ptr<Request>& request);

    std::function<void()> wake_;
    std::chrono::milliseconds timeout_;
    mutable std::mutex mutex_;
    std::condition_variable done_;
    std::deque<std::shared_ptr<Request>> queue_;
    bool closed_ = false;
    TablesOnline tokens_; ///< the session's table ids and tokens only (locks etc. stay on the UI thread)
};

} // namespace dlg
