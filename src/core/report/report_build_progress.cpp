// voortgang: what happened to the actions since a date, for the newsletter. The session keeps
// no history of status changes, so actions are grouped by their status now and show the
// updates written on or after the date.
#include <algorithm>
#include <array>

#include "core/report/report_builder.h"

namespace dlg::report_detail {
namespace {

/// Finished work first: that is the news parents look for.
constexpr std::array kGroupOrder{ActionStatus::Done, ActionStatus::InProgress, ActionStatus::Planned,
                                 ActionStatus::Proposed, ActionStatus::Dropped};

std::string indexed(const std::string& base, std::size_t i) {
    return base + "[" + std::to_string(i) + "]";
}

/// Indexes of the updates of `action` dated on or after `since`, oldest first.
std::vector<std::size_t> updatesSince(const Action& action, const std::string& since) {
    std::vector<std::size_t> found;
    for (std::size_t u = 0; u < action.updates.size(); ++u)
        if (action.updates[u].date >= since) found.push_back(u);
    std::stable_sort(found.begin(), found.end(), [&](std::size_t a, std::size_t b) {
        return action.updates[a].date < action.updates[b].date;
    });
    return found;
}

} // namespace

void addProgressSections(ReportBuilder& b) {
    const Session& session = b.session;
    const std::string since = b.options.since.empty() ? session.meta.date : b.options.since;
    // Sections are referred to by index: adding a section may move the others.
    const std::size_t intro = b.report.sections.size();
    addParagraph(b.addSection("", 2), b.text("intro.voortgang", {b.date(session.meta.date), b.date(since)}));

    std::vector<std::size_t> changed;
    for (ActionStatus status : kGroupOrder) {
        std::optional<std::size_t> group;
        for (std::size_t i = 0; i < session.actions.size(); ++i) {
            const Action& action = session.actions[i];
            if (action.status != status) continue;
            const std::vector<std::size_t> updates = updatesSince(action, since);
            if (updates.empty()) continue;
            if (!group) {
                group = b.report.sections.size();
                b.addSection(b.text(std::string("statusGroup.") + toString(status)));
            }
            changed.push_back(i);
            const std::string base = indexed("actions", i);
            std::vector<std::string> lines;
            for (std::size_t u : updates) {
                const ProgressUpdate& update = action.updates[u];
                lines.push_back(
                    b.text("progress.update", {b.date(update.date),
                                               b.use(indexed(base + ".updates", u) + ".text", update.text)}));
            }
            if (status == ActionStatus::Dropped && !action.droppedReason.empty())
                lines.push_back(b.text("notDoing.line", {b.statusWord(status), b.use(base + ".droppedReason",
                                                                                     action.droppedReason)}));
            addBullets(
                b.report.sections[*group],
                b.text("progress.actionCaption", {b.useOrUnknown(base + ".title", action.title),
                                                  b.useOrUnknown(base + ".owner", action.owner, true)}),
                std::move(lines));
        }
    }
    if (changed.empty()) addParagraph(b.report.sections[intro], b.text("progress.none", {b.date(since)}));
    std::sort(changed.begin(), changed.end());
    fillActionList(b, changed);
    if (!session.outcomes.keepInTouch.empty())
        addParagraph(b.addSection(b.text("section.keepInTouch")),
                     b.use("outcomes.keepInTouch", session.outcomes.keepInTouch));
}

} // namespace dlg::report_detail
