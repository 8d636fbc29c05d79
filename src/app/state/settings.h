// The user's settings (`configDir()/settings.json`): a typed struct with defaults, read leniently
// (a bad or missing file gives the defaults plus a warning) and saved debounced.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dlg {

struct Settings {
    std::string language = "nl";          ///< UI language: "nl" or "en"
    bool largeText = false;               ///< projection mode: larger font and spacing
    std::vector<std::string> recentFiles; ///< session paths, newest first, at most kMaxRecentFiles
    int windowWidth = 1280;               ///< last window width in screen coordinates
    int windowHeight = 680;               ///< last window height; 680 fits a 1366x768 screen with a taskbar
    /// The presenting mode at the last change, so a restart after a crash mid-evening comes back
    /// in it: F5 (mirrored screen) on or off, and the second projector window's monitor (-1 none).
    bool presenting = false;
    int projectorMonitor = -1;

    bool operator==(const Settings&) const = default;
};

inline constexpr std::size_t kMaxRecentFiles = 8;

struct SettingsLoad {
    Settings settings;
    std::string warning; ///< why (part of) the file was ignored; empty when all was fine
};

/// Reads `path`; a missing file is not a warning.
SettingsLoad loadSettings(const std::filesystem::path& path);
/// Writes atomically. Returns the reason on failure.
std::optional<std::string> saveSettings(const std::filesystem::path& path, const Settings& settings);

/// Moves `path` to the front of the recent files.
void rememberRecentFile(Settings& settings, const std::string& path);

/// Saves settings a short while after they last changed, so a window drag or a run of toggles
/// writes the file once. Time is passed in (seconds on any monotonic clock) so tests need no sleeps.
class SettingsSaver {
  public:
    /// Seconds the settings must stay unchanged before they are written.
    static constexpr double kQuietSeconds = 1.0;

    SettingsSaver(std::filesystem::path path, Settings saved)
        : path_(std::move(path)), saved_(std::move(saved)) {}

    /// Call once per loop iteration. Returns true when it wrote the file this call.
    bool update(const Settings& current, double nowSeconds);
    /// Writes now if anything differs from the file (at exit).
    void flush(const Settings& current);
    /// Seconds until update() wants to be called again; empty when nothing is pending.
    std::optional<double> secondsUntilDue(double nowSeconds) const;
    /// The last write failure, empty when none.
    const std::string& lastError() const { return lastError_; }

  private:
    std::filesystem::path path_;
    Settings saved_;
    std::optional<Settings> pending_;
    double changedAt_ = 0;
    std::string lastError_;
};

} // namespace dlg
