#include "core/report/action_carry.h"

#include <algorithm>
#include <set>

namespace dlg {
namespace {

// The (source, id) an action was carried from, or empty when it was made in this session.
std::pair<std::string, std::string> carriedFrom(const Action& action) {
    const auto found = action.unknownKeys.find(kCarriedFromKey);
    if (found == action.unknownKeys.end() || !found->is_object()) return {};
    const Json& from = *found;
    const auto text = [&from](const char* key) {
        const auto it = from.find(key);
        return it != from.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    return {text("session"), text("id")};
}

bool alreadyHere(const std::vector<Action>& current, const Action& candidate, const std::string& source) {
    return std::any_of(current.begin(), current.end(), [&](const Action& existing) {
        if (existing.id == candidate.id && existing.title == candidate.title) return true;
        const auto from = carriedFrom(existing);
        if (from.first.empty()) return false;
        return (from.first == source && from.second == candidate.id) || from == carriedFrom(candidate);
    });
}

} // namespace

CarryResult carryActions(const std::vector<Action>& current, const std::vector<Action>& earlier,
                         const std::string& sourceLabel) {
    CarryResult result;
    std::vector<std::string> taken;
    for (const Action& action : current)
        taken.push_back(action.id);
    for (const Action& action : earlier) {
        if (alreadyHere(current, action, sourceLabel)) {
            ++result.skipped;
            continue;
        }
        Action copy = action;
        if (std::find(taken.begin(), taken.end(), copy.id) != taken.end() || copy.id.empty()) {
            copy.id = nextId("a", taken);
            ++result.renamed;
        }
        // An action carried twice keeps the evening it was first made on.
        if (carriedFrom(action).first.empty())
            copy.unknownKeys[kCarriedFromKey] = Json{{"session", sourceLabel}, {"id", action.id}};
        taken.push_back(copy.id);
        result.added.push_back(std::move(copy));
    }
    return result;
}

std::string sessionLabel(const Session& session, const std::string& fileName) {
    const Meta& meta = session.meta;
    if (meta.title.empty() && meta.date.empty()) return fileName;
    if (meta.date.empty()) return meta.title;
    if (meta.title.empty()) return meta.date;
    return meta.title + " (" + meta.date + ")";
}

} // namespace dlg
