// The sections of terugkoppeling, which intern reuses: the evening, what we heard, per theme,
// what the school will do, and how we go on.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/model/paths.h"
#include "core/report/report_builder.h"

namespace dlg::report_detail {
namespace {

std::string indexed(const std::string& base, std::size_t i) {
    return base + "[" + std::to_string(i) + "]";
}

struct PlacedProposal {
    const ProposedAction* proposal = nullptr;
    std::string path; ///< `outcomes.tables[i].proposals[j]`
};

/// Most votes first; equal votes keep the order of the session.
void rankByVotes(std::vector<PlacedProposal>& proposals) {
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const PlacedProposal& a, const PlacedProposal& b) {
                         return a.proposal->votes > b.proposal->votes;
                     });
}

std::vector<PlacedProposal> proposalsOf(const Session& session,
                                        const std::vector<std::size_t>& outcomeIndexes) {
    std::vector<PlacedProposal> found;
    for (std::size_t t : outcomeIndexes) {
        const auto& proposals = session.outcomes.tables[t].proposals;
        for (std::size_t p = 0; p < proposals.size(); ++p)
            found.push_back({&proposals[p], indexed(indexed("outcomes.tables", t) + ".proposals", p)});
    }
    return found;
}

std::vector<std::string> proposalLines(ReportBuilder& b, std::vector<PlacedProposal> proposals) {
    rankByVotes(proposals);
    std::vector<std::string> lines;
    for (const PlacedProposal& placed : proposals) {
        if (placed.proposal->text.empty()) continue;
        lines.push_back(b.text("proposal.line", {b.use(placed.path + ".text", placed.proposal->text),
                                                 b.count(placed.proposal->votes, "count.vote")}));
    }
    return lines;
}

std::vector<std::string> usedList(ReportBuilder& b, const std::string& path,
                                  const std::vector<std::string>& items) {
    std::vector<std::string> used;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].empty()) used.push_back(b.use(indexed(path, i), items[i]));
    return used;
}

/// Every proposal of the evening by its id, so actions find their source in one look-up.
std::unordered_map<std::string, PlacedProposal> proposalsById(const Session& session) {
    std::vector<std::size_t> allTables(session.outcomes.tables.size());
    for (std::size_t t = 0; t < allTables.size(); ++t)
        allTables[t] = t;
    std::unordered_map<std::string, PlacedProposal> byId;
    for (PlacedProposal& placed : proposalsOf(session, allTables))
        if (!placed.proposal->id.empty()) byId.emplace(placed.proposal->id, std::move(placed));
    return byId;
}

/// The newest progress update of an action (the later one in the list on equal dates).
const ProgressUpdate* latestUpdate(const Action& action, std::size_t* index) {
    const ProgressUpdate* latest = nullptr;
    for (std::size_t u = 0; u < action.updates.size(); ++u) {
        if (!latest || action.updates[u].date >= latest->date) {
            latest = &action.updates[u];
            *index = u;
        }
    }
    return latest;
}

} // namespace

void addEveningSection(ReportBuilder& b) {
    int parentsPresent = 0, staffPresent = 0, parentsRegistered = 0, staffRegistered = 0;
    for (const Participant& p : b.session.participants) {
        const bool parent = p.role == Role::Parent;
        if (p.present) ++(parent ? parentsPresent : staffPresent);
        if (p.rsvp == Rsvp::Registered) ++(parent ? parentsRegistered : staffRegistered);
    }
    // Before anyone is checked in, the registrations are the best count there is.
    const bool checkedIn = parentsPresent + staffPresent > 0;
    ReportSection& section = b.addSection(b.text("section.evening"));
    const int parents = checkedIn ? parentsPresent : parentsRegistered;
    const int staff = checkedIn ? staffPresent : staffRegistered;
    addParagraph(section, b.text(checkedIn ? "evening.present" : "evening.registered",
                                 {b.count(parents, "count.parent"), b.count(staff, "count.staff")}));
    if (!b.session.meta.location.empty())
        addParagraph(section, b.text("evening.where", {b.use("meta.location", b.session.meta.location)}));
}

void addHeardSection(ReportBuilder& b) {
    const Outcomes& outcomes = b.session.outcomes;
    ReportSection& section = b.addSection(b.text("section.heard"));
    addBullets(section, "", usedList(b, "outcomes.summaryPoints", outcomes.summaryPoints));
    addBullets(section, b.text("label.closing"),
               usedList(b, "outcomes.closingPoints", outcomes.closingPoints));
    if (section.blocks.empty()) addParagraph(section, b.text("empty"));
}

void addThemeSections(ReportBuilder& b) {
    const auto& outcomes = b.session.outcomes.tables;
    if (outcomes.empty()) return;
    // Themes in the order of the session; outcomes without a known theme last, under "Overig".
    std::vector<std::vector<std::size_t>> byTheme(b.session.themes.size() + 1);
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const int theme = b.themeIndex(b.outcomeThemeId(i));
        byTheme[theme < 0 ? b.session.themes.size() : static_cast<std::size_t>(theme)].push_back(i);
    }
    b.addSection(b.text("section.themes"));
    for (std::size_t k = 0; k < byTheme.size(); ++k) {
        const std::vector<std::size_t>& tables = byTheme[k];
        if (tables.empty()) continue;
        const bool known = k < b.session.themes.size();
        const std::string heading = known && !b.session.themes[k].title.empty()
                                        ? b.use(indexed("themes", k) + ".title", b.session.themes[k].title)
                                        : b.text("theme.other");
        ReportSection& section = b.addSection(heading, 3);
        std::vector<std::string> goesWell, difficult, ideas;
        for (std::size_t t : tables) {
            const std::string base = indexed("outcomes.tables", t);
            for (auto& line : usedList(b, base + ".goesWell", outcomes[t].goesWell))
                goesWell.push_back(line);
            for (auto& line : usedList(b, base + ".difficult", outcomes[t].difficult))
                difficult.push_back(line);
            for (auto& line : usedList(b, base + ".ideas", outcomes[t].ideas))
                ideas.push_back(line);
        }
        addBullets(section, b.text("label.goesWell"), std::move(goesWell));
        addBullets(section, b.text("label.difficult"), std::move(difficult));
        addBullets(section, b.text("label.ideas"), std::move(ideas));
        addBullets(section, b.text("label.proposals"), proposalLines(b, proposalsOf(b.session, tables)));
        if (section.blocks.empty()) addParagraph(section, b.text("empty"));
    }
}

void addSchoolWillSections(ReportBuilder& b, bool internal) {
    const auto& actions = b.session.actions;
    ReportSection& willDo = b.addSection(b.text("section.schoolWill"));
    ReportBlock table;
    table.kind = BlockKind::Table;
    table.table.header = {b.text("column.action"), b.text("column.owner"), b.text("column.planned"),
                          b.text("column.status")};
    table.table.columns = {ColumnContent::Text, ColumnContent::Name, ColumnContent::Date, ColumnContent::Short};
    if (internal) {
        table.table.header.push_back(b.text("column.lastUpdate"));
        table.table.columns.push_back(ColumnContent::Text);
    }
    std::vector<std::string> notDoing;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const Action& action = actions[i];
        const std::string base = indexed("actions", i);
        if (action.status == ActionStatus::Dropped) {
            notDoing.push_back(
                b.text("notDoing.line", {b.useOrUnknown(base + ".title", action.title),
                                         b.useOrUnknown(base + ".droppedReason", action.droppedReason)}));
            continue;
        }
        // A planned date reads like every other date of the report ("23 januari 2027").
        const std::string planned = b.useOrUnknown(base + ".planned", action.planned);
        std::vector<std::string> row = {b.useOrUnknown(base + ".title", action.title),
                                        b.useOrUnknown(base + ".owner", action.owner, true),
                                        isValidDate(action.planned) ? b.date(action.planned) : planned,
                                        b.statusWord(action.status)};
        if (internal) {
            std::size_t u = 0;
            const ProgressUpdate* latest = latestUpdate(action, &u);
            row.push_back(latest ? b.date(latest->date) + ": " +
                                       b.use(indexed(base + ".updates", u) + ".text", latest->text)
                                 : "");
        }
        table.table.rows.push_back(std::move(row));
    }
    if (table.table.rows.empty())
        addParagraph(willDo, b.text("schoolWill.none"));
    else
        willDo.blocks.push_back(std::move(table));

    // Proposals no action came from: still open, ranked so the school sees what parents want most.
    std::vector<std::size_t> allTables(b.session.outcomes.tables.size());
    for (std::size_t t = 0; t < allTables.size(); ++t)
        allTables[t] = t;
    std::unordered_set<std::string> adopted;
    for (const Action& action : actions)
        if (!action.sourceProposalId.empty()) adopted.insert(action.sourceProposalId);
    std::vector<PlacedProposal> open;
    for (PlacedProposal& placed : proposalsOf(b.session, allTables))
        if (placed.proposal->id.empty() || !adopted.count(placed.proposal->id))
            open.push_back(std::move(placed));
    std::vector<std::string> openLines = proposalLines(b, std::move(open));
    if (!openLines.empty()) {
        ReportSection& section = b.addSection(b.text("section.openProposals"));
        addParagraph(section, b.text("openProposals.intro"));
        addBullets(section, "", std::move(openLines));
    }
    if (!notDoing.empty()) addBullets(b.addSection(b.text("section.notDoing")), "", std::move(notDoing));
}

void addFollowUpSections(ReportBuilder& b) {
    const Outcomes& outcomes = b.session.outcomes;
    std::vector<std::string> steps = usedList(b, "outcomes.nextSteps", outcomes.nextSteps);
    if (!steps.empty()) addBullets(b.addSection(b.text("section.nextSteps")), "", std::move(steps));
    if (!outcomes.keepInTouch.empty())
        addParagraph(b.addSection(b.text("section.keepInTouch")),
                     b.use("outcomes.keepInTouch", outcomes.keepInTouch));
}

void fillActionList(ReportBuilder& b, const std::vector<std::size_t>& actionIndexes) {
    ReportTable& list = b.report.actionList;
    list.header = {
        b.text("column.id"),         b.text("column.action"),        b.text("column.description"),
        b.text("column.owner"),      b.text("column.form"),          b.text("column.planned"),
        b.text("column.status"),     b.text("column.droppedReason"), b.text("column.lastUpdateDate"),
        b.text("column.lastUpdate"), b.text("column.proposal"),      b.text("column.votes")};
    const auto sources = proposalsById(b.session);
    for (std::size_t i : actionIndexes) {
        const Action& action = b.session.actions[i];
        const std::string base = indexed("actions", i);
        std::size_t u = 0;
        const ProgressUpdate* latest = latestUpdate(action, &u);
        const auto found =
            action.sourceProposalId.empty() ? sources.end() : sources.find(action.sourceProposalId);
        const PlacedProposal* source = found == sources.end() ? nullptr : &found->second;
        list.rows.push_back({action.id, b.use(base + ".title", action.title),
                             b.use(base + ".description", action.description),
                             b.use(base + ".owner", action.owner, true), action.form,
                             b.use(base + ".planned", action.planned), b.statusWord(action.status),
                             b.use(base + ".droppedReason", action.droppedReason), latest ? latest->date : "",
                             latest ? b.use(indexed(base + ".updates", u) + ".text", latest->text) : "",
                             source ? b.use(source->path + ".text", source->proposal->text) : "",
                             source ? std::to_string(source->proposal->votes) : ""});
    }
}

} // namespace dlg::report_detail
