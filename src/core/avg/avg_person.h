// Finding one person of an evening (by id or by name) and every place in the session that still
// refers to them: typed texts that name them, fields that hold them in a role, and raw JSON
// references to their id (also in keys a newer version wrote).
#pragma once

#include <string>
#include <vector>

#include "core/model/model.h"

namespace dlg::avg {

/// "first infix last", the way people write the name.
std::string personName(const Participant& person);

/// The participants `query` names: the one whose id it is; else those whose name equals it
/// (case- and accent-insensitive, with or without infix); else those whose name contains every
/// word of it as a whole word. More than one result means the query is ambiguous.
std::vector<const Participant*> findPeople(const Session& session, const std::string& query);

/// "p-014  Ayşe Demir (ouder, groep 3)": one line to tell candidates apart.
std::string describeCandidate(const Participant& person, const std::string& language);

/// A text typed into the session, with its JSON path and its place as a person would say it.
struct PlacedText {
    std::string path;  ///< `outcomes.tables[0].goesWell[1]`
    std::string place; ///< "Tafel 1: Huiswerk · Wat gaat goed · punt 2"
    std::string text;
    bool roleField = false; ///< holds a person in a role (owner, facilitator, leader, who)
};

/// Every text typed into the session that may name a person (meta.facilitator, checklist,
/// draaiboek, outcomes, actions), with places in `language`.
std::vector<PlacedText> typedTexts(const Session& session, const std::string& language);

/// A place where a typed text names a person or holds their e-mail address.
struct Mention {
    std::string path;
    std::string place;
    std::string found; ///< the matched text as written
    std::string text;  ///< the whole field
    bool roleField = false;
};

/// Every place in the typed texts that names `person` (full name, with or without infix, as the
/// privacy guard matches) or contains their e-mail address.
std::vector<Mention> findMentions(const Session& session, const Participant& person, const std::string& language);

/// True when a field holding a person in a role names `person`: the name alone, or the name
/// followed by " (function)" as the owner picker writes it.
bool roleFieldNames(const std::string& field, const Participant& person);

/// The word that replaces a person in a role field: their function, else "medewerker"/"ouder".
std::string roleWord(const Participant& person, const std::string& language);

/// JSON paths in `document` where `id` is a text value or an object key.
std::vector<std::string> idReferences(const Json& document, const std::string& id);

/// The table's place as a person says it: its name, else "tafel N" (N its position in the list).
std::string tablePlace(const Session& session, const std::string& tableId, const std::string& language);

/// 1-based position of the table in the session's list; 0 when unknown.
std::size_t tableNumber(const Session& session, const std::string& tableId);

} // namespace dlg::avg
