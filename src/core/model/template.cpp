#include "core/model/template.h"

namespace dlg {

Session sessionFromTemplate(const Session& templateSession, const NewSessionOptions& options) {
    Session session = templateSession;
    session.participants.clear();
    session.tables.clear();
    session.assignment = Assignment{};
    session.run = RunLog{};
    session.outcomes = Outcomes{};
    session.actions.clear();
    for (ChecklistItem& item : session.preparation) item.done = false;
    if (!options.title.empty()) session.meta.title = options.title;
    if (!options.date.empty()) session.meta.date = options.date;
    if (!options.start.empty()) session.meta.start = options.start;
    return session;
}

} // namespace dlg
