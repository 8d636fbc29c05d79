#include "core/online/phone_view.h"

#include <algorithm>

#include "core/online/join_tokens.h"
#include "core/online/outcome_merge.h"
#include "core/online/phone_edit.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_state.h"

namespace dlg {

Json phoneView(const Session& session, const std::string& tableId, std::int64_t now) {
    const auto table = std::find_if(session.tables.begin(), session.tables.end(),
                                    [&](const Table& t) { return t.id == tableId; });
    if (table == session.tables.end()) return nullptr;
    Json view = Json::object();
    view["language"] = session.meta.language == "en" ? "en" : "nl";
    view["eveningTitle"] = session.meta.title;
    view["table"] = table->name;
    std::string leader;
    for (const Participant& person : session.participants)
        if (person.id == table->leaderId) leader = person.firstName; // first name only (privacy)
    view["leader"] = leader;
    Json theme = {{"title", ""}, {"description", ""}, {"questions", Json::array()}};
    for (const Theme& t : session.themes)
        if (t.id == table->themeId)
            theme = {{"title", t.title}, {"description", t.description}, {"questions", t.questions}};
    view["theme"] = theme;

    Json phase = nullptr;
    Problems ignored;
    if (const std::optional<Plan> plan = planForSession(session, ignored)) {
        const RunState run = deriveRunState(*plan, session.run, RunClock{now, 0});
        if (run.live() && run.current && *run.current < session.phases.size()) {
            phase = {{"title", session.phases[*run.current].title},
                     {"remainingSeconds", run.remainingSeconds},
                     {"paused", run.status == RunStatus::Paused}};
        }
    }
    view["phase"] = phase;

    const TableAccess* access = findAccess(session.tablesOnline, tableId);
    view["locked"] = access && access->locked;
    view["revision"] = access ? access->revision : 0;
    TableOutcome empty;
    const TableOutcome* outcome = &empty;
    for (const TableOutcome& o : session.outcomes.tables)
        if (o.tableId == tableId) outcome = &o;
    view["outcome"] = fieldsToJson(fieldsOf(*outcome));
    return view;
}

} // namespace dlg
