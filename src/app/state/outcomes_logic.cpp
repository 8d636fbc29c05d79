#include "app/state/outcomes_logic.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <sstream>

#include "core/model/paths.h"

namespace dlg {

TableOutcome* findOutcome(Session& session, const std::string& tableId) {
    for (TableOutcome& outcome : session.outcomes.tables)
        if (outcome.tableId == tableId) return &outcome;
    return nullptr;
}

std::string tableLabel(const Session& session, const std::string& tableId) {
    for (const Table& table : session.tables)
        if (table.id == tableId) return table.name.empty() ? table.id : table.name;
    return tableId;
}

const TableOutcome* findOutcome(const Session& session, const std::string& tableId) {
    return findOutcome(const_cast<Session&>(session), tableId);
}

Action* findAction(Session& session, const std::string& id) {
    for (Action& action : session.actions)
        if (action.id == id) return &action;
    return nullptr;
}

TableOutcome freshOutcome(const Session& session, const Table& table) {
    TableOutcome outcome;
    outcome.tableId = table.id;
    outcome.themeId = table.themeId;
    for (const Participant& person : session.participants) {
        if (person.id != table.leaderId) continue;
        std::string name = person.firstName;
        for (const std::string* part : {&person.infix, &person.lastName})
            if (!part->empty()) name += (name.empty() ? "" : " ") + *part;
        outcome.leader = name;
    }
    return outcome;
}

Command withOutcome(Command command, TableOutcome fresh, bool creates) {
    const std::string tableId = fresh.tableId;
    auto inner = command.apply;
    command.apply = [inner, fresh](Session& s) {
        if (!findOutcome(s, fresh.tableId)) s.outcomes.tables.push_back(fresh);
        inner(s);
    };
    if (creates) {
        auto innerRevert = command.revert;
        command.revert = [innerRevert, tableId](Session& s) {
            innerRevert(s);
            auto& tables = s.outcomes.tables;
            tables.erase(std::remove_if(tables.begin(), tables.end(),
                                        [&](const TableOutcome& o) { return o.tableId == tableId; }),
                         tables.end());
        };
    }
    return command;
}

std::vector<PlacedProposal> rankProposals(const Session& session) {
    std::vector<PlacedProposal> all;
    const auto& tables = session.outcomes.tables;
    for (std::size_t t = 0; t < tables.size(); ++t)
        for (std::size_t i = 0; i < tables[t].proposals.size(); ++i)
            all.push_back({t, i, &tables[t].proposals[i]});
    std::stable_sort(all.begin(), all.end(), [](const PlacedProposal& a, const PlacedProposal& b) {
        return a.proposal->votes > b.proposal->votes;
    });
    return all;
}

std::vector<std::string> proposalIds(const Session& session) {
    std::vector<std::string> ids;
    for (const TableOutcome& outcome : session.outcomes.tables)
        for (const ProposedAction& proposal : outcome.proposals)
            ids.push_back(proposal.id);
    return ids;
}

const Action* actionFromProposal(const Session& session, const std::string& proposalId) {
    for (const Action& action : session.actions)
        if (!proposalId.empty() && action.sourceProposalId == proposalId) return &action;
    return nullptr;
}

Action promotedAction(const Session& session, const ProposedAction& proposal) {
    std::vector<std::string> taken;
    for (const Action& action : session.actions)
        taken.push_back(action.id);
    Action action;
    action.id = nextId("a", taken);
    action.title = proposal.text;
    action.form = proposal.form;
    action.sourceProposalId = proposal.id;
    action.status = ActionStatus::Proposed;
    return action;
}

std::string todayIso() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

namespace {

// One step of a report path: a member name and an optional [index].
struct PathStep {
    std::string name;
    std::optional<std::size_t> index;
};

std::optional<std::vector<PathStep>> splitPath(const std::string& path) {
    std::vector<PathStep> steps;
    std::stringstream in(path);
    std::string part;
    while (std::getline(in, part, '.')) {
        PathStep step;
        const auto open = part.find('[');
        step.name = part.substr(0, open);
        if (open != std::string::npos) {
            const auto close = part.find(']', open);
            if (close == std::string::npos || close == open + 1) return std::nullopt;
            const std::string digits = part.substr(open + 1, close - open - 1);
            if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return std::nullopt;
            step.index = std::stoul(digits);
        }
        steps.push_back(step);
    }
    return steps;
}

template <class T> T* at(std::vector<T>& items, const std::optional<std::size_t>& index) {
    return index && *index < items.size() ? &items[*index] : nullptr;
}

std::string* outcomeText(TableOutcome& outcome, const std::vector<PathStep>& rest) {
    if (rest.empty()) return nullptr;
    const PathStep& step = rest[0];
    if (rest.size() == 1 && !step.index) {
        if (step.name == "leader") return &outcome.leader;
        if (step.name == "quote") return &outcome.quote;
        if (step.name == "notes") return &outcome.notes;
        return nullptr;
    }
    if (rest.size() == 1) {
        if (step.name == "goesWell") return at(outcome.goesWell, step.index);
        if (step.name == "difficult") return at(outcome.difficult, step.index);
        if (step.name == "ideas") return at(outcome.ideas, step.index);
        return nullptr;
    }
    if (step.name == "proposals" && rest.size() == 2 && rest[1].name == "text") {
        ProposedAction* proposal = at(outcome.proposals, step.index);
        return proposal ? &proposal->text : nullptr;
    }
    return nullptr;
}

std::string* actionText(Action& action, const std::vector<PathStep>& rest) {
    if (rest.size() == 1 && !rest[0].index) {
        const std::string& name = rest[0].name;
        if (name == "title") return &action.title;
        if (name == "description") return &action.description;
        if (name == "owner") return &action.owner;
        if (name == "planned") return &action.planned;
        if (name == "droppedReason") return &action.droppedReason;
    }
    if (rest.size() == 2 && rest[0].name == "updates" && rest[1].name == "text") {
        ProgressUpdate* update = at(action.updates, rest[0].index);
        return update ? &update->text : nullptr;
    }
    return nullptr;
}

std::string* metaText(Meta& meta, const std::string& name) {
    if (name == "title") return &meta.title;
    if (name == "school") return &meta.school;
    if (name == "location") return &meta.location;
    if (name == "facilitator") return &meta.facilitator;
    return nullptr;
}

} // namespace

std::string* textAtPath(Session& session, const std::string& path) {
    const auto steps = splitPath(path);
    if (!steps || steps->empty()) return nullptr;
    const std::vector<PathStep> rest(steps->begin() + 1, steps->end());
    const PathStep& first = steps->front();
    if (first.name == "meta" && rest.size() == 1) return metaText(session.meta, rest[0].name);
    if (first.name == "actions") {
        Action* action = at(session.actions, first.index);
        return action ? actionText(*action, rest) : nullptr;
    }
    if (first.name == "themes" && rest.size() == 1 && rest[0].name == "title") {
        Theme* theme = at(session.themes, first.index);
        return theme ? &theme->title : nullptr;
    }
    if (first.name == "tables" && rest.size() == 1 && rest[0].name == "name") {
        Table* table = at(session.tables, first.index);
        return table ? &table->name : nullptr;
    }
    if (first.name == "phases" && rest.size() == 1 && rest[0].name == "title") {
        Phase* phase = at(session.phases, first.index);
        return phase ? &phase->title : nullptr;
    }
    if (first.name != "outcomes" || rest.empty()) return nullptr;
    Outcomes& outcomes = session.outcomes;
    const PathStep& second = rest[0];
    if (rest.size() == 1) {
        if (second.name == "keepInTouch" && !second.index) return &outcomes.keepInTouch;
        if (second.name == "summaryPoints") return at(outcomes.summaryPoints, second.index);
        if (second.name == "closingPoints") return at(outcomes.closingPoints, second.index);
        if (second.name == "nextSteps") return at(outcomes.nextSteps, second.index);
        return nullptr;
    }
    if (second.name != "tables") return nullptr;
    TableOutcome* outcome = at(outcomes.tables, second.index);
    return outcome ? outcomeText(*outcome, std::vector<PathStep>(rest.begin() + 1, rest.end())) : nullptr;
}

const std::string* textAtPath(const Session& session, const std::string& path) {
    return textAtPath(const_cast<Session&>(session), path); // reads only; one parser for both
}

std::vector<std::string> exportFormats() {
    // Candidate words; only those the core knows are offered.
    static const char* const kCandidates[] = {"md", "html", "txt", "csv", "pdf", "docx", "odt", "rtf"};
    std::vector<std::string> formats;
    for (const char* word : kCandidates)
        if (reportFormatFromString(word)) formats.emplace_back(word);
    return formats;
}

ExportPreview makeExportPreview(const Session& session, const ExportDialogState& dialog,
                                const std::string& sessionsDir, const std::string& sessionPath) {
    ExportPreview preview;
    const auto kind = reportKindFromString(dialog.kind);
    const auto format = reportFormatFromString(dialog.format);
    if (!kind || !format) {
        preview.error = "kind/format";
        return preview;
    }
    if (!dialog.since.empty() && !isValidDate(dialog.since)) {
        preview.error = "since";
        return preview;
    }
    ReportOptions options;
    options.kind = *kind;
    options.since = dialog.since;
    preview.report = buildReport(session, options);
    const ReportFormat shown =
        *format == ReportFormat::Markdown ? ReportFormat::Markdown : ReportFormat::Text;
    preview.previewText = writeReport(preview.report, shown);
    preview.hits = PrivacyGuard(session).scan(preview.report.sourceTexts);
    preview.decision =
        decideExport(isPublic(*kind), dialog.allowPersonalData, preview.hits.size(), preview.report.language);
    // What "Kopieer tekst" puts on the clipboard: the paste-ready text for Parro, Social Schools
    // or an e-mail, whatever format the file is written in.
    preview.clipboardText =
        shown == ReportFormat::Text ? preview.previewText : writeReport(preview.report, ReportFormat::Text);
    const std::filesystem::path open(sessionPath);
    const std::string stem = open.empty() ? std::string("dialoogavond") : open.stem().string();
    preview.suggestedPath =
        (std::filesystem::path(sessionsDir) / (stem + "-" + dialog.kind + "." + dialog.format)).string();
    return preview;
}

} // namespace dlg
