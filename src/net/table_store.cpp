#include "net/table_store.h"

#include <chrono>

#include "core/model/session_file.h"
#include "core/online/join_tokens.h"
#include "core/online/phone_view.h"

namespace dlg::net {

std::int64_t utcNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

FileTableStore::FileTableStore(Session session, std::filesystem::path path)
    : session_(std::move(session)), path_(std::move(path)) {}

std::optional<std::string> FileTableStore::tableForToken(std::string_view token) {
    std::lock_guard lock(mutex_);
    return dlg::tableForToken(session_.tablesOnline, token);
}

Json FileTableStore::view(const std::string& tableId) {
    std::lock_guard lock(mutex_);
    return phoneView(session_, tableId, utcNow());
}

StoreReply FileTableStore::edit(const std::string& tableId, const PhoneEdit& edit) {
    std::lock_guard lock(mutex_);
    StoreReply reply;
    Session next = session_; // applied to a copy: a failed save changes nothing
    const std::int64_t now = utcNow();
    reply.result = applyPhoneEdit(next, tableId, edit, now);
    if (reply.result.status == ApplyResult::Applied) {
        if (auto error = saveSessionFile(path_, next)) {
            reply.saveError = *error;
            reply.result.status = ApplyResult::Unchanged;
            reply.view = phoneView(session_, tableId, now);
            return reply;
        }
        session_ = std::move(next);
    }
    reply.view = phoneView(session_, tableId, now);
    return reply;
}

Session FileTableStore::snapshot() {
    std::lock_guard lock(mutex_);
    return session_;
}

} // namespace dlg::net
