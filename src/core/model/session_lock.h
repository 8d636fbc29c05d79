// One writer per session: an advisory lock (flock) on a hidden file beside the session,
// `.NAME.lock`, held by the window while the session is open and by every command that writes it.
// The kernel drops a flock when its process ends, however it ends, so the lock of a killed
// program is simply taken over; the lock file only tells the next one who held it (GUI or
// command, pid, since when).
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace dlg {

/// LockHolder::who of the GUI, which holds the lock for as long as the session is open.
inline constexpr const char* kWindowHolder = "window";

/// Who holds (or held) a session's lock, as written in its lock file.
struct LockHolder {
    std::string who; ///< "window" for the GUI, else the command's name ("import", "assign", …)
    long pid = 0;
    std::string since; ///< local time the lock was taken, "YYYY-MM-DD HH:MM:SS"
};

struct LockAttempt;

/// A held lock; releasing (or destroying) it removes the lock file. Move-only.
class SessionLock {
  public:
    SessionLock() = default;
    SessionLock(SessionLock&& other) noexcept;
    SessionLock& operator=(SessionLock&& other) noexcept;
    SessionLock(const SessionLock&) = delete;
    SessionLock& operator=(const SessionLock&) = delete;
    ~SessionLock();

    bool held() const { return fd_ >= 0; }
    /// The session this lock protects (symlinks resolved).
    const std::filesystem::path& session() const { return session_; }
    void release();

  private:
    friend LockAttempt lockSession(const std::filesystem::path&, const std::string&,
                                   std::chrono::milliseconds);
    int fd_ = -1;
    std::filesystem::path lockFile_;
    std::filesystem::path session_;
};

struct LockAttempt {
    SessionLock lock;                 ///< held when `error` is empty
    std::string error;                ///< why not, naming the file and the holder
    std::optional<LockHolder> holder; ///< set when another writer holds it
    bool busy() const { return holder.has_value(); }
};

/// Takes the lock of `session` for `who`. When another process holds it, waits up to `wait`
/// (polling) unless that process is the window, which holds it for hours. Also removes the temp
/// files of saves that were killed half-way (`.NAME.tmp-*`): with the lock held, no save is
/// running. Fails with an I/O error when the lock file cannot be created.
LockAttempt lockSession(const std::filesystem::path& session, const std::string& who,
                        std::chrono::milliseconds wait = std::chrono::milliseconds(0));

/// `.NAME.lock` beside the session (after resolving symlinks).
std::filesystem::path lockFileFor(const std::filesystem::path& session);

/// "sessions/x.json is open in the dialoogavond window (pid 4711, since 2026-12-03 19:02:11)" or
/// "… is being changed by `dialoogavond import` (pid …)".
std::string describeHolder(const std::filesystem::path& session, const LockHolder& holder);

/// What identifies a file's content on disk without reading it: any save (ours renames a new
/// inode into place) or an edit in place changes it.
struct FileStamp {
    unsigned long long device = 0, inode = 0, size = 0;
    long long modifiedNs = 0;
    bool operator==(const FileStamp&) const = default;
};
/// The stamp of the file at `path` (symlinks followed); empty when it does not exist.
std::optional<FileStamp> stampOf(const std::filesystem::path& path);

/// Removes `.NAME.tmp-*` files beside `session` that a killed save left; returns how many.
/// Call only while holding the session's lock.
int removeStaleTempFiles(const std::filesystem::path& session);

} // namespace dlg
