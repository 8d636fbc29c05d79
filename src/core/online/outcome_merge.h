// Three-way merge of a table's outcome: what a phone last saw (base), what it sends now (phone) and
// what the laptop has now (laptop). Per list item and per field; nothing typed on either side is
// dropped: a true conflict (the same text changed differently on both sides) keeps both texts.
#pragma once

#include <string>
#include <vector>

#include "core/model/model.h"

namespace dlg {

/// The outcome fields a phone may edit (the same fields as the Opbrengsten screen). Votes,
/// leader and theme stay the laptop's.
struct ProposalFields {
    std::string id;
    std::string text;
    std::string by;
    std::string form;
    bool operator==(const ProposalFields&) const = default;
};

struct OutcomeFields {
    std::vector<std::string> goesWell;
    std::vector<std::string> difficult;
    std::vector<std::string> ideas;
    std::vector<ProposalFields> proposals;
    std::string quote;
    std::string notes;
    bool operator==(const OutcomeFields&) const = default;
};

/// One true conflict found by the merge; both texts are in the merged result.
struct MergeConflict {
    std::string field; ///< goesWell, difficult, ideas, proposals, quote, notes
    std::string laptopText;
    std::string phoneText;
};

struct MergeResult {
    OutcomeFields merged;
    std::vector<MergeConflict> conflicts;
};

/// The line that separates the laptop's and the phone's text of a conflicting quote or note.
inline constexpr const char* kConflictSeparator = "\n--- ook van telefoon ---\n";

MergeResult mergeOutcome(const OutcomeFields& base, const OutcomeFields& phone, const OutcomeFields& laptop);

/// The editable fields of `outcome`, and writing them back (votes of kept proposals are kept).
OutcomeFields fieldsOf(const TableOutcome& outcome);
void storeFields(TableOutcome& outcome, const OutcomeFields& fields);

} // namespace dlg
