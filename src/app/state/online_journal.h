// When phones' edits may go to the session journal (core/model/session_journal.h) instead of a
// full save of the session, and when the journal is folded into the file by a full save.
//
// A batch goes to the journal only when the session was saved before it came (so the file plus the
// journal are exactly what the app holds) and the app knows the bytes of that save. The journal is
// folded in once the phones are quiet for kQuietSeconds, or every kFoldSeconds while they keep
// typing, so a copied session file is never more than a few seconds behind.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model/session_journal.h"

namespace dlg {

class OnlineJournal {
  public:
    static constexpr double kQuietSeconds = 2.0;
    static constexpr double kFoldSeconds = 10.0;
    static constexpr std::size_t kMaxEntries = 500;

    /// The session at `path` was just saved in full (or read) as `base`: its journal is gone.
    void savedInFull(const std::filesystem::path& path, JournalBase base);
    /// The app no longer knows what is on disk (another session, a failed save).
    void forget();

    /// True when a batch of phone edits may be appended now, at monotonic time `now`.
    bool accepts(double now) const;
    /// Appends `entries` durably; on failure says why, and the caller saves in full.
    std::optional<std::string> append(const std::vector<JournalEntry>& entries, double now);

    /// Entries appended since the last full save.
    std::size_t entries() const { return writer_ ? writer_->entries() : 0; }
    /// Seconds until a full save should fold the journal in; empty when it holds nothing.
    std::optional<double> foldDueIn(double now) const;

  private:
    std::filesystem::path path_;
    std::optional<JournalBase> base_;
    std::unique_ptr<JournalWriter> writer_;
    double firstAt_ = 0; ///< monotonic seconds of the first entry since the last full save
    double lastAt_ = 0;  ///< ... of the newest
};

} // namespace dlg
