// Loading and saving session files: parse errors with line and column, format/version checks,
// newer files opened read-only, atomic saves.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/model/model.h"
#include "core/model/problems.h"
#include "core/model/session_journal.h"

namespace dlg {

/// Files larger than this are refused before parsing (a session is a few hundred KB).
inline constexpr std::uintmax_t kMaxSessionFileBytes = 64ull * 1024 * 1024;
/// Deepest nesting of lists and objects accepted (a session needs about 6). Deeper files are
/// refused before parsing: copying, checking and pretty-printing them would exhaust the stack.
inline constexpr std::size_t kMaxJsonNesting = 64;

struct LoadResult {
    std::optional<Session> session; ///< empty when the file could not be read at all
    std::string error;              ///< why the file could not be read, naming file and position
    Problems problems;              ///< structural and semantic problems (the session still loads)
    bool readOnly = false;          ///< true for a file from a newer version
    std::string readOnlyReason;
    int fileVersion = 0;
    bool ioFailure = false;         ///< error was an I/O failure (missing file, permission), not bad data
    std::size_t journalEntries = 0; ///< phone edits replayed from the journal (session_journal.h)
    /// The file's bytes as read, when no journal was replayed onto them: a journal may extend them.
    std::optional<JournalBase> base;
};

/// Reads the session file and replays its journal of phone edits (session_journal.h). A damaged
/// journal is a problem of the file: the session opens read-only, so no save removes the journal.
LoadResult loadSessionFile(const std::filesystem::path& path);

/// Reads a whole file of at most kMaxSessionFileBytes into `out`; otherwise says why, naming it
/// (missing, a folder, too large, unreadable). For the session file and its journal.
std::optional<std::string> readWholeFile(const std::filesystem::path& path, std::string& out);

/// Parses session text; `name` is used in messages.
LoadResult loadSessionText(std::string_view text, const std::string& name);

/// The bytes written by saveSessionFile (pretty JSON, trailing newline).
std::string serializeSession(const Session& session);

/// What saveSessionFile knows of the file it replaces. `Check`: it reads that file first and
/// refuses to overwrite a damaged file, another program's file or one from a newer version.
/// `KnownOwn`: the caller holds the file's lock and the file is exactly as the caller last read or
/// wrote it (same stamp, session_lock.h), so reading it again proves nothing; the app saves up to
/// 20 times a second with 40 phones, and that re-read was most of its processor time.
enum class ExistingFile { Check, KnownOwn };

/// Atomic save; the file then holds everything, so its journal is removed. Returns std::nullopt on
/// success or the reason it failed. `saved` receives what a new journal must name as its base.
std::optional<std::string> saveSessionFile(const std::filesystem::path& path, const Session& session,
                                           ExistingFile existing = ExistingFile::Check,
                                           JournalBase* saved = nullptr);

} // namespace dlg
