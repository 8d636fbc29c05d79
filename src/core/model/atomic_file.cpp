#include "core/model/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dlg {
namespace {

std::string failure(const std::filesystem::path& target, const char* what, int error) {
    return "could not save " + target.string() + ": " + what + " failed (" + std::strerror(error) + ")";
}

// Runs the injected fault for `step` first; returns the errno to fail with, or 0.
int injected(const AtomicWriteFault& fault, std::string_view step) { return fault ? fault(step) : 0; }

} // namespace

std::filesystem::path resolveSymlinks(const std::filesystem::path& path) {
    std::filesystem::path current = path;
    std::error_code ec;
    for (int hop = 0; hop < 40 && std::filesystem::is_symlink(current, ec); ++hop) {
        const std::filesystem::path link = std::filesystem::read_symlink(current, ec);
        if (ec) break;
        current = link.is_absolute() ? link : current.parent_path() / link;
    }
    return current;
}

std::string tempFilePrefix(const std::filesystem::path& target) {
    return "." + target.filename().string() + ".tmp-";
}

std::optional<std::string> writeFileAtomically(const std::filesystem::path& requested,
                                               std::string_view content, const AtomicWriteFault& fault) {
    // Renaming over a symlink would replace the link by a file and leave the linked file old.
    const std::filesystem::path target = resolveSymlinks(requested);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    std::string tempName = (folder / (tempFilePrefix(target) + "XXXXXX")).string();

    int error = injected(fault, "open");
    int fd = -1;
    if (!error) {
        fd = ::mkstemp(tempName.data());
        if (fd < 0) error = errno;
    }
    if (error) return failure(target, "creating a temporary file in its folder", error);

    auto abandon = [&](const char* what, int code) {
        if (fd >= 0) ::close(fd);
        ::unlink(tempName.c_str());
        return failure(target, what, code);
    };

    // Keep the permissions of the file we replace (mkstemp creates 0600).
    struct stat existing {};
    const mode_t mode = ::stat(target.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    ::fchmod(fd, mode);

    error = injected(fault, "write");
    std::size_t written = 0;
    while (!error && written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = errno;
        } else {
            written += static_cast<std::size_t>(n);
        }
    }
    if (error) return abandon("writing", error);

    error = injected(fault, "fsync");
    if (!error && ::fsync(fd) != 0) error = errno;
    if (error) return abandon("flushing to disk", error);

    const int closeResult = ::close(fd);
    fd = -1;
    if (closeResult != 0) return abandon("closing", errno);

    error = injected(fault, "rename");
    if (!error && ::rename(tempName.c_str(), target.c_str()) != 0) error = errno;
    if (error) return abandon("replacing the old file", error);

    // Make the rename itself durable. A failure here leaves the new file in place, so say so.
    error = injected(fault, "fsyncdir");
    if (!error) {
        const int dirFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
        if (dirFd < 0 || ::fsync(dirFd) != 0) error = errno;
        if (dirFd >= 0) ::close(dirFd);
    }
    if (error) return failure(target, "flushing the folder (the file was written)", error);
    return std::nullopt;
}

} // namespace dlg
