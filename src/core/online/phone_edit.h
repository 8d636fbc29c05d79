// A phone's edit of its table's outcome: read strictly from the request body (every key known,
// every type right, every text within its limit) and applied to the session by a three-way merge.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/model/model.h"
#include "core/online/outcome_merge.h"
#include "core/privacy/privacy_guard_cache.h"

namespace dlg {

/// Limits on what one phone may send (the HTTP body itself is limited to 64 KiB in src/net).
struct PhoneLimits {
    std::size_t listItems = 40; ///< lines per list (goed, lastig, ideeën)
    std::size_t proposals = 30;
    std::size_t itemBytes = 1000; ///< one line, one proposal text, the quote
    std::size_t notesBytes = 4000;
    std::size_t clientIdBytes = 40;
};

/// What a phone sends: the fields as it last received them from the laptop (`base`), the fields
/// as they are on the phone now (`outcome`), and a random id of that browser (to count phones).
struct PhoneEdit {
    std::string client;
    OutcomeFields base;
    OutcomeFields outcome;
};

/// Why a request was refused: `field` names where (`outcome.ideas[3]`), `code` is a word the phone
/// page turns into a Dutch or English sentence (json, missing, unknown, type, too_long, too_many,
/// bad_value), `message` says it in English for logs and tests.
struct PhoneEditError {
    std::string field;
    std::string code;
    std::string message;
};

std::variant<PhoneEdit, PhoneEditError> parsePhoneEdit(std::string_view body, const PhoneLimits& limits = {});

/// Fields as the JSON a phone reads and sends back.
Json fieldsToJson(const OutcomeFields& fields);

struct PhoneWarning {
    std::string field; ///< e.g. `ideas[1]`
    std::string kind;  ///< parentName, staffName, email, phone
};

struct ApplyResult {
    enum Status { Applied, Unchanged, Locked, NoTable } status = NoTable;
    std::size_t conflicts = 0;          ///< true conflicts kept (both texts) by this edit
    std::vector<PhoneWarning> warnings; ///< personal data found in what the phone sent
    std::int64_t revision = 0;
};

/// Merges `edit` into table `tableId`'s outcome (creating it with the table's theme and leader if
/// needed), records conflicts in `session.tablesOnline.conflicts`, gives new proposals ids unique
/// in the evening, counts the revision. A locked table is not changed. The caller saves.
/// `guards`: where the privacy guard of the participants is kept between edits (one is built for
/// this edit without it).
ApplyResult applyPhoneEdit(Session& session, const std::string& tableId, const PhoneEdit& edit,
                           std::int64_t now, PrivacyGuardCache* guards = nullptr);

} // namespace dlg
