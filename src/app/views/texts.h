// UI text lookup for views: the catalogue plus an optional recorder of every key asked for, so a
// test can check that each key a view uses exists in every language.
#pragma once

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "core/model/i18n.h"

namespace dlg {

class Texts {
  public:
    explicit Texts(const Catalogue& catalogue, std::set<std::string>* usedKeys = nullptr)
        : catalogue_(catalogue), usedKeys_(usedKeys) {}

    /// The text for `key` in the UI language.
    const char* operator()(const std::string& key) const {
        if (usedKeys_) usedKeys_->insert(key);
        return catalogue_.text(key);
    }

    /// The text for `key` with each `{name}` in it replaced by its value (catalogue texts name
    /// their blanks, so each language puts them where its sentence needs them).
    std::string fill(const std::string& key,
                     std::initializer_list<std::pair<std::string_view, std::string>> values) const {
        std::string text = (*this)(key);
        for (const auto& [name, value] : values)
            if (const auto at = text.find(name); at != std::string::npos) text.replace(at, name.size(), value);
        return text;
    }

    /// A label with a hidden ImGui id: "<text>##<id>", so equal texts in one window stay distinct.
    std::string label(const std::string& key, const std::string& id) const {
        return std::string((*this)(key)) + "##" + id;
    }

  private:
    const Catalogue& catalogue_;
    std::set<std::string>* usedKeys_;
};

} // namespace dlg
