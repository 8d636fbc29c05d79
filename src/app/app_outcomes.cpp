// The UI actions of the Opbrengsten and Nazorg screens, applied between frames: filters, the
// import of actions from an earlier evening (one undoable step) and writing the export.
#include <algorithm>
#include <filesystem>

#include "app/state/app_state.h"
#include "app/state/outcomes_logic.h"
#include "app/views/texts.h"
#include "app/views/view_context.h"
#include "core/model/atomic_file.h"
#include "core/model/session_file.h"
#include "core/report/action_carry.h"

namespace dlg {
namespace {

// `*.json` in the sessions folder, newest first, without the open evening itself.
std::vector<std::string> listSessions(const AppState& state) {
    namespace fs = std::filesystem;
    std::vector<std::pair<fs::file_time_type, std::string>> found;
    std::error_code ec;
    for (fs::directory_iterator it(state.sessionsDir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() != ".json") continue;
        if (!state.doc.path.empty() && fs::equivalent(it->path(), state.doc.path, ec)) continue;
        found.emplace_back(it->last_write_time(ec), it->path().string());
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> paths;
    for (const auto& entry : found)
        paths.push_back(entry.second);
    return paths;
}

void importActions(AppState& state, const std::string& pathText) {
    OutcomesUiState& ui = state.ui.outcomes;
    const Texts t(state.catalogue);
    if (pathText.empty()) {
        ui.importMessage = t("care.import.noPath");
        return;
    }
    const LoadResult loaded = loadSessionFile(pathText);
    if (!loaded.session) {
        ui.importMessage = std::string(t("care.import.failed")) + " " + loaded.error;
        return;
    }
    const std::string label =
        sessionLabel(*loaded.session, std::filesystem::path(pathText).filename().string());
    CarryResult carried = carryActions(state.doc.session.actions, loaded.session->actions, label);
    if (carried.added.empty()) {
        ui.importMessage = std::string(t("care.import.nothing")) + " " + label;
        return;
    }
    std::vector<std::string> ids;
    for (const Action& action : carried.added)
        ids.push_back(action.id);
    Command command;
    command.label = std::string(t("undo.oc.importActions")) + ": " + label;
    command.apply = [added = carried.added](Session& s) {
        s.actions.insert(s.actions.end(), added.begin(), added.end());
    };
    command.revert = [ids](Session& s) {
        auto& actions = s.actions;
        actions.erase(std::remove_if(actions.begin(), actions.end(),
                                     [&](const Action& a) {
                                         return std::find(ids.begin(), ids.end(), a.id) != ids.end();
                                     }),
                      actions.end());
    };
    state.doc.history.push(std::move(command), state.doc.session);
    state.doc.history.seal();
    ui.importMessage =
        std::string(t("care.import.done")) + " " + std::to_string(carried.added.size()) + " \u2014 " + label;
}

void writeExport(AppState& state) {
    ExportDialogState& dialog = state.ui.outcomes.exportDialog;
    const Texts t(state.catalogue);
    dialog.result.clear();
    dialog.error.clear();
    const ExportPreview preview =
        makeExportPreview(state.doc.session, dialog, state.sessionsDir.string(), state.doc.path.string());
    if (!preview.error.empty()) {
        dialog.error = t("export.error.options");
        return;
    }
    if (!preview.decision.allowed) {
        dialog.error = t("export.error.blocked");
        return;
    }
    const std::string path = dialog.pathText.empty() ? preview.suggestedPath : dialog.pathText;
    const auto format = reportFormatFromString(dialog.format);
    if (auto failed = writeFileAtomically(path, writeReport(preview.report, *format))) {
        dialog.error = *failed;
        return;
    }
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(path, ec);
    dialog.result = ec ? path : absolute.string();
    state.ui.status = std::string(t("export.written")) + " " + dialog.result;
}

} // namespace

void handleOutcomesAction(AppState& state, const UiAction& action) {
    OutcomesUiState& ui = state.ui.outcomes;
    ExportDialogState& dialog = ui.exportDialog;
    const std::string& key = action.key;
    if (key == "filter/status") {
        ui.statusFilter = action.text;
    } else if (key == "filter/form") {
        ui.formFilter = action.text;
    } else if (key == "view/actionList") {
        ui.actionListView = action.number != 0;
    } else if (key == "import/path") {
        ui.importPath = action.text;
    } else if (key == "import/refresh") {
        ui.importCandidates = listSessions(state);
    } else if (key == "import/run") {
        importActions(state, ui.importPath);
    } else if (key == "export/open") {
        dialog.open = true;
        dialog.result.clear();
        dialog.error.clear();
        dialog.copied = false;
    } else if (key == "export/copied") {
        dialog.copied = true;
    } else if (key == "export/close") {
        dialog.open = false;
    } else if (key == "export/kind") {
        dialog.kind = action.text;
        dialog.allowPersonalData = false; // a new kind asks again
        dialog.copied = false;
    } else if (key == "export/format") {
        dialog.format = action.text;
    } else if (key == "export/since") {
        dialog.since = action.text;
    } else if (key == "export/path") {
        dialog.pathText = action.text;
    } else if (key == "export/allow") {
        dialog.allowPersonalData = action.number != 0;
    } else if (key == "export/edit") {
        dialog.editPath = action.text;
    } else if (key == "export/write") {
        writeExport(state);
    }
}

} // namespace dlg
