// What the phone server reads and writes. The server never touches a Session itself: the CLI gives
// it a FileTableStore, the app a store that runs the edit as an undoable command between frames.
#pragma once

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/model.h"
#include "core/online/phone_edit.h"

namespace dlg::net {

struct StoreReply {
    ApplyResult result;
    Json view;             ///< the table as the phone now sees it (after the edit)
    std::string saveError; ///< not empty: the edit was NOT kept (the phone keeps it and retries)
};

class TableStore {
  public:
    virtual ~TableStore() = default;
    /// The table a token opens (constant-time comparison), or nothing.
    virtual std::optional<std::string> tableForToken(std::string_view token) = 0;
    /// The phone's view of a table (see core/online/phone_view.h); null for an unknown table (or,
    /// in the app, when its UI thread did not answer in time: the server then says 503, try again).
    virtual Json view(const std::string& tableId) = 0;
    /// Applies and persists an edit. Returns only when it is on disk (or failed: saveError).
    virtual StoreReply edit(const std::string& tableId, const PhoneEdit& edit) = 0;
};

/// UTC seconds now (the run clock of the phone view and of lastEditAt).
std::int64_t utcNow();

/// A session file served headless (`dialoogavond serve`): one mutex, each edit saved atomically
/// before the reply; a failed save leaves memory and file as they were.
class FileTableStore : public TableStore {
  public:
    FileTableStore(Session session, std::filesystem::path path);
    std::optional<std::string> tableForToken(std::string_view token) override;
    Json view(const std::string& tableId) override;
    StoreReply edit(const std::string& tableId, const PhoneEdit& edit) override;
    Session snapshot();

  private:
    std::mutex mutex_;
    Session session_;
    std::filesystem::path path_;
};

} // namespace dlg::net
