#include "core/model/json_reader.h"

#include <limits>

namespace dlg {

std::string describeJsonType(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::string: return "text";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "a whole number";
    case Json::value_t::number_float: return "a decimal number";
    case Json::value_t::array: return "a list";
    case Json::value_t::object: return "an object";
    default: return "an unsupported value";
    }
}

ObjectReader::ObjectReader(const Json& value, std::string path, Problems& problems)
    : value_(value), path_(std::move(path)), problems_(problems), isObject_(value.is_object()) {
    if (!isObject_)
        problems_.push_back({path_, "expected an object, found " + describeJsonType(value)});
}

std::string ObjectReader::pathOf(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
}

void ObjectReader::report(const std::string& key, const std::string& message) {
    problems_.push_back({pathOf(key), message});
}

bool ObjectReader::has(const char* key) const { return isObject_ && value_.contains(key); }

const Json* ObjectReader::find(const char* key, Need need) {
    if (!isObject_) return nullptr;
    consumed_.insert(key);
    auto it = value_.find(key);
    if (it == value_.end()) {
        if (need == Need::Required) report(key, "is missing (required)");
        return nullptr;
    }
    return &*it;
}

void ObjectReader::text(const char* key, std::string& out, Need need) {
    const Json* found = find(key, need);
    if (!found) return;
    if (found->is_string()) {
        out = found->get<std::string>();
    } else {
        report(key, "expected text, found " + describeJsonType(*found));
    }
}

void ObjectReader::integer64(const char* key, std::int64_t& out, Need need) {
    const Json* found = find(key, need);
    if (!found) return;
    if (found->is_number_unsigned() &&
        found->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        // Read as int64 it would wrap to a negative number that names nothing in the file.
        report(key, "number " + std::to_string(found->get<std::uint64_t>()) + " is too large");
    } else if (found->is_number_integer()) {
        out = found->get<std::int64_t>();
    } else {
        report(key, "expected a whole number, found " + describeJsonType(*found));
    }
}

void ObjectReader::integer(const char* key, int& out, Need need) {
    std::int64_t wide = out;
    const std::size_t before = problems_.size();
    integer64(key, wide, need);
    if (problems_.size() != before) return;
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        report(key, "number " + std::to_string(wide) + " is out of range");
        return;
    }
    out = static_cast<int>(wide);
}

void ObjectReader::unsigned64(const char* key, std::uint64_t& out) {
    const Json* found = find(key, Need::Optional);
    if (!found) return;
    if (found->is_number_unsigned()) {
        out = found->get<std::uint64_t>();
    } else {
        report(key, "expected a whole number of 0 or more, found " + describeJsonType(*found));
    }
}

void ObjectReader::boolean(const char* key, bool& out) {
    const Json* found = find(key, Need::Optional);
    if (!found) return;
    if (found->is_boolean()) {
        out = found->get<bool>();
    } else {
        report(key, "expected true or false, found " + describeJsonType(*found));
    }
}

void ObjectReader::textList(const char* key, std::vector<std::string>& out) {
    const Json* found = find(key, Need::Optional);
    if (!found) return;
    if (!found->is_array()) {
        report(key, "expected a list of texts, found " + describeJsonType(*found));
        return;
    }
    out.clear();
    for (std::size_t i = 0; i < found->size(); ++i) {
        const Json& item = (*found)[i];
        if (item.is_string()) {
            out.push_back(item.get<std::string>());
        } else {
            problems_.push_back({pathOf(key) + "[" + std::to_string(i) + "]",
                                 "expected text, found " + describeJsonType(item)});
        }
    }
}

void ObjectReader::textMap(const char* key, std::map<std::string, std::string>& out) {
    const Json* found = find(key, Need::Optional);
    if (!found) return;
    if (!found->is_object()) {
        report(key, "expected an object of texts, found " + describeJsonType(*found));
        return;
    }
    out.clear();
    for (const auto& [name, item] : found->items()) {
        if (item.is_string()) {
            out[name] = item.get<std::string>();
        } else {
            problems_.push_back({pathOf(key) + "." + name, "expected text, found " + describeJsonType(item)});
        }
    }
}

void ObjectReader::array(const char* key, const std::function<void(const Json&, const std::string&)>& readItem) {
    const Json* found = find(key, Need::Optional);
    if (!found) return;
    if (!found->is_array()) {
        report(key, "expected a list, found " + describeJsonType(*found));
        return;
    }
    for (std::size_t i = 0; i < found->size(); ++i)
        readItem((*found)[i], pathOf(key) + "[" + std::to_string(i) + "]");
}

void ObjectReader::object(const char* key,
                          const std::function<void(const Json&, const std::string&)>& readObject) {
    const Json* found = find(key, Need::Optional);
    if (!found) return;
    readObject(*found, pathOf(key));
}

Json ObjectReader::unknownKeys() const {
    Json rest = Json::object();
    if (!isObject_) return rest;
    for (const auto& [key, item] : value_.items())
        if (!consumed_.count(key)) rest[key] = item;
    return rest;
}

} // namespace dlg
