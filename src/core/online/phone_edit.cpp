#include "core/online/phone_edit.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/model/json_strict.h"
#include "core/model/utf8.h"
#include "core/online/join_tokens.h"
#include "core/privacy/privacy_guard.h"

namespace dlg {
namespace {

struct Refusal {
    PhoneEditError error;
};

[[noreturn]] void refuse(std::string field, std::string code, std::string message) {
    throw Refusal{{std::move(field), std::move(code), std::move(message)}};
}

// A phone may send any key; only a short, plain one is echoed, so a refusal stays small and never
// repeats free text (which could hold a name) back into a log or a response.
[[noreturn]] void refuseUnknownKey(const std::string& at, const std::string& key) {
    const bool plain = !key.empty() && key.size() <= 40 && std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
    });
    const std::string shown = plain ? key : "(" + std::to_string(key.size()) + " bytes)";
    refuse(at.empty() ? shown : at + "." + shown, "unknown",
           "unknown key " + (plain ? "\"" + key + "\"" : shown));
}

void onlyKeys(const nlohmann::json& object, const std::string& at, std::initializer_list<const char*> keys) {
    if (!object.is_object()) refuse(at, "type", at + " must be an object");
    for (const auto& [key, value] : object.items()) {
        (void)value;
        const std::string& name = key; // clang 14 cannot capture a structured binding
        if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return name == k; }))
            refuseUnknownKey(at, key);
    }
    for (const char* key : keys)
        if (!object.contains(key))
            refuse(at.empty() ? key : at + "." + key, "missing", std::string(key) + " is missing");
}

std::string readText(const nlohmann::json& value, const std::string& at, std::size_t maxBytes) {
    if (!value.is_string()) refuse(at, "type", at + " must be text");
    std::string text = value.get<std::string>();
    if (text.size() > maxBytes)
        refuse(at, "too_long", at + " is longer than " + std::to_string(maxBytes) + " bytes");
    if (!isValidUtf8(text) || text.find('\0') != std::string::npos)
        refuse(at, "bad_value", at + " is not valid text");
    return text;
}

std::vector<std::string> readLines(const nlohmann::json& value, const std::string& at,
                                   const PhoneLimits& limits) {
    if (!value.is_array()) refuse(at, "type", at + " must be a list of texts");
    if (value.size() > limits.listItems)
        refuse(at, "too_many", at + " has more than " + std::to_string(limits.listItems) + " lines");
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < value.size(); ++i)
        lines.push_back(readText(value[i], at + "[" + std::to_string(i) + "]", limits.itemBytes));
    return lines;
}

bool isIdText(const std::string& id) {
    return !id.empty() && id.size() <= 40 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

OutcomeFields readFields(const nlohmann::json& value, const std::string& at, const PhoneLimits& limits) {
    onlyKeys(value, at, {"goesWell", "difficult", "ideas", "proposals", "quote", "notes"});
    OutcomeFields fields;
    fields.goesWell = readLines(value["goesWell"], at + ".goesWell", limits);
    fields.difficult = readLines(value["difficult"], at + ".difficult", limits);
    fields.ideas = readLines(value["ideas"], at + ".ideas", limits);
    fields.quote = readText(value["quote"], at + ".quote", limits.itemBytes);
    fields.notes = readText(value["notes"], at + ".notes", limits.notesBytes);
    const nlohmann::json& proposals = value["proposals"];
    const std::string pat = at + ".proposals";
    if (!proposals.is_array()) refuse(pat, "type", pat + " must be a list");
    if (proposals.size() > limits.proposals)
        refuse(pat, "too_many", pat + " has more than " + std::to_string(limits.proposals) + " proposals");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        const std::string pi = pat + "[" + std::to_string(i) + "]";
        onlyKeys(proposals[i], pi, {"id", "text", "by", "form"});
        ProposalFields p;
        p.id = readText(proposals[i]["id"], pi + ".id", 40);
        if (!isIdText(p.id)) refuse(pi + ".id", "bad_value", pi + ".id must be 1-40 of a-z, 0-9, -");
        if (!seen.insert(p.id).second) refuse(pi + ".id", "bad_value", pi + ".id is used twice");
        p.text = readText(proposals[i]["text"], pi + ".text", limits.itemBytes);
        p.by = readText(proposals[i]["by"], pi + ".by", 20);
        if (!p.by.empty() && p.by != "school" && p.by != "ouders" && p.by != "samen")
            refuse(pi + ".by", "bad_value", pi + ".by must be school, ouders, samen or empty");
        p.form = readText(proposals[i]["form"], pi + ".form", 20);
        if (!p.form.empty() &&
            std::find(kPartnershipForms.begin(), kPartnershipForms.end(), p.form) == kPartnershipForms.end())
            refuse(pi + ".form", "bad_value", pi + ".form is not a form of partnership");
        fields.proposals.push_back(std::move(p));
    }
    return fields;
}

const char* kindWord(PersonalDataKind kind) {
    switch (kind) {
    case PersonalDataKind::ParentName:
        return "parentName";
    case PersonalDataKind::StaffName:
        return "staffName";
    case PersonalDataKind::Email:
        return "email";
    case PersonalDataKind::Phone:
        return "phone";
    case PersonalDataKind::Bsn:
        return "bsn";
    case PersonalDataKind::Address:
        return "address";
    }
    return "parentName";
}

std::vector<PhoneWarning> privacyWarnings(const PrivacyGuard& guard, const OutcomeFields& fields) {
    std::vector<SourceText> texts;
    auto addList = [&](const char* name, const std::vector<std::string>& lines) {
        for (std::size_t i = 0; i < lines.size(); ++i)
            texts.push_back({std::string(name) + "[" + std::to_string(i) + "]", lines[i]});
    };
    addList("goesWell", fields.goesWell);
    addList("difficult", fields.difficult);
    addList("ideas", fields.ideas);
    for (std::size_t i = 0; i < fields.proposals.size(); ++i)
        texts.push_back({"proposals[" + std::to_string(i) + "]", fields.proposals[i].text});
    texts.push_back({"quote", fields.quote});
    texts.push_back({"notes", fields.notes});
    std::vector<PhoneWarning> warnings;
    // The phone is told where and what kind, never the matched name (it may not know it yet).
    for (const PrivacyHit& hit : guard.scan(texts))
        warnings.push_back({hit.path, kindWord(hit.kind)});
    return warnings;
}

} // namespace

std::variant<PhoneEdit, PhoneEditError> parsePhoneEdit(std::string_view body, const PhoneLimits& limits) {
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(body); // strict: no comments, no trailing commas, valid UTF-8
    } catch (const nlohmann::json::parse_error& e) {
        return PhoneEditError{"", "json",
                              "not valid JSON at byte " + std::to_string(e.byte) + ": " +
                                  jsonParseReason(e.what())};
    } catch (const nlohmann::json::exception&) {
        // Only a number too large for a double gets here; nlohmann's message echoes all its digits.
        return PhoneEditError{"", "json", "not valid JSON: a number is out of range"};
    }
    try {
        onlyKeys(document, "", {"client", "base", "outcome"});
        PhoneEdit edit;
        edit.client = readText(document["client"], "client", limits.clientIdBytes);
        if (!isIdText(edit.client)) refuse("client", "bad_value", "client must be 1-40 of a-z, 0-9, -");
        edit.base = readFields(document["base"], "base", limits);
        edit.outcome = readFields(document["outcome"], "outcome", limits);
        return edit;
    } catch (const Refusal& refusal) {
        return refusal.error;
    }
}

Json fieldsToJson(const OutcomeFields& fields) {
    Json j = Json::object();
    j["goesWell"] = fields.goesWell;
    j["difficult"] = fields.difficult;
    j["ideas"] = fields.ideas;
    Json proposals = Json::array();
    for (const ProposalFields& p : fields.proposals)
        proposals.push_back({{"id", p.id}, {"text", p.text}, {"by", p.by}, {"form", p.form}});
    j["proposals"] = std::move(proposals);
    j["quote"] = fields.quote;
    j["notes"] = fields.notes;
    return j;
}

ApplyResult applyPhoneEdit(Session& session, const std::string& tableId, const PhoneEdit& edit,
                           std::int64_t now, PrivacyGuardCache* guards) {
    ApplyResult result;
    const auto table = std::find_if(session.tables.begin(), session.tables.end(),
                                    [&](const Table& t) { return t.id == tableId; });
    TableAccess* access = findAccess(session.tablesOnline, tableId);
    if (table == session.tables.end() || !access) return result;
    result.revision = access->revision;
    if (access->locked) {
        result.status = ApplyResult::Locked;
        return result;
    }
    PrivacyGuardCache once;
    result.warnings = privacyWarnings((guards ? *guards : once).guardFor(session.participants), edit.outcome);
    auto outcome = std::find_if(session.outcomes.tables.begin(), session.outcomes.tables.end(),
                                [&](const TableOutcome& o) { return o.tableId == tableId; });
    TableOutcome fresh;
    const TableOutcome& current = outcome != session.outcomes.tables.end() ? *outcome : fresh;
    MergeResult merge = mergeOutcome(edit.base, edit.outcome, fieldsOf(current));

    // Proposal ids are unique in the whole evening: a new one from the phone that clashes with
    // another table's (or has none, after a conflict) gets a fresh `pr-NN`.
    std::vector<std::string> taken;
    for (const TableOutcome& other : session.outcomes.tables)
        if (other.tableId != tableId)
            for (const ProposedAction& p : other.proposals)
                taken.push_back(p.id);
    std::set<std::string> used;
    for (ProposalFields& p : merge.merged.proposals) {
        if (p.id.empty() || std::find(taken.begin(), taken.end(), p.id) != taken.end() || used.count(p.id)) {
            std::vector<std::string> all = taken;
            all.insert(all.end(), used.begin(), used.end());
            for (const ProposalFields& q : merge.merged.proposals)
                all.push_back(q.id);
            p.id = nextId("pr", all);
        }
        used.insert(p.id);
    }

    if (merge.merged == fieldsOf(current)) {
        result.status = ApplyResult::Unchanged;
        return result;
    }
    if (outcome == session.outcomes.tables.end()) {
        TableOutcome created;
        created.tableId = tableId;
        created.themeId = table->themeId;
        for (const Participant& person : session.participants) {
            if (person.id != table->leaderId) continue;
            created.leader = person.firstName;
            for (const std::string* part : {&person.infix, &person.lastName})
                if (!part->empty()) created.leader += (created.leader.empty() ? "" : " ") + *part;
        }
        session.outcomes.tables.push_back(std::move(created));
        outcome = session.outcomes.tables.end() - 1;
    }
    storeFields(*outcome, merge.merged);
    for (const MergeConflict& c : merge.conflicts)
        session.tablesOnline.conflicts.push_back(
            {tableId, c.field, c.laptopText, c.phoneText, now, Json::object()});
    access = findAccess(session.tablesOnline, tableId);
    access->revision += 1;
    access->lastEditAt = now;
    result.status = ApplyResult::Applied;
    result.conflicts = merge.conflicts.size();
    result.revision = access->revision;
    return result;
}

} // namespace dlg
