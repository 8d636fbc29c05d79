#include "app/state/settings.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/model/atomic_file.h"

namespace dlg {

namespace {

using nlohmann::json;

json toJson(const Settings& settings) {
    return json{{"language", settings.language},
                {"largeText", settings.largeText},
                {"recentFiles", settings.recentFiles},
                {"windowWidth", settings.windowWidth},
                {"windowHeight", settings.windowHeight},
                {"presenting", settings.presenting},
                {"projectorMonitor", settings.projectorMonitor}};
}

// Takes each known key that has the right type; reports the first one that does not.
void readKnownKeys(const json& doc, Settings& settings, std::string& warning) {
    auto take = [&](const char* key, auto& target, auto isRightType) {
        if (!doc.contains(key)) return;
        if (isRightType(doc[key])) {
            doc[key].get_to(target);
        } else if (warning.empty()) {
            warning = std::string("field '") + key + "' has the wrong type; using the default";
        }
    };
    take("language", settings.language, [](const json& v) { return v.is_string(); });
    take("largeText", settings.largeText, [](const json& v) { return v.is_boolean(); });
    take("windowWidth", settings.windowWidth, [](const json& v) { return v.is_number_integer(); });
    take("windowHeight", settings.windowHeight, [](const json& v) { return v.is_number_integer(); });
    take("presenting", settings.presenting, [](const json& v) { return v.is_boolean(); });
    take("projectorMonitor", settings.projectorMonitor, [](const json& v) { return v.is_number_integer(); });
    if (doc.contains("recentFiles") && doc["recentFiles"].is_array()) {
        for (const json& entry : doc["recentFiles"]) {
            if (entry.is_string()) settings.recentFiles.push_back(entry.get<std::string>());
        }
    }
    if (settings.language != "nl" && settings.language != "en") {
        warning = "field 'language' must be nl or en; using nl";
        settings.language = "nl";
    }
    settings.windowWidth = std::clamp(settings.windowWidth, 320, 16384);
    settings.windowHeight = std::clamp(settings.windowHeight, 240, 16384);
    settings.projectorMonitor = std::clamp(settings.projectorMonitor, -1, 15);
    if (settings.recentFiles.size() > kMaxRecentFiles) settings.recentFiles.resize(kMaxRecentFiles);
}

} // namespace

SettingsLoad loadSettings(const std::filesystem::path& path) {
    SettingsLoad result;
    std::ifstream in(path, std::ios::binary);
    if (!in) return result;
    std::stringstream text;
    text << in.rdbuf();
    json doc = json::parse(text.str(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        result.warning = path.string() + ": not a JSON object; using default settings";
        return result;
    }
    readKnownKeys(doc, result.settings, result.warning);
    if (!result.warning.empty()) result.warning = path.string() + ": " + result.warning;
    return result;
}

std::optional<std::string> saveSettings(const std::filesystem::path& path, const Settings& settings) {
    return writeFileAtomically(path, toJson(settings).dump(2) + "\n");
}

void rememberRecentFile(Settings& settings, const std::string& path) {
    auto& recent = settings.recentFiles;
    recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
    recent.insert(recent.begin(), path);
    if (recent.size() > kMaxRecentFiles) recent.resize(kMaxRecentFiles);
}

bool SettingsSaver::update(const Settings& current, double nowSeconds) {
    if (current == saved_) {
        pending_.reset();
        return false;
    }
    if (!pending_ || !(*pending_ == current)) {
        pending_ = current;
        changedAt_ = nowSeconds;
        return false;
    }
    if (nowSeconds - changedAt_ < kQuietSeconds) return false;
    flush(current);
    return true;
}

void SettingsSaver::flush(const Settings& current) {
    pending_.reset();
    if (current == saved_) return;
    if (auto error = saveSettings(path_, current)) {
        lastError_ = *error;
    } else {
        lastError_.clear();
    }
    // Even after a failure: retrying on every frame would not help, the next change tries again.
    saved_ = current;
}

std::optional<double> SettingsSaver::secondsUntilDue(double nowSeconds) const {
    if (!pending_) return std::nullopt;
    return std::max(0.0, kQuietSeconds - (nowSeconds - changedAt_));
}

} // namespace dlg
