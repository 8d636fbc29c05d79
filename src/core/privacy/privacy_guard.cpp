#include "core/privacy/privacy_guard.h"

#include <algorithm>

#include "core/privacy/privacy_guard_text.h"

namespace dlg {
namespace {

/// The folded text up to its first non-word byte: the key names are indexed under.
std::string firstWord(const std::string& folded, std::size_t from = 0) {
    std::size_t end = from;
    while (end < folded.size() && isFoldedWordByte(static_cast<unsigned char>(folded[end])))
        ++end;
    return folded.substr(from, end - from);
}

std::string joinName(std::initializer_list<const std::string*> parts) {
    std::string name;
    for (const std::string* part : parts) {
        if (part->empty()) continue;
        if (!name.empty()) name += ' ';
        name += *part;
    }
    return name;
}

} // namespace

const char* describe(PersonalDataKind kind, const std::string& language) {
    const bool en = language == "en";
    switch (kind) {
    case PersonalDataKind::ParentName:
        return en ? "name of a parent" : "naam van een ouder";
    case PersonalDataKind::StaffName:
        return en ? "name of a staff member" : "naam van een medewerker";
    case PersonalDataKind::Email:
        return en ? "e-mail address" : "e-mailadres";
    case PersonalDataKind::Phone:
        return en ? "phone number" : "telefoonnummer";
    }
    return "?";
}

std::string describe(const PrivacyHit& hit, const std::string& language) {
    return hit.path + ": " + describe(hit.kind, language) + " \"" + hit.found + "\"";
}

PrivacyGuard::PrivacyGuard(const std::vector<Participant>& participants) {
    std::unordered_map<std::string, std::size_t> known;
    auto add = [&](const std::string& spelling, bool parent) {
        std::string folded = foldForMatching(spelling).text;
        while (!folded.empty() && folded.back() == ' ')
            folded.pop_back();
        if (folded.find(' ') == std::string::npos) return; // one word: too many false hits
        auto [it, inserted] = known.emplace(folded, names_.size());
        if (inserted) {
            byFirstWord_[firstWord(folded)].push_back(names_.size());
            names_.push_back({folded, parent});
        } else {
            names_[it->second].parent = names_[it->second].parent || parent;
        }
    };
    for (const Participant& p : participants) {
        const bool parent = p.role == Role::Parent;
        add(joinName({&p.firstName, &p.infix, &p.lastName}), parent);
        if (!p.infix.empty()) add(joinName({&p.firstName, &p.lastName}), parent);
    }
}

void PrivacyGuard::scanNames(const SourceText& source, std::vector<PrivacyHit>& hits) const {
    if (names_.empty()) return;
    const FoldedText folded = foldForMatching(source.text);
    const std::string& text = folded.text;
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        const bool wordStart = isFoldedWordByte(byte) &&
                               (pos == 0 || !isFoldedWordByte(static_cast<unsigned char>(text[pos - 1])));
        if (!wordStart) continue;
        const std::string word = firstWord(text, pos);
        auto candidates = byFirstWord_.find(word);
        if (candidates != byFirstWord_.end()) {
            // The longest name wins, so "Jan van Dijk" is one hit, not also "Jan Dijk".
            const Name* best = nullptr;
            for (std::size_t index : candidates->second) {
                const Name& name = names_[index];
                const std::size_t end = pos + name.folded.size();
                if (end > text.size() || text.compare(pos, name.folded.size(), name.folded) != 0) continue;
                if (end < text.size() && isFoldedWordByte(static_cast<unsigned char>(text[end]))) continue;
                if (source.roleField && !name.parent) continue;
                if (!best || name.folded.size() > best->folded.size()) best = &name;
            }
            if (best) {
                const std::size_t from = folded.origin[pos];
                std::size_t to = folded.origin[pos + best->folded.size()];
                while (to > from && source.text[to - 1] == ' ')
                    --to;
                hits.push_back({source.path,
                                best->parent ? PersonalDataKind::ParentName : PersonalDataKind::StaffName,
                                source.text.substr(from, to - from), from});
                pos += best->folded.size() - 1;
                continue;
            }
        }
        pos += word.empty() ? 0 : word.size() - 1;
    }
}

std::vector<PrivacyHit> PrivacyGuard::scan(const std::vector<SourceText>& texts) const {
    std::vector<PrivacyHit> hits;
    for (const SourceText& source : texts) {
        const std::size_t first = hits.size();
        scanNames(source, hits);
        for (const TextSpan& span : findEmailAddresses(source.text))
            hits.push_back({source.path, PersonalDataKind::Email,
                            source.text.substr(span.offset, span.length), span.offset});
        for (const TextSpan& span : findPhoneNumbers(source.text))
            hits.push_back({source.path, PersonalDataKind::Phone,
                            source.text.substr(span.offset, span.length), span.offset});
        std::stable_sort(hits.begin() + static_cast<std::ptrdiff_t>(first), hits.end(),
                         [](const PrivacyHit& a, const PrivacyHit& b) { return a.offset < b.offset; });
    }
    return hits;
}

ExportDecision decideExport(bool publicReport, bool allowPersonalData, std::size_t hitCount) {
    if (!publicReport || hitCount == 0 || allowPersonalData) return {};
    return {false, "remove the personal data from these fields, or, only with the consent of the people "
                   "named, export with --allow-personal-data"};
}

} // namespace dlg
