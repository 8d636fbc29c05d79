#include "app/state/online_store.h"

#include "core/online/join_tokens.h"

namespace dlg {

AppTableStore::AppTableStore(std::function<void()> wake, std::chrono::milliseconds timeout)
    : wake_(std::move(wake)), timeout_(timeout) {}

std::optional<std::string> AppTableStore::tableForToken(std::string_view token) {
    std::lock_guard lock(mutex_);
    if (closed_) return std::nullopt;
    return dlg::tableForToken(tokens_, token);
}

bool AppTableStore::run(const std::shared_ptr<Request>& request) {
    std::unique_lock lock(mutex_);
    if (closed_) return false;
    queue_.push_back(request);
    lock.unlock();
    if (wake_) wake_();
    lock.lock();
    using State = Request::State;
    const bool answered = done_.wait_for(
        lock, timeout_, [&] { return request->state == State::Done || request->state == State::Dropped; });
    if (!answered && request->state == State::Waiting) request->state = State::Dropped; // never applied late
    // Taken: the UI thread is applying and saving it now; its answer is the truth, so wait for it.
    done_.wait(lock, [&] { return request->state != State::Taken; });
    return request->state == State::Done;
}

Json AppTableStore::view(const std::string& tableId) {
    auto request = std::make_shared<Request>();
    request->tableId = tableId;
    return run(request) ? request->view : Json();
}

net::StoreReply AppTableStore::edit(const std::string& tableId, const PhoneEdit& edit) {
    auto request = std::make_shared<Request>();
    request->tableId = tableId;
    request->edit = edit;
    if (run(request)) return request->reply;
    net::StoreReply failed;
    failed.result.status = ApplyResult::Unchanged;
    failed.saveError = "the laptop did not take the edit in time";
    return failed;
}

bool AppTableStore::setTokens(const TablesOnline& online) {
    std::lock_guard lock(mutex_);
    const auto same = [&] {
        if (online.tables.size() != tokens_.tables.size()) return false;
        for (std::size_t i = 0; i < online.tables.size(); ++i)
            if (online.tables[i].tableId != tokens_.tables[i].tableId ||
                online.tables[i].token != tokens_.tables[i].token)
                return false;
        return true;
    };
    if (same()) return false;
    tokens_.tables.clear();
    for (const TableAccess& access : online.tables) {
        TableAccess copy;
        copy.tableId = access.tableId;
        copy.token = access.token;
        tokens_.tables.push_back(std::move(copy));
    }
    return true;
}

std::size_t AppTableStore::serve(const ViewFn& view, const EditFn& edit, const SaveFn& save) {
    std::size_t edits = 0;
    for (;;) {
        std::vector<std::shared_ptr<Request>> batch;
        {
            std::lock_guard lock(mutex_);
            for (auto& request : queue_) {
                if (request->state != Request::State::Waiting) continue; // dropped by its waiter
                request->state = Request::State::Taken;
                batch.push_back(std::move(request));
            }
            queue_.clear();
        }
        if (batch.empty()) return edits;
        std::size_t applied = 0;
        bool anyEdit = false;
        for (const auto& request : batch) {
            if (!request->edit) continue;
            anyEdit = true;
            request->reply = edit(request->tableId, *request->edit);
            if (request->reply.result.status == ApplyResult::Applied) ++applied;
            ++edits;
        }
        // What a phone is told is saved must be on disk before it is told so.
        const std::string saveError = anyEdit ? save(applied) : std::string();
        for (const auto& request : batch) {
            if (!request->edit) {
                request->view = view(request->tableId);
                continue;
            }
            if (!saveError.empty() && request->reply.saveError.empty()) {
                if (request->reply.result.status == ApplyResult::Applied)
                    request->reply.result.status = ApplyResult::Unchanged;
                request->reply.saveError = saveError;
            }
            request->reply.view = view(request->tableId);
        }
        {
            std::lock_guard lock(mutex_);
            for (const auto& request : batch)
                request->state = Request::State::Done;
        }
        done_.notify_all();
    }
}

std::size_t AppTableStore::waiting() const {
    std::lock_guard lock(mutex_);
    return queue_.size();
}

void AppTableStore::close() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        for (const auto& request : queue_)
            if (request->state == Request::State::Waiting) request->state = Request::State::Dropped;
        queue_.clear();
    }
    done_.notify_all();
}

} // namespace dlg
