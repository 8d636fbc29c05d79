// UI string catalogues (`assets/i18n/<lang>.json` plus `assets/i18n/<lang>.d/*.json`, each a flat
// object key -> text). Lookups fall back to
// the Dutch catalogue and finally to the key itself, so a missing string is visible, not a crash.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace dlg {

class Catalogue {
public:
    /// Loads Dutch (`nl.json`, `nl.d/*.json`), then `language` over it. Returns an error text or empty.
    std::string load(const std::filesystem::path& dir, const std::string& language);

    /// The text for `key`; the key itself when no catalogue has it. The pointer stays valid until load().
    const char* text(const std::string& key) const;

    const std::string& language() const { return language_; }
    std::size_t size() const { return strings_.size(); }
    bool contains(const std::string& key) const { return strings_.count(key) > 0; }

private:
    std::unordered_map<std::string, std::string> strings_;
    mutable std::unordered_set<std::string> missing_; ///< keys asked for but not found; node-stable storage
    std::string language_ = "nl";
};

} // namespace dlg
