#include "core/model/paths.h"

#include <cstdlib>
#include <system_error>

namespace dlg {
namespace {

std::filesystem::path executableDir() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path{} : exe.parent_path();
}

bool isDir(const std::filesystem::path& path) {
    std::error_code ec;
    return !path.empty() && std::filesystem::is_directory(path, ec);
}

bool digits(const std::string& text, std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i)
        if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
    return true;
}

} // namespace

std::filesystem::path assetsDir() {
    if (const char* env = std::getenv("DIALOOGAVOND_ASSETS"); env && *env) return env;
    if (auto beside = executableDir() / "assets"; isDir(beside)) return beside;
    return std::filesystem::path(DLG_SOURCE_DIR) / "assets";
}

std::filesystem::path defaultTemplatePath() { return assetsDir() / "templates" / "ouderpartnerschap.json"; }

std::filesystem::path sampleSessionPath() {
    std::error_code ec;
    if (auto beside = executableDir() / "sessions" / "voorbeeld.json"; std::filesystem::exists(beside, ec))
        return beside;
    return std::filesystem::path(DLG_SOURCE_DIR) / "sessions" / "voorbeeld.json";
}

std::filesystem::path configDir() {
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
        base = xdg;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        base = std::filesystem::path(home) / ".config";
    } else {
        base = std::filesystem::temp_directory_path();
    }
    std::filesystem::path dir = base / "dialoogavond";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    return dir;
}

std::optional<std::filesystem::path> newestSessionIn(const std::filesystem::path& folder) {
    std::error_code ec;
    std::optional<std::filesystem::path> newest;
    std::filesystem::file_time_type newestTime{};
    for (auto it = std::filesystem::directory_iterator(folder, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->path().extension() != ".json") continue;
        const auto time = it->last_write_time(ec);
        if (!newest || time > newestTime) {
            newest = it->path();
            newestTime = time;
        }
    }
    return newest;
}

bool isValidDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    if (!digits(text, 0, 4) || !digits(text, 5, 2) || !digits(text, 8, 2)) return false;
    const int year = std::stoi(text.substr(0, 4));
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    if (month < 1 || month > 12 || day < 1) return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool isValidTime(const std::string& text) {
    if (text.size() != 5 || text[2] != ':' || !digits(text, 0, 2) || !digits(text, 3, 2)) return false;
    return std::stoi(text.substr(0, 2)) < 24 && std::stoi(text.substr(3, 2)) < 60;
}

} // namespace dlg
