#include "core/model/session_lock.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/model/atomic_file.h"

namespace dlg {
namespace {

std::string localTimeNow() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local);
    return text;
}

// The holder line, read without the lock: it may be empty for a moment while the holder writes it.
std::optional<LockHolder> readHolder(int fd) {
    char buffer[512];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0) return std::nullopt;
    try {
        const nlohmann::json line = nlohmann::json::parse(std::string(buffer, static_cast<std::size_t>(n)));
        LockHolder holder;
        holder.who = line.value("who", std::string());
        holder.pid = line.value("pid", 0L);
        holder.since = line.value("since", std::string());
        return holder;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

void writeHolder(int fd, const std::string& who) {
    const nlohmann::json line = {
        {"who", who}, {"pid", static_cast<long>(::getpid())}, {"since", localTimeNow()}};
    const std::string text = line.dump() + "\n";
    if (::ftruncate(fd, 0) != 0) return; // the lock itself is what counts; the line is a courtesy
    [[maybe_unused]] const ssize_t written = ::pwrite(fd, text.data(), text.size(), 0);
}

// True when `fd` is still the file at `path`: a holder removes the lock file as it releases, so a
// process that opened the old file and then got its lock must start over with the new one.
bool stillLinked(int fd, const std::filesystem::path& path) {
    struct stat opened {
    }, named{};
    if (::fstat(fd, &opened) != 0 || ::stat(path.c_str(), &named) != 0) return false;
    return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace

SessionLock::SessionLock(SessionLock&& other) noexcept
    : fd_(other.fd_), lockFile_(std::move(other.lockFile_)), session_(std::move(other.session_)) {
    other.fd_ = -1;
}

SessionLock& SessionLock::operator=(SessionLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = other.fd_;
        lockFile_ = std::move(other.lockFile_);
        session_ = std::move(other.session_);
        other.fd_ = -1;
    }
    return *this;
}

SessionLock::~SessionLock() {
    release();
}

void SessionLock::release() {
    if (fd_ < 0) return;
    // Unlink while still holding it, so nobody takes a lock on a file that is about to vanish.
    ::unlink(lockFile_.c_str());
    ::close(fd_);
    fd_ = -1;
}

std::filesystem::path lockFileFor(const std::filesystem::path& session) {
    const std::filesystem::path target = resolveSymlinks(session);
    return target.parent_path() / ("." + target.filename().string() + ".lock");
}

std::string describeHolder(const std::filesystem::path& session, const LockHolder& holder) {
    std::string text = session.string();
    if (holder.who.empty()) {
        text += " is being changed by another dialoogavond";
    } else if (holder.who == kWindowHolder) {
        text += " is open in the dialoogavond window";
    } else {
        text += " is being changed by 'dialoogavond " + holder.who + "'";
    }
    if (holder.pid > 0) {
        text += " (pid " + std::to_string(holder.pid);
        if (!holder.since.empty()) text += ", since " + holder.since;
        text += ")";
    }
    return text;
}

std::optional<FileStamp> stampOf(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    FileStamp stamp;
    stamp.device = info.st_dev;
    stamp.inode = info.st_ino;
    stamp.size = static_cast<unsigned long long>(info.st_size);
    stamp.modifiedNs = static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec;
    return stamp;
}

int removeStaleTempFiles(const std::filesystem::path& session) {
    const std::filesystem::path target = resolveSymlinks(session);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    const std::string prefix = tempFilePrefix(target);
    int removed = 0;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // mkstemp's suffix is exactly six characters: anything else is not ours.
        if (name.size() != prefix.size() + 6 || name.rfind(prefix, 0) != 0) continue;
        std::error_code ignored;
        if (std::filesystem::remove(it->path(), ignored)) ++removed;
    }
    return removed;
}

LockAttempt lockSession(const std::filesystem::path& session, const std::string& who,
                        std::chrono::milliseconds wait) {
    LockAttempt attempt;
    const std::filesystem::path lockFile = lockFileFor(session);
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        const int fd = ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            attempt.error = "cannot lock " + session.string() + ": creating " + lockFile.string() +
                            " failed (" + std::strerror(errno) + ")";
            return attempt;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (!stillLinked(fd, lockFile)) {
                ::close(fd);
                continue;
            }
            writeHolder(fd, who);
            removeStaleTempFiles(session);
            attempt.lock.fd_ = fd;
            attempt.lock.lockFile_ = lockFile;
            attempt.lock.session_ = resolveSymlinks(session);
            return attempt;
        }
        const int error = errno;
        if (error != EWOULDBLOCK) {
            ::close(fd);
            attempt.error = "cannot lock " + lockFile.string() + " (" + std::strerror(error) + ")";
            return attempt;
        }
        LockHolder holder = readHolder(fd).value_or(LockHolder{});
        ::close(fd);
        if (holder.who != kWindowHolder && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        attempt.error = describeHolder(session, holder);
        attempt.holder = std::move(holder);
        return attempt;
    }
}

} // namespace dlg
