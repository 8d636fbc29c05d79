#include "core/model/i18n.h"

#include <algorithm>
#include <fstream>
#include <vector>

#include <nlohmann/json.hpp>

namespace dlg {
namespace {

std::string mergeCatalogue(const std::filesystem::path& file, std::unordered_map<std::string, std::string>& into) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return file.string() + ": cannot open the string catalogue";
    try {
        const nlohmann::json strings = nlohmann::json::parse(in);
        if (!strings.is_object()) return file.string() + ": expected an object of key -> text";
        for (const auto& [key, value] : strings.items())
            if (value.is_string()) into[key] = value.get<std::string>();
    } catch (const nlohmann::json::exception& e) {
        return file.string() + ": " + e.what();
    }
    return {};
}

// `<lang>.json`, then every `<lang>.d/*.json` in name order: one file per screen or area, so
// screens can be added without touching one shared file.
std::string mergeLanguage(const std::filesystem::path& dir, const std::string& language,
                          std::unordered_map<std::string, std::string>& into) {
    std::string error = mergeCatalogue(dir / (language + ".json"), into);
    std::vector<std::filesystem::path> parts;
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(dir / (language + ".d"), ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".json") parts.push_back(it->path());
    std::sort(parts.begin(), parts.end());
    for (const auto& part : parts)
        if (std::string partError = mergeCatalogue(part, into); error.empty()) error = partError;
    return error;
}

} // namespace

std::string Catalogue::load(const std::filesystem::path& dir, const std::string& language) {
    std::unordered_map<std::string, std::string> strings;
    std::string error = mergeLanguage(dir, "nl", strings);
    if (error.empty() && language != "nl") error = mergeLanguage(dir, language, strings);
    strings_ = std::move(strings);
    missing_.clear();
    language_ = error.empty() ? language : "nl";
    return error;
}

const char* Catalogue::text(const std::string& key) const {
    auto it = strings_.find(key);
    if (it != strings_.end()) return it->second.c_str();
    return missing_.insert(key).first->c_str();
}

} // namespace dlg
