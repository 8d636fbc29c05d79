#include "app/state/edit_commands.h"

#include <algorithm>

namespace dlg {

ChecklistItem* findChecklistItem(Session& session, const std::string& id) {
    auto it = std::find_if(session.preparation.begin(), session.preparation.end(),
                           [&](const ChecklistItem& item) { return item.id == id; });
    return it == session.preparation.end() ? nullptr : &*it;
}

Theme* findTheme(Session& session, const std::string& id) {
    auto it = std::find_if(session.themes.begin(), session.themes.end(),
                           [&](const Theme& theme) { return theme.id == id; });
    return it == session.themes.end() ? nullptr : &*it;
}

} // namespace dlg
