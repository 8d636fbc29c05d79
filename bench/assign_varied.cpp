#include "assign_varied.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace bench {
namespace {

// splitmix64: the same evening on every platform (std distributions are implementation-defined).
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(std::max(1, bound))); }
    bool chance(double p) { return unit() < p; }
    double between(double low, double high) { return low + (high - low) * unit(); }
    // An index drawn with the given weights.
    int weighted(const std::vector<double>& weights) {
        double total = 0;
        for (double w : weights)
            total += w;
        double at = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i)
            if ((at -= weights[i]) < 0) return static_cast<int>(i);
        return static_cast<int>(weights.size()) - 1;
    }
};

std::string numbered(const char* prefix, int number, int width) {
    char text[32];
    std::snprintf(text, sizeof text, "%s-%0*d", prefix, width, number);
    return text;
}

const char* const kLanguages[] = {"ar", "tr", "pl", "uk", "so", "ti", "zh", "es"};
constexpr int kGrades = 8;

// Theme popularity: skewed evenings have a few popular themes, flat ones none.
std::vector<double> themeWeights(Rng& rng, int themes, bool skewed) {
    std::vector<double> weights(themes, 1.0);
    if (skewed)
        for (int t = 0; t < themes; ++t)
            weights[t] = std::pow(0.6, t) * rng.between(0.7, 1.3);
    return weights;
}

void givePreferences(dlg::Participant& person, Rng& rng, const std::vector<double>& weights) {
    if (rng.chance(0.08)) return; // signed up without choosing
    const int themes = static_cast<int>(weights.size());
    const int first = rng.weighted(weights);
    person.preference1 = "th-" + std::to_string(first + 1);
    if (rng.chance(0.15)) return; // only a first choice
    std::vector<double> others = weights;
    others[first] = 0;
    if (themes > 1) person.preference2 = "th-" + std::to_string(rng.weighted(others) + 1);
}

} // namespace

std::string VariedShape::describe() const {
    char text[200];
    std::snprintf(text, sizeof text,
                  "%d themes, staff %.0f %%, families %.0f %%, support %.0f %% in %d languages, %s, "
                  "%d leaders, %d pinned, %d capped",
                  themes, 100 * staffShare, 100 * familyShare, 100 * supportShare, languages,
                  skewed ? "skewed" : "flat", leaders, pinned, capped);
    return text;
}

dlg::Session variedEvening(int people, int tables, std::uint64_t seed, VariedShape* drawn) {
    Rng rng{seed * 0x9E3779B97F4A7C15ull + 18};
    VariedShape shape;
    shape.themes = std::min(tables, 3 + rng.below(std::max(0, tables / 2 - 3) + 1));
    shape.staffShare = rng.between(0.10, 0.30);
    shape.familyShare = rng.between(0.0, 0.25);
    shape.supportShare = rng.between(0.0, 0.20);
    shape.languages = 2 + rng.below(4);
    shape.skewed = rng.chance(0.5);
    const std::vector<double> popularity = themeWeights(rng, shape.themes, shape.skewed);
    std::vector<double> gradeWeights(kGrades), languageWeights(shape.languages);
    for (double& w : gradeWeights)
        w = 0.3 + 3 * std::pow(rng.unit(), 2); // uneven: some grades three or four times others
    for (int l = 0; l < shape.languages; ++l)
        languageWeights[l] = std::pow(0.5, l); // one language dominates, as in most neighbourhoods

    dlg::Session session;
    session.meta.title = "Gevarieerde avond";
    for (int i = 1; i <= shape.themes; ++i) {
        dlg::Theme theme;
        theme.id = "th-" + std::to_string(i);
        theme.title = "Thema " + std::to_string(i);
        session.themes.push_back(theme);
    }
    const int staff = std::max(1, static_cast<int>(std::lround(people * shape.staffShare)));
    // Chance that a parent starts a household of 2 (or 3), so that about familyShare of the
    // parents come with family: p * 2.2 / (p * 2.2 + 1 - p) = share.
    const double familyStart = shape.familyShare / (2.2 - 1.2 * shape.familyShare);
    int families = 0;
    for (int i = 0; i < people;) {
        dlg::Participant person;
        person.present = true;
        person.rsvp = dlg::Rsvp::Registered;
        person.languages = {"nl"};
        givePreferences(person, rng, popularity);
        if (i < staff) {
            person.role = dlg::Role::Staff;
            person.grades = {std::to_string(1 + rng.weighted(gradeWeights))};
            if (rng.chance(0.08)) person.languages.push_back(kLanguages[rng.weighted(languageWeights)]);
        } else {
            person.grades = {std::to_string(1 + rng.weighted(gradeWeights))};
            if (rng.chance(0.2)) {
                std::string other = std::to_string(1 + rng.weighted(gradeWeights));
                if (other != person.grades[0]) person.grades.push_back(other);
            }
        }
        int household = 1;
        if (i >= staff && people - i >= 2 && rng.chance(familyStart)) {
            household = std::min(people - i, rng.chance(0.2) ? 3 : 2);
            person.family = numbered("fam", ++families, 3);
        }
        for (int member = 0; member < household; ++member, ++i) {
            dlg::Participant one = person;
            one.id = numbered("p", i + 1, 3);
            one.firstName = one.role == dlg::Role::Staff ? "Medewerker" : "Ouder";
            one.lastName = std::to_string(i + 1);
            if (member > 0) givePreferences(one, rng, popularity);
            if (one.role == dlg::Role::Parent) {
                if (rng.chance(shape.supportShare)) {
                    one.languageSupport = kLanguages[rng.weighted(languageWeights)];
                    one.languages = {one.languageSupport};
                } else if (rng.chance(0.03)) { // a rare parent who can bridge
                    one.languages.push_back(kLanguages[rng.weighted(languageWeights)]);
                }
            }
            session.participants.push_back(one);
        }
    }
    for (int t = 0; t < tables; ++t) {
        dlg::Table table;
        table.id = numbered("t", t + 1, 2);
        table.name = "Tafel " + std::to_string(t + 1);
        // Every theme gets a table; the rest follow the themes' popularity.
        table.themeId = "th-" + std::to_string((t < shape.themes ? t : rng.weighted(popularity)) + 1);
        session.tables.push_back(table);
    }
    // Leaders (staff, one per table) at some tables on half of the evenings.
    if (rng.chance(0.5)) {
        shape.leaders = std::min(staff, 1 + rng.below(tables));
        for (int t = 0; t < shape.leaders; ++t)
            session.tables[t].leaderId = session.participants[t].id;
    }
    // A few pinned parents without family, at most one per table, on some evenings.
    if (rng.chance(0.4)) {
        const int wanted = 1 + rng.below(std::max(1, tables / 4));
        for (int t = 0; t < tables && shape.pinned < wanted; ++t) {
            const int candidate = staff + rng.below(people - staff);
            dlg::Participant& person = session.participants[candidate];
            if (!person.family.empty() || session.assignment.seats.count(person.id)) continue;
            const std::string& tableId = session.tables[t].id;
            session.assignment.seats[person.id] = tableId;
            session.assignment.pinned.push_back(person.id);
            ++shape.pinned;
        }
    }
    // Capacities at the small size on some tables, leaving room for the large ones.
    const int largeTables = people % tables;
    if (largeTables > 0 && rng.chance(0.3)) {
        shape.capped = 1 + rng.below(tables - largeTables);
        for (int t = tables - shape.capped; t < tables; ++t)
            session.tables[t].capacity = people / tables;
    }
    if (drawn) *drawn = shape;
    return session;
}

} // namespace bench
