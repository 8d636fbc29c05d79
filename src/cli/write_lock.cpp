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

} // namespace dlg::cli
