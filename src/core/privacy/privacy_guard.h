// The privacy guard (AVG): finds personal data in the texts that would go into a report.
//
// The rule for reports:
// 1. Writers never insert names from the participant list into the public reports
//    (terugkoppeling, voortgang): no table leaders, no facilitator, no lists of people, only counts.
// 2. Every text a user typed that would go into a report is scanned before export, after
//    composing accents typed separately (NFC) and dropping invisible characters (soft hyphen,
//    zero-width space), for
//    - names of participants: "first [infix] last", "last, first", "Last-First" style joins,
//      "A. [infix] last", and the surname alone ("de Vries", "Demir") when written with a capital
//      and not an ordinary Dutch word ("Bakker", "Visser": see ordinary_words.h); case- and
//      accent-insensitive (Özdemir = ozdemir), whole words only (Jan in "Janssen" is no hit);
//    - e-mail addresses: any address pattern, also written as "naam [at] school [dot] nl",
//      "naam @ gmail.com" or with a fullwidth "＠";
//    - phone numbers: Dutch formats and international numbers written with "+";
//    - citizen service numbers (BSN): nine digits passing the 11-proef in any grouping;
//    - home addresses: a Dutch postcode with a house number.
//    The school's own published contact details (meta.contactEmail, meta.contactPhone) pass.
// 3. Staff act in their role: a staff member's name is allowed as the owner of an action
//    (`actions[i].owner`) and is a hit everywhere else. A parent's name is a hit everywhere.
// 4. A public report with hits is not exported unless the user opts in for this export
//    (`--allow-personal-data`, or the export dialog's confirmation after seeing every hit).
// 5. The intern report is for team and MR only: it is never blocked and always says that it
//    contains personal data.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/model.h"

namespace dlg {

/// One text a user typed that would go into a report, and where it comes from.
struct SourceText {
    std::string path; ///< JSON path in the session, e.g. `outcomes.tables[2].ideas[1]`
    std::string text;
    bool roleField = false; ///< staff act in their role here (action owner): staff names allowed
};

enum class PersonalDataKind { ParentName, StaffName, Email, Phone, Bsn, Address };

/// "naam van een ouder" style words for messages: `language` "nl" or "en".
const char* describe(PersonalDataKind kind, const std::string& language);

struct PrivacyHit {
    std::string path; ///< JSON path of the field, as in SourceText::path
    PersonalDataKind kind = PersonalDataKind::ParentName;
    std::string found;      ///< the matched text exactly as written in the field
    std::size_t offset = 0; ///< byte offset of `found` in the field
};

/// `path: kind "found"` with the JSON path; reports name the place as a person would instead
/// (report_places.h).
std::string describe(const PrivacyHit& hit, const std::string& language);

/// The school's own published contact details: never a hit (meta.contactEmail/contactPhone).
struct SchoolContacts {
    std::string email;
    std::string phone;
};

/// The names of one evening's participants, prepared once so that scanning is one pass per text.
class PrivacyGuard {
  public:
    explicit PrivacyGuard(const std::vector<Participant>& participants, SchoolContacts school = {});
    /// The session's participants and the school's contact details from its meta.
    explicit PrivacyGuard(const Session& session);

    /// Every hit in `texts`, in the order of `texts` and then of position in the text.
    std::vector<PrivacyHit> scan(const std::vector<SourceText>& texts) const;

    /// Number of distinct name spellings looked for.
    std::size_t nameCount() const { return names_.size(); }

  private:
    struct Name {
        std::string folded;  ///< folded spelling, see foldForMatching
        bool parent = false; ///< at least one parent has this name (parents win over staff)
        /// A surname alone: only a hit when the letter at this offset of the spelling is written
        /// as a capital ("de Vries", not "de vries"); npos for every other spelling.
        std::size_t capitalAt = std::string::npos;
    };
    void addName(const std::string& spelling, bool parent, std::size_t capitalAt,
                 std::unordered_map<std::string, std::size_t>& known);
    void scanNames(const SourceText& source, std::vector<PrivacyHit>& hits) const;
    void scanDetails(const SourceText& source, std::vector<PrivacyHit>& hits) const;

    std::vector<Name> names_;
    /// first folded word of a name -> indexes into names_
    std::unordered_map<std::string, std::vector<std::size_t>> byFirstWord_;
    std::string schoolEmail_; ///< canonicalEmail of the school's address, or empty
    std::string schoolPhone_; ///< canonicalPhone of the school's number, or empty
};

/// Whether a report with `hitCount` privacy hits may be exported (rule 4 and 5 above).
struct ExportDecision {
    bool allowed = true;
    std::string reason; ///< why not, in `language`, naming what would allow it; empty when allowed
};

ExportDecision decideExport(bool publicReport, bool allowPersonalData, std::size_t hitCount,
                            const std::string& language = "en");

} // namespace dlg
