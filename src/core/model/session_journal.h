// The session journal: phone edits between full saves.
//
// With 40 phones the app had to save the whole session (build it as JSON, write it to a temp
// file, fsync, rename, fsync the folder) up to 20 times a second before it could tell a phone
// "saved"; that was most of its processor time. Instead, the slices the phones changed
// (table_slice.h) are appended to a hidden file beside the session, `.NAME.journal`, and made
// durable (fdatasync) before the phone is answered; the app writes the whole file again once the
// phones are quiet for a moment or every few seconds, and that full save removes the journal.
//
// Loading a session replays its journal (loadSessionFile does, so every command sees the phones'
// edits). A journal names the exact bytes of the save it extends (size and CRC-32): one left
// beside a file that was saved again or replaced (a crash between a save and the journal's
// removal, a copied file) is never replayed. A last line cut off by a crash was never
// acknowledged to a phone and is skipped; a damaged line before it is reported, and the session
// then opens read-only so that no save removes the journal before someone looked at it.
// One rare case remains: a crash in the moment between a full save and the journal's removal,
// when that save wrote byte for byte the file the journal extends (all its edits undone), replays
// the undone edits.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/table_slice.h"

namespace dlg {

inline constexpr const char* kJournalFormat = "dialoogavond-journal";
inline constexpr int kJournalVersion = 1;

/// The bytes of a session file a journal extends.
struct JournalBase {
    std::uint64_t bytes = 0;
    std::uint32_t crc32 = 0;
    bool operator==(const JournalBase&) const = default;
};
JournalBase journalBaseOf(std::string_view fileBytes);

/// `.NAME.journal` beside the session file.
std::filesystem::path journalPathFor(const std::filesystem::path& sessionPath);

struct JournalEntry {
    std::string tableId;
    TableSlice slice; ///< the table as it is after the edit: replaying sets it, in order
};

/// Appends to the journal of one session file as saved with `base`. Used by the session's one
/// writer (who holds its lock); nothing is written before the first append.
class JournalWriter {
  public:
    JournalWriter(std::filesystem::path sessionPath, JournalBase base);
    ~JournalWriter();
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;

    /// Appends `entries` with one write and makes them durable before it returns; the first
    /// append creates the file with its header (replacing any old journal) and syncs the folder.
    /// Returns why it failed (naming the file); after a failure every later append fails too
    /// (a half-written line must stay the last one), so the caller saves in full instead.
    std::optional<std::string> append(const std::vector<JournalEntry>& entries);
    std::size_t entries() const { return entries_; }

  private:
    std::filesystem::path path_;
    JournalBase base_;
    int fd_ = -1;
    bool broken_ = false;
    std::size_t entries_ = 0;
    std::uint32_t mode_ = 0600;
};

struct JournalReplay {
    std::size_t entries = 0; ///< entries replayed onto the session
    std::string damage;      ///< why replay stopped before the end (file and line), or empty
};

/// Replays the journal beside `sessionPath` onto `session`, read from that file's `fileBytes`.
JournalReplay replayJournal(const std::filesystem::path& sessionPath, std::string_view fileBytes,
                            Session& session);

/// Removes the journal beside `sessionPath`, once a full save holds everything in it.
void removeJournal(const std::filesystem::path& sessionPath);

} // namespace dlg
