// Where a text of the session sits, said as a person would say it ("Tafel 1 · Wat gaat goed ·
// punt 1") instead of its JSON path, for the privacy guard's messages in the CLI and the GUI.
#pragma once

#include <string>

#include "core/model/model.h"
#include "core/privacy/privacy_guard.h"

namespace dlg {

/// "Tafel 3" for a table named "3", the name itself for "Tafel 3" or "Table 3"; "Tafel 4" (its
/// position) for a table without a name. `language` "nl" or "en".
std::string tableTitle(const std::string& name, std::size_t index, const std::string& language);

/// The place of the text at JSON `path` (as PrivacyHit::path), in `language`; the path itself
/// when it names no text the program knows.
std::string placeOf(const Session& session, const std::string& path, const std::string& language);

/// `place: kind "found"`, e.g. `Tafel 1 · Ideeën · punt 2: naam van een ouder "Jan de Vries"`.
std::string describeHit(const Session& session, const PrivacyHit& hit, const std::string& language);

} // namespace dlg
