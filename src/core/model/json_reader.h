// Lenient, path-tracking reading of one JSON object: each accessor records a Problem (with the
// JSON path) instead of throwing, and remembers which keys it consumed so the rest can be kept.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/model/problems.h"

namespace dlg {

enum class Need { Optional, Required };

class ObjectReader {
public:
    /// `value` must outlive the reader. A non-object value is reported once and reads as empty.
    ObjectReader(const Json& value, std::string path, Problems& problems);

    void text(const char* key, std::string& out, Need need = Need::Optional);
    void integer(const char* key, int& out, Need need = Need::Optional);
    void integer64(const char* key, std::int64_t& out, Need need = Need::Optional);
    void unsigned64(const char* key, std::uint64_t& out);
    void boolean(const char* key, bool& out);
    void textList(const char* key, std::vector<std::string>& out);
    void textMap(const char* key, std::map<std::string, std::string>& out);

    /// Reads a text and converts it with `parse`; an unknown word is reported with `allowed`.
    template <typename Enum>
    void word(const char* key, Enum& out, std::optional<Enum> (*parse)(const std::string&), const char* what,
              const char* allowed) {
        std::string raw;
        if (!has(key)) return;
        const std::size_t before = problems_.size();
        text(key, raw);
        if (problems_.size() != before) return; // not text: already reported as a type error
        if (auto parsed = parse(raw)) {
            out = *parsed;
        } else {
            report(key, "\"" + raw + "\" is not " + what + "; use " + allowed);
        }
    }

    /// Calls `readItem(item, itemPath)` for each element of the array at `key`.
    void array(const char* key, const std::function<void(const Json&, const std::string&)>& readItem);
    /// Calls `readObject(value, path)` for the object at `key` (when present).
    void object(const char* key, const std::function<void(const Json&, const std::string&)>& readObject);

    /// Keys present in the object that no accessor consumed.
    Json unknownKeys() const;

    bool has(const char* key) const;
    std::string pathOf(const std::string& key) const;
    void report(const std::string& key, const std::string& message);

private:
    const Json* find(const char* key, Need need);

    const Json& value_;
    std::string path_;
    Problems& problems_;
    std::set<std::string> consumed_;
    bool isObject_ = false;
};

/// "text", "a number", "a list" … for messages.
std::string describeJsonType(const Json& value);

} // namespace dlg
