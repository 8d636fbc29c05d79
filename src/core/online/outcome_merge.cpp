#include "core/online/outcome_merge.h"

#include <algorithm>
#include <map>
#include <optional>

namespace dlg {
namespace {

/// What one side did to one base item of a text list.
struct ItemFate {
    enum Kind { Kept, Deleted, Replaced } kind = Kept;
    std::string text; ///< for Replaced
};

/// One side's edit of a text list, expressed against the base: a fate per base item and the items
/// inserted before each base position (slot n: at the end).
struct ListDiff {
    std::vector<ItemFate> fates;
    std::vector<std::vector<std::string>> inserts;
};

/// Longest common subsequence alignment; within each run of changes, deleted and inserted items are
/// paired in order as replacements (an edited line), the rest stay deletions or insertions.
ListDiff diffList(const std::vector<std::string>& base, const std::vector<std::string>& side) {
    const std::size_t n = base.size(), m = side.size();
    std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            lcs[i][j] = base[i] == side[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    ListDiff diff;
    diff.fates.resize(n);
    diff.inserts.resize(n + 1);
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && base[i] == side[j]) {
            ++i, ++j;
            continue;
        }
        std::vector<std::size_t> deleted;
        std::vector<std::string> inserted;
        while ((i < n || j < m) && !(i < n && j < m && base[i] == side[j])) {
            if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]))
                inserted.push_back(side[j++]);
            else
                deleted.push_back(i++);
        }
        const std::size_t paired = std::min(deleted.size(), inserted.size());
        for (std::size_t k = 0; k < deleted.size(); ++k)
            diff.fates[deleted[k]] =
                k < paired ? ItemFate{ItemFate::Replaced, inserted[k]} : ItemFate{ItemFate::Deleted, {}};
        for (std::size_t k = paired; k < inserted.size(); ++k)
            diff.inserts[i].push_back(inserted[k]);
    }
    return diff;
}

bool contains(const std::vector<std::string>& list, const std::string& text) {
    return std::find(list.begin(), list.end(), text) != list.end();
}

std::vector<std::string> mergeList(const char* field, const std::vector<std::string>& base,
                                   const std::vector<std::string>& phone,
                                   const std::vector<std::string>& laptop,
                                   std::vector<MergeConflict>& conflicts) {
    if (phone == base) return laptop;
    if (laptop == base || laptop == phone) return phone;
    const ListDiff mine = diffList(base, laptop), theirs = diffList(base, phone);
    std::vector<std::string> merged;
    for (std::size_t i = 0; i <= base.size(); ++i) {
        for (const std::string& text : mine.inserts[i])
            merged.push_back(text);
        // The same insertion on both sides (a phone resending after a lost acknowledgement, or a
        // second phone typing the same line) is one line.
        for (const std::string& text : theirs.inserts[i])
            if (!contains(mine.inserts[i], text)) merged.push_back(text);
        if (i == base.size()) break;
        const ItemFate &l = mine.fates[i], &p = theirs.fates[i];
        using K = ItemFate;
        if (l.kind == K::Kept && p.kind == K::Kept)
            merged.push_back(base[i]);
        else if (l.kind == K::Replaced && p.kind != K::Replaced)
            merged.push_back(l.text); // edit beats delete
        else if (p.kind == K::Replaced && l.kind != K::Replaced)
            merged.push_back(p.text);
        else if (l.kind == K::Replaced && p.kind == K::Replaced) {
            merged.push_back(l.text);
            const bool alreadyThere = l.text == p.text || contains(mine.inserts[i], p.text) ||
                                      contains(mine.inserts[i + 1], p.text);
            if (!alreadyThere) {
                merged.push_back(p.text);
                conflicts.push_back({field, l.text, p.text});
            }
        }
        // Deleted on one side and kept, or deleted on both: gone.
    }
    return merged;
}

std::string mergeText(const char* field, const std::string& base, const std::string& phone,
                      const std::string& laptop, std::vector<MergeConflict>& conflicts) {
    if (phone == base) return laptop;
    if (laptop == base || laptop == phone) return phone;
    const std::string kept = kConflictSeparator + phone;
    if (laptop.size() >= kept.size() && laptop.compare(laptop.size() - kept.size(), kept.size(), kept) == 0)
        return laptop; // this conflict was already kept (the phone resends after a lost acknowledgement)
    conflicts.push_back({field, laptop, phone});
    return laptop + kept;
}

/// A choice field (by, form): the side that changed it wins; both changed differently: the
/// laptop's choice stays and the phone's is reported.
std::string mergeChoice(const std::string& base, const std::string& phone, const std::string& laptop,
                        bool& clash) {
    if (phone == base) return laptop;
    if (laptop == base || laptop == phone) return phone;
    clash = true;
    return laptop;
}

std::vector<ProposalFields> mergeProposals(const std::vector<ProposalFields>& base,
                                           const std::vector<ProposalFields>& phone,
                                           const std::vector<ProposalFields>& laptop,
                                           std::vector<MergeConflict>& conflicts) {
    if (phone == base) return laptop;
    if (laptop == base || laptop == phone) return phone;
    auto byId = [](const std::vector<ProposalFields>& list) {
        std::map<std::string, const ProposalFields*> index;
        for (const ProposalFields& p : list)
            index.emplace(p.id, &p);
        return index;
    };
    const auto baseById = byId(base), phoneById = byId(phone), laptopById = byId(laptop);
    std::vector<ProposalFields> merged;
    for (const ProposalFields& mine : laptop) {
        const auto b = baseById.find(mine.id);
        const auto p = phoneById.find(mine.id);
        if (p == phoneById.end()) {
            // Deleted on the phone: gone, unless the laptop changed it since (an edit beats a delete).
            if (b == baseById.end() || !(*b->second == mine)) merged.push_back(mine);
            continue;
        }
        const ProposalFields& theirs = *p->second;
        // Not in what the phone saw, yet both have it: a resend after a lost acknowledgement.
        // Without a common version, the phone's own copy is the base for the choices.
        const ProposalFields& common = b != baseById.end() ? *b->second : theirs;
        ProposalFields result = mine;
        bool clash = false;
        result.by = mergeChoice(common.by, theirs.by, mine.by, clash);
        result.form = mergeChoice(common.form, theirs.form, mine.form, clash);
        const std::string baseText = b != baseById.end() ? b->second->text : std::string();
        if (theirs.text == baseText || mine.text == baseText || mine.text == theirs.text) {
            result.text = theirs.text == baseText ? mine.text : theirs.text;
            merged.push_back(result);
        } else {
            // Both changed the text: the laptop's proposal stays and the phone's text becomes a
            // proposal of its own (no id yet: the caller gives it one).
            merged.push_back(result);
            merged.push_back({"", theirs.text, theirs.by, theirs.form});
            conflicts.push_back({"proposals", mine.text, theirs.text});
        }
        if (clash)
            conflicts.push_back({"proposals", mine.by + " / " + mine.form, theirs.by + " / " + theirs.form});
    }
    for (const ProposalFields& theirs : phone) {
        if (laptopById.count(theirs.id)) continue;
        const auto b = baseById.find(theirs.id);
        // Deleted on the laptop: gone, unless the phone changed it since.
        if (b != baseById.end() && *b->second == theirs) continue;
        merged.push_back(theirs);
    }
    return merged;
}

} // namespace

MergeResult mergeOutcome(const OutcomeFields& base, const OutcomeFields& phone, const OutcomeFields& laptop) {
    MergeResult result;
    auto& c = result.conflicts;
    result.merged.goesWell = mergeList("goesWell", base.goesWell, phone.goesWell, laptop.goesWell, c);
    result.merged.difficult = mergeList("difficult", base.difficult, phone.difficult, laptop.difficult, c);
    result.merged.ideas = mergeList("ideas", base.ideas, phone.ideas, laptop.ideas, c);
    result.merged.proposals = mergeProposals(base.proposals, phone.proposals, laptop.proposals, c);
    result.merged.quote = mergeText("quote", base.quote, phone.quote, laptop.quote, c);
    result.merged.notes = mergeText("notes", base.notes, phone.notes, laptop.notes, c);
    return result;
}

OutcomeFields fieldsOf(const TableOutcome& outcome) {
    OutcomeFields fields{outcome.goesWell, outcome.difficult, outcome.ideas, {},
                         outcome.quote,    outcome.notes};
    for (const ProposedAction& p : outcome.proposals)
        fields.proposals.push_back({p.id, p.text, p.by, p.form});
    return fields;
}

void storeFields(TableOutcome& outcome, const OutcomeFields& fields) {
    outcome.goesWell = fields.goesWell;
    outcome.difficult = fields.difficult;
    outcome.ideas = fields.ideas;
    outcome.quote = fields.quote;
    outcome.notes = fields.notes;
    std::vector<ProposedAction> proposals;
    for (const ProposalFields& p : fields.proposals) {
        ProposedAction action;
        for (const ProposedAction& old : outcome.proposals)
            if (!p.id.empty() && old.id == p.id) action = old; // keeps votes and unknown keys
        action.id = p.id;
        action.text = p.text;
        action.by = p.by;
        action.form = p.form;
        proposals.push_back(std::move(action));
    }
    outcome.proposals = std::move(proposals);
}

} // namespace dlg
