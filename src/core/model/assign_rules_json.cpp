#include "core/model/assign_rules_json.h"

#include <cmath>

namespace dlg {
namespace {

struct WeightKey {
    const char* key;
    double AssignRules::*field;
};

constexpr WeightKey kWeights[] = {
    {"preferenceWeight", &AssignRules::preferenceWeight}, {"gradeWeight", &AssignRules::gradeWeight},
    {"languageWeight", &AssignRules::languageWeight},     {"moveWeight", &AssignRules::moveWeight},
    {"repeatWeight", &AssignRules::repeatWeight},
};

} // namespace

AssignRules assignRulesFromJson(const Json& value, const std::string& path, Problems& problems) {
    AssignRules rules;
    if (!value.is_object()) {
        problems.push_back({path, "must be an object with the table balancer rules"});
        return rules;
    }
    for (const auto& [key, item] : value.items()) {
        const std::string where = path.empty() ? key : path + "." + key;
        bool known = false;
        for (const WeightKey& weight : kWeights) {
            if (key != weight.key) continue;
            known = true;
            if (item.is_number() && std::isfinite(item.get<double>()) && item.get<double>() >= 0)
                rules.*weight.field = item.get<double>();
            else
                problems.push_back({where, "must be a number of 0 or more (weight in the objective)"});
        }
        if (key == "families") {
            known = true;
            auto seating = item.is_string() ? familySeatingFromString(item.get<std::string>()) : std::nullopt;
            if (seating)
                rules.families = *seating;
            else
                problems.push_back({where, "must be \"samen\" (families at one table) or \"apart\""});
        } else if (key == "presentOnly") {
            known = true;
            if (item.is_boolean())
                rules.presentOnly = item.get<bool>();
            else
                problems.push_back({where, "must be true or false"});
        }
        if (!known) rules.unknownKeys[key] = item;
    }
    return rules;
}

Json assignRulesToJson(const AssignRules& rules) {
    const AssignRules defaults;
    bool isDefault = rules.families == defaults.families && rules.presentOnly == defaults.presentOnly &&
                     rules.unknownKeys.empty();
    for (const WeightKey& weight : kWeights)
        isDefault = isDefault && rules.*weight.field == defaults.*weight.field;
    if (isDefault) return nullptr;
    Json j = rules.unknownKeys.is_object() ? rules.unknownKeys : Json::object();
    for (const WeightKey& weight : kWeights)
        j[weight.key] = rules.*weight.field;
    j["families"] = toString(rules.families);
    j["presentOnly"] = rules.presentOnly;
    return j;
}

} // namespace dlg
