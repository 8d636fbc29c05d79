// Replace a file so that at every instant the old or the new content is on disk, never a mix:
// write a temp file in the same folder, flush, fsync, rename over the target, fsync the folder.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dlg {

/// Fault injection for tests: called before each step ("open", "write", "fsync", "rename",
/// "fsyncdir"); returning an errno value makes that step fail with it.
using AtomicWriteFault = std::function<int(std::string_view step)>;

/// Returns std::nullopt on success, otherwise why it failed (naming the file). On failure the
/// target is untouched and no temp file is left behind. A symlinked target is followed: the file
/// it points to is replaced and the link stays a link.
std::optional<std::string> writeFileAtomically(const std::filesystem::path& target, std::string_view content,
                                               const AtomicWriteFault& fault = {});

/// `path` with symlinks in its last component followed (also a dangling one, up to 40 hops), so
/// a save replaces the linked file rather than the link. Other paths come back unchanged.
std::filesystem::path resolveSymlinks(const std::filesystem::path& path);

/// The hidden name prefix of the temp files writeFileAtomically makes for `target`: ".NAME.tmp-".
std::string tempFilePrefix(const std::filesystem::path& target);

} // namespace dlg
