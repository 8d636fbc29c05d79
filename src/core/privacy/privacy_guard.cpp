#include "core/privacy/privacy_guard.h"

#include <algorithm>

#include "core/privacy/elfproef.h"
#include "core/privacy/guard_finders.h"
#include "core/privacy/ordinary_words.h"
#include "core/privacy/privacy_guard_text.h"
#include "core/privacy/unicode_text.h"

namespace dlg {
namespace {

/// The folded text up to its first non-word byte: the key names are indexed under.
std::string firstWord(const std::string& folded, std::size_t from = 0) {
    std::size_t end = from;
    while (end < folded.size() && isFoldedWordByte(static_cast<unsigned char>(folded[end])))
        ++end;
    return folded.substr(from, end - from);
}

/// "Ayşe-Demir" and "Jansen-Demir" are written with a hyphen where a name has a space: in folded
/// text a hyphen between two word characters counts as a space (same length, offsets unchanged).
void hyphensAsSpaces(std::string& folded) {
    for (std::size_t i = 1; i + 1 < folded.size(); ++i)
        if (folded[i] == '-' && isFoldedWordByte(static_cast<unsigned char>(folded[i - 1])) &&
            isFoldedWordByte(static_cast<unsigned char>(folded[i + 1])))
            folded[i] = ' ';
}

std::string folded(const std::string& text) {
    std::string result = foldForMatching(text).text;
    hyphensAsSpaces(result);
    while (!result.empty() && result.back() == ' ')
        result.pop_back();
    while (!result.empty() && result.front() == ' ')
        result.erase(0, 1);
    return result;
}

std::string joined(std::initializer_list<std::string> parts, const char* separator = " ") {
    std::string out;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

/// An upper-case letter of ASCII, Latin-1 or Latin Extended-A (where case pairs alternate).
bool isCapital(char32_t c) {
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x100 && c <= 0x17F) {
        const bool oddIsCapital = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        return (c % 2 == 1) == oddIsCapital && c != 0x138 && c != 0x149 && c != 0x17F;
    }
    return false;
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
    case PersonalDataKind::Bsn:
        return en ? "citizen service number (BSN)" : "burgerservicenummer (BSN)";
    case PersonalDataKind::Address:
        return en ? "home address" : "adres";
    }
    return "?";
}

std::string describe(const PrivacyHit& hit, const std::string& language) {
    return hit.path + ": " + describe(hit.kind, language) + " \"" + hit.found + "\"";
}

void PrivacyGuard::addName(const std::string& spelling, bool parent, std::size_t capitalAt,
                           std::unordered_map<std::string, std::size_t>& known) {
    if (spelling.empty()) return;
    auto [it, inserted] = known.emplace(spelling, names_.size());
    if (inserted) {
        byFirstWord_[firstWord(spelling)].push_back(names_.size());
        names_.push_back({spelling, parent, capitalAt});
        return;
    }
    Name& name = names_[it->second];
    name.parent = name.parent || parent;
    // A spelling that is also a full name of someone needs no capital.
    if (capitalAt == std::string::npos) name.capitalAt = std::string::npos;
}

PrivacyGuard::PrivacyGuard(const Session& session)
    : PrivacyGuard(session.participants, {session.meta.contactEmail, session.meta.contactPhone}) {}

PrivacyGuard::PrivacyGuard(const std::vector<Participant>& participants, SchoolContacts school) {
    if (!school.email.empty()) schoolEmail_ = canonicalEmail(school.email);
    if (!school.phone.empty()) schoolPhone_ = canonicalPhone(school.phone);
    std::unordered_map<std::string, std::size_t> known;
    for (const Participant& p : participants) {
        const bool parent = p.role == Role::Parent;
        const std::string first = folded(p.firstName), infix = folded(p.infix), last = folded(p.lastName);
        if (last.empty()) {
            // Without a surname only a full name of two or more words is specific enough.
            if (first.find(' ') != std::string::npos) addName(first, parent, std::string::npos, known);
            continue;
        }
        const std::size_t npos = std::string::npos;
        if (!first.empty()) {
            addName(joined({first, infix, last}), parent, npos, known);
            addName(joined({first, last}), parent, npos, known);
            // As lists and forms write them: "Demir, Ayşe", "de Vries, Jan", "Vries, Jan de".
            addName(joined({joined({infix, last}), first}, ", "), parent, npos, known);
            if (!infix.empty()) addName(joined({last, joined({first, infix})}, ", "), parent, npos, known);
            // With an initial: "A. Demir", "J. de Vries".
            const std::string initial = firstWord(first).substr(0, 1);
            if (!initial.empty() && initial[0] >= 'a' && initial[0] <= 'z')
                addName(joined({initial + ".", infix, last}), parent, npos, known);
        }
        // The surname alone, written as a name is written: "de Vries", "Demir"; not "Bakker".
        const std::string surname = joined({infix, last});
        const bool oneWord = surname.find(' ') == npos;
        if (!oneWord || (last.size() >= 3 && !isOrdinaryDutchWord(last)))
            addName(surname, parent, surname.size() - last.size(), known);
    }
}

void PrivacyGuard::scanNames(const SourceText& source, std::vector<PrivacyHit>& hits) const {
    if (names_.empty()) return;
    FoldedText foldedText = foldForMatching(source.text);
    hyphensAsSpaces(foldedText.text);
    const std::string& text = foldedText.text;
    const std::vector<std::size_t>& origin = foldedText.origin;
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
                if (name.capitalAt != std::string::npos &&
                    !isCapital(decodeUtf8At(source.text, origin[pos + name.capitalAt]).codePoint))
                    continue;
                if (!best || name.folded.size() > best->folded.size()) best = &name;
            }
            if (best && source.roleField && !best->parent) {
                // A staff member named in their role, e.g. "Ayşe Hendriks" as owner: allowed, and
                // a parent's surname inside it ("Hendriks") is part of this name, not a find.
                pos += best->folded.size() - 1;
                continue;
            }
            if (best) {
                const std::size_t from = origin[pos];
                std::size_t to = origin[pos + best->folded.size()];
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

void PrivacyGuard::scanDetails(const SourceText& source, std::vector<PrivacyHit>& hits) const {
    const MappedText plain = plainForDetection(source.text);
    auto add = [&](PersonalDataKind kind, const std::vector<TextSpan>& spans) {
        for (const TextSpan& span : spans) {
            const TextSpan original = plain.original(span);
            const std::string found = source.text.substr(original.offset, original.length);
            if (kind == PersonalDataKind::Email && !schoolEmail_.empty() &&
                canonicalEmail(found) == schoolEmail_)
                continue;
            if (kind == PersonalDataKind::Phone && !schoolPhone_.empty() &&
                canonicalPhone(found) == schoolPhone_)
                continue;
            hits.push_back({source.path, kind, found, original.offset});
        }
    };
    add(PersonalDataKind::Email, findWrittenEmailAddresses(plain.text));
    const std::vector<TextSpan> phones = findPhoneNumbers(plain.text);
    add(PersonalDataKind::Phone, phones);
    // A number already read as a phone number is not also a BSN.
    std::vector<TextSpan> bsns;
    for (const TextSpan& bsn : findBsnNumbers(plain.text)) {
        const bool inPhone = std::any_of(phones.begin(), phones.end(), [&](const TextSpan& phone) {
            return bsn.offset < phone.offset + phone.length && phone.offset < bsn.offset + bsn.length;
        });
        if (!inPhone) bsns.push_back(bsn);
    }
    add(PersonalDataKind::Bsn, bsns);
    add(PersonalDataKind::Address, findDutchAddresses(plain.text));
}

std::vector<PrivacyHit> PrivacyGuard::scan(const std::vector<SourceText>& texts) const {
    std::vector<PrivacyHit> hits;
    for (const SourceText& source : texts) {
        const std::size_t first = hits.size();
        scanNames(source, hits);
        scanDetails(source, hits);
        std::stable_sort(hits.begin() + static_cast<std::ptrdiff_t>(first), hits.end(),
                         [](const PrivacyHit& a, const PrivacyHit& b) { return a.offset < b.offset; });
    }
    return hits;
}

ExportDecision decideExport(bool publicReport, bool allowPersonalData, std::size_t hitCount,
                            const std::string& language) {
    if (!publicReport || hitCount == 0 || allowPersonalData) return {};
    if (language == "en")
        return {false, "remove the personal data from these fields, or, only with the consent of the people "
                       "named, export with --allow-personal-data"};
    return {false, "haal de persoonsgegevens uit deze velden, of exporteer alleen met toestemming van wie "
                   "genoemd wordt met --allow-personal-data"};
}

} // namespace dlg
