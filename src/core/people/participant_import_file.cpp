// The one piece of the participant import that touches the disk.
#include <fstream>
#include <iterator>

#include "core/people/participant_import.h"

namespace dlg {

std::optional<std::string> readImportFile(const std::filesystem::path& path, std::string& bytes) {
    std::error_code code;
    const auto size = std::filesystem::file_size(path, code);
    if (code) return path.string() + ": cannot read (" + code.message() + ")";
    if (size > kMaxImportFileBytes)
        return path.string() + ": " + std::to_string(size) +
               " bytes is too large for a participant list (limit " + std::to_string(kMaxImportFileBytes) +
               ")";
    std::ifstream in(path, std::ios::binary);
    if (!in) return path.string() + ": cannot open for reading";
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return path.string() + ": read error";
    return std::nullopt;
}

} // namespace dlg
