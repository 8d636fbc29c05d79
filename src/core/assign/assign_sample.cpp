#include "core/assign/assign_sample.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace dlg {
namespace {

// splitmix64: the same sample on every platform (std distributions are implementation-defined).
struct SampleRng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
};

std::string numbered(const char* prefix, int number, int width) {
    char text[32];
    std::snprintf(text, sizeof text, "%s-%0*d", prefix, width, number);
    return text;
}

const char* const kSupportLanguages[] = {"ar", "tr", "pl", "uk"};

} // namespace

Session sampleEvening(const SampleShape& shape, std::uint64_t seed) {
    SampleRng rng{seed};
    Session session;
    session.meta.title = "Voorbeeld indeling";
    const int themes = 5;
    for (int i = 1; i <= themes; ++i) {
        Theme theme;
        theme.id = "th-" + std::to_string(i);
        theme.title = kPartnershipForms[i - 1];
        session.themes.push_back(theme);
    }
    const int staff = static_cast<int>(shape.people * shape.staffShare + 0.5);
    int familyNumber = 0;
    for (int i = 0; i < shape.people; ++i) {
        Participant person;
        person.id = numbered("p", i + 1, 3);
        person.present = true;
        person.rsvp = Rsvp::Registered;
        person.role = i < staff ? Role::Staff : Role::Parent;
        person.firstName = person.role == Role::Staff ? "Medewerker" : "Ouder";
        person.lastName = std::to_string(i + 1);
        person.languages = {"nl"};
        // Popular themes first: preferences are skewed like real sign-ups.
        int first = std::min(rng.below(themes), rng.below(themes));
        int second = (first + 1 + rng.below(themes - 1)) % themes;
        person.preference1 = "th-" + std::to_string(first + 1);
        person.preference2 = "th-" + std::to_string(second + 1);
        if (person.role == Role::Staff) {
            person.grades = {std::to_string(1 + rng.below(8))};
            if (rng.chance(0.25)) person.languages.push_back(kSupportLanguages[rng.below(4)]);
        } else {
            bool partner = !session.participants.empty() &&
                           session.participants.back().role == Role::Parent &&
                           session.participants.back().family.empty() && rng.chance(shape.coupleShare);
            if (partner) {
                Participant& other = session.participants.back();
                other.family = numbered("fam", ++familyNumber, 3);
                person.family = other.family;
                person.grades = other.grades;
            } else {
                person.grades = {std::to_string(1 + rng.below(8))};
                if (rng.chance(0.2)) person.grades.push_back(std::to_string(1 + rng.below(8)));
            }
            if (rng.chance(shape.supportShare)) {
                person.languageSupport = kSupportLanguages[rng.below(4)];
                person.languages = {person.languageSupport};
            } else if (rng.chance(0.1)) {
                person.languages.push_back(kSupportLanguages[rng.below(4)]);
            }
        }
        session.participants.push_back(person);
    }
    for (int t = 0; t < shape.tables; ++t) {
        Table table;
        table.id = numbered("t", t + 1, 2);
        table.name = "Tafel " + std::to_string(t + 1);
        table.themeId = "th-" + std::to_string(t % themes + 1);
        if (shape.leaders && t < staff) table.leaderId = session.participants[t].id;
        table.capacity = shape.capacity;
        session.tables.push_back(table);
    }
    return session;
}

} // namespace dlg
