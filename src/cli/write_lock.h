// Every command that writes a session holds its lock from loading to saving, so two writers can
// never both read the old file and one of them silently lose the other's change.
#pragma once

#include <optional>
#include <string>

#include "cli/cli.h"
#include "core/model/session_file.h"
#include "core/model/session_lock.h"

namespace dlg::cli {

/// How long a command waits for another command to finish with the session (the window holds it
/// for hours, so a command refuses at once when the window has it).
inline constexpr std::chrono::milliseconds kCommandLockWait{10000};

/// Takes the write lock of `session` for `command`. On failure prints why (who holds it, pid,
/// since when) and sets `exitCode` to 2 (another writer) or 3 (the lock file cannot be made).
std::optional<SessionLock> lockForWriting(const std::string& session, const char* command, Io& io,
                                          int& exitCode);

/// A session held for writing: its lock, and the session as loaded under it.
struct WritableSession {
    SessionLock lock;
    Session session;
};

/// Takes the write lock of `file` for `command`, loads it and refuses a read-only file. On failure
/// prints why (naming the file) and sets `exitCode`: 2 invalid, read-only or held by another
/// writer, 3 I/O failure.
std::optional<WritableSession> openForWriting(const std::string& file, const char* command, Io& io,
                                              int& exitCode);

} // namespace dlg::cli
