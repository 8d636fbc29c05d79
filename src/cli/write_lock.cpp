#include "cli/write_lock.h"

#include <ostream>

namespace dlg::cli {

std::optional<SessionLock> lockForWriting(const std::string& session, const char* command, Io& io,
                                          int& exitCode) {
    LockAttempt attempt = lockSession(session, command, kCommandLockWait);
    if (attempt.lock.held()) return std::move(attempt.lock);
    io.err << "dialoogavond " << command << ": " << attempt.error;
    if (attempt.busy()) {
        io.err << (attempt.holder->who == kWindowHolder
                       ? "; make the change in that window, or close the session there first"
                       : "; try again when it has finished")
               << "; nothing saved\n";
        exitCode = kInvalid;
    } else {
        io.err << "\n";
        exitCode = kIoFailure;
    }
    return std::nullopt;
}

std::optional<WritableSession> openForWriting(const std::string& file, const char* command, Io& io,
                                              int& exitCode) {
    std::optional<SessionLock> lock = lockForWriting(file, command, io, exitCode);
    if (!lock) return std::nullopt;
    LoadResult loaded = loadSessionFile(file);
    if (!loaded.session) {
        io.err << loaded.error << "\n";
        exitCode = loaded.ioFailure ? kIoFailure : kInvalid;
        return std::nullopt;
    }
    if (loaded.readOnly) {
        io.err << file << ": " << loaded.readOnlyReason << "\n";
        exitCode = kInvalid;
        return std::nullopt;
    }
    return WritableSession{std::move(*lock), std::move(*loaded.session)};
}

} // namespace dlg::cli
