// Pure helpers of the Opbrengsten and Nazorg screens: finding outcome data again by id, building
// the commands that create a table's outcome on first edit, ranking proposals and the export
// preview. No ImGui here, so tests and the action handler use them too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/state/command.h"
#include "app/state/edit_commands.h"
#include "app/state/outcomes_ui.h"
#include "core/privacy/privacy_guard.h"
#include "core/report/report.h"
#include "core/report/report_writers.h"

namespace dlg {

/// The outcome of table `tableId`, or nullptr when none was written yet.
TableOutcome* findOutcome(Session& session, const std::string& tableId);
const TableOutcome* findOutcome(const Session& session, const std::string& tableId);
/// A table's name as the facilitator knows it (its id when it has none or is gone), for undo
/// labels and notices about a table's outcome.
std::string tableLabel(const Session& session, const std::string& tableId);
/// The action with `id`, or nullptr.
Action* findAction(Session& session, const std::string& id);

/// A fresh outcome for `table`: its theme and the display name of its table leader.
TableOutcome freshOutcome(const Session& session, const Table& table);

/// `command` made safe for a table whose outcome may not exist yet: applying first creates
/// `fresh` when missing; reverting removes it again when `creates` (it did not exist when the
/// command was made), so undo restores the session exactly.
Command withOutcome(Command command, TableOutcome fresh, bool creates);

/// A proposal and where it is: `outcomes.tables[table].proposals[index]`.
struct PlacedProposal {
    std::size_t table = 0;
    std::size_t index = 0;
    const ProposedAction* proposal = nullptr;
};

/// All proposals of the evening, most votes first (equal votes keep their written order).
std::vector<PlacedProposal> rankProposals(const Session& session);
/// Every proposal id in the session (for nextId).
std::vector<std::string> proposalIds(const Session& session);
/// The action promoted from proposal `proposalId`, or nullptr.
const Action* actionFromProposal(const Session& session, const std::string& proposalId);
/// A new action for a proposal: title, form and source proposal id filled in.
Action promotedAction(const Session& session, const ProposedAction& proposal);

/// Today as YYYY-MM-DD (local time): the default date of a progress update.
std::string todayIso();

/// The text field at a JSON path as the report writes it (`outcomes.tables[1].ideas[0]`,
/// `actions[2].updates[0].text`, `meta.title`, ...), or nullptr when the path names no text.
std::string* textAtPath(Session& session, const std::string& path);
const std::string* textAtPath(const Session& session, const std::string& path);

/// Format words the export offers, in the order of report_writers.h (new writers appear here
/// as soon as reportFormatFromString knows them).
std::vector<std::string> exportFormats();

/// What the export dialog shows and what Export writes.
struct ExportPreview {
    std::string error;            ///< kind/format/since not usable; then nothing else is set
    Report report;                ///< the built report
    std::string previewText;      ///< md or txt rendering for the read-only preview
    std::string clipboardText;    ///< the text export (paste-ready for Parro, Social Schools, e-mail)
    std::vector<PrivacyHit> hits; ///< personal data found in the texts of the report
    ExportDecision decision;      ///< whether Export may write now
    std::string suggestedPath;    ///< `<sessions dir>/<file stem>-<kind>.<format>`
};

/// Builds the report of `dialog` for `session`. `sessionPath` is the open file (may be empty).
ExportPreview makeExportPreview(const Session& session, const ExportDialogState& dialog,
                                const std::string& sessionsDir, const std::string& sessionPath);

} // namespace dlg
