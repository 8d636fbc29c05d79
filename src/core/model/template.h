// New evenings from a draaiboek template (a session file without people or results).
#pragma once

#include <filesystem>
#include <string>

#include "core/model/model.h"

namespace dlg {

struct NewSessionOptions {
    std::string title; ///< empty keeps the template's title
    std::string date;  ///< YYYY-MM-DD; empty keeps the template's
    std::string start; ///< HH:MM; empty keeps the template's
};

/// A fresh session: the template's plan, themes, checklist and guidance; no people, no run log,
/// no outcomes.
Session sessionFromTemplate(const Session& templateSession, const NewSessionOptions& options);

} // namespace dlg
