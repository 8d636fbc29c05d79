// UI state of the Opbrengsten and Nazorg screens (filters, import panel, export dialog) and the
// handler for their UI actions. Not part of the session: nothing here is saved or undone.
#pragma once

#include <string>
#include <vector>

namespace dlg {

struct AppState;
struct UiAction;

/// The export dialog of the Nazorg screen.
struct ExportDialogState {
    bool open = false;
    std::string kind = "terugkoppeling"; ///< report kind word: terugkoppeling | voortgang | intern
    std::string format = "md";           ///< format word of report_writers.h: md, html, txt, ...
    std::string since;                   ///< voortgang: YYYY-MM-DD, empty = the evening's date
    std::string pathText;                ///< output path as typed; empty = the suggested path
    bool allowPersonalData = false;      ///< "toch persoonsgegevens opnemen", for this export only
    std::string editPath;                ///< JSON path of the text opened for correction; empty = none
    std::string result;                  ///< where the last export was written (absolute path)
    std::string error;                   ///< why the last export failed or was refused
    bool copied = false;                 ///< "Kopieer tekst" was pressed for the report shown now
};

/// Filters, view mode and panels of the Nazorg screen; strings are empty when a filter is off.
struct OutcomesUiState {
    std::string statusFilter;                  ///< "" or an action status word (voorgesteld, ...)
    std::string formFilter;                    ///< "" or a partnership form
    bool actionListView = false;               ///< the seed's action-list shape instead of the editor
    std::string importPath;                    ///< path field of "acties uit een eerdere avond"
    std::vector<std::string> importCandidates; ///< session files found in the sessions folder
    std::string importMessage;                 ///< result of the last import (or why it failed)
    ExportDialogState exportDialog;
};

/// Applies a UiAction of kind Outcomes: `key` names the field or operation ("filter.status",
/// "import.run", "export.write", ...), `text` / `number` the value. Reading the earlier session and
/// writing the export happen here, between frames, so views stay free of I/O.
void handleOutcomesAction(AppState& state, const UiAction& action);

} // namespace dlg
