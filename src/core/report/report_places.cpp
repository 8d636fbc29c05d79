#include "core/report/report_places.h"

#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

namespace dlg {
namespace {

/// One step of a JSON path: `tables[2]` is {"tables", 2}.
struct Step {
    std::string name;
    std::optional<std::size_t> index;
};

std::vector<Step> parsePath(const std::string& path) {
    std::vector<Step> steps;
    std::size_t i = 0;
    while (i < path.size()) {
        Step step;
        while (i < path.size() && path[i] != '.' && path[i] != '[')
            step.name += path[i++];
        if (i < path.size() && path[i] == '[') {
            std::size_t value = 0;
            bool digits = false;
            for (++i; i < path.size() && path[i] >= '0' && path[i] <= '9'; ++i, digits = true)
                value = value * 10 + static_cast<std::size_t>(path[i] - '0');
            if (i >= path.size() || path[i] != ']' || !digits) return {};
            ++i;
            step.index = value;
        }
        if (i < path.size() && path[i] == '.') ++i;
        steps.push_back(std::move(step));
    }
    return steps;
}

struct Words {
    const char* key;
    const char* dutch;
    const char* english;
};

constexpr Words kWords[] = {
    {"meta.title", "Titel van de avond", "Title of the evening"},
    {"meta.school", "Naam van de school", "Name of the school"},
    {"meta.location", "Plaats van de avond", "Place of the evening"},
    {"summaryPoints", "Samenvatting", "Summary"},
    {"closingPoints", "Afsluiting", "Closing"},
    {"nextSteps", "Volgende stappen", "Next steps"},
    {"keepInTouch", "Zo houden we contact", "How we keep in touch"},
    {"goesWell", "Wat gaat goed", "What goes well"},
    {"difficult", "Wat is lastig", "What is difficult"},
    {"ideas", "Ideeën", "Ideas"},
    {"proposals", "Voorstel", "Proposal"},
    {"quote", "Uitspraak", "Quote"},
    {"notes", "Aantekeningen", "Notes"},
    {"leader", "Tafelleider", "Table leader"},
    {"point", "punt", "point"},
    {"theme", "Thema", "Theme"},
    {"phase", "Draaiboek · onderdeel", "Run sheet · part"},
    {"action", "Actiepunt", "Action"},
    {"title", "titel", "title"},
    {"name", "naam", "name"},
    {"description", "omschrijving", "description"},
    {"owner", "wie", "who"},
    {"planned", "wanneer", "when"},
    {"droppedReason", "reden dat het niet doorgaat", "reason it was dropped"},
    {"updates", "voortgang", "progress update"},
};

std::string word(const std::string& key, const std::string& language) {
    for (const Words& words : kWords)
        if (key == words.key) return language == "en" ? words.english : words.dutch;
    return key;
}

std::string number(std::size_t index) {
    return std::to_string(index + 1);
}

constexpr const char* kJoin = " \u00B7 ";

std::optional<std::string> outcomePlace(const Session& session, const std::vector<Step>& steps,
                                        const std::string& language) {
    if (steps.size() == 2 && !steps[1].index && steps[1].name == "keepInTouch")
        return word("keepInTouch", language);
    if (steps.size() == 2 && steps[1].index && steps[1].name != "tables")
        return word(steps[1].name, language) + kJoin + word("point", language) + " " +
               number(*steps[1].index);
    if (steps.size() < 3 || steps[1].name != "tables" || !steps[1].index) return std::nullopt;
    const std::size_t t = *steps[1].index;
    std::string table = tableTitle("", t, language);
    if (t < session.outcomes.tables.size()) {
        const std::string& id = session.outcomes.tables[t].tableId;
        for (std::size_t k = 0; k < session.tables.size(); ++k)
            if (session.tables[k].id == id) table = tableTitle(session.tables[k].name, k, language);
    }
    const Step& field = steps[2];
    std::string place = table + kJoin + word(field.name, language);
    if (field.name == "proposals" && field.index) return place + " " + number(*field.index);
    if (field.index) place += kJoin + word("point", language) + " " + number(*field.index);
    return place;
}

} // namespace

std::string tableTitle(const std::string& name, std::size_t index, const std::string& language) {
    const std::string word = language == "en" ? "Table" : "Tafel";
    if (name.empty()) return word + " " + number(index);
    auto startsWith = [&name](const char* prefix) {
        const std::string_view p(prefix);
        if (name.size() < p.size()) return false;
        for (std::size_t i = 0; i < p.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(name[i])) != p[i]) return false;
        return name.size() == p.size() || name[p.size()] == ' ';
    };
    if (startsWith("tafel") || startsWith("table")) return name;
    return word + " " + name;
}

std::string placeOf(const Session& session, const std::string& path, const std::string& language) {
    const std::vector<Step> steps = parsePath(path);
    if (steps.empty()) return path;
    const Step& first = steps[0];
    if (first.name == "meta" && steps.size() == 2) {
        const std::string found = word("meta." + steps[1].name, language);
        return found == "meta." + steps[1].name ? path : found;
    }
    if (first.name == "outcomes") return outcomePlace(session, steps, language).value_or(path);
    if (!first.index || steps.size() < 2) return path;
    const std::size_t i = *first.index;
    if (first.name == "themes")
        return word("theme", language) + " " + number(i) + kJoin + word("title", language);
    if (first.name == "tables")
        return tableTitle(i < session.tables.size() ? session.tables[i].name : "", i, language) + kJoin +
               word("name", language);
    if (first.name == "phases")
        return word("phase", language) + " " + number(i) + kJoin + word("title", language);
    if (first.name == "actions") {
        std::string place =
            word("action", language) + " " + number(i) + kJoin + word(steps[1].name, language);
        if (steps[1].index) place += " " + number(*steps[1].index);
        return place;
    }
    return path;
}

std::string describeHit(const Session& session, const PrivacyHit& hit, const std::string& language) {
    return placeOf(session, hit.path, language) + ": " + describe(hit.kind, language) + " \"" + hit.found +
           "\"";
}

} // namespace dlg
