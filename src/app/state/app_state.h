// Everything the GUI shows, in one value owned by App. Views read it as `const AppState&`; only App
// changes it, between frames.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/state/live_state.h"
#include "app/state/online_ui.h"
#include "app/state/outcomes_ui.h"
#include "app/state/people_ui.h"
#include "app/state/privacy_ui.h"
#include "app/state/screens.h"
#include "app/state/settings.h"
#include "app/state/undo_stack.h"
#include "core/model/i18n.h"
#include "core/model/model.h"

namespace dlg {

/// The open evening and its edit history.
struct Document {
    Session session;
    std::filesystem::path path;            ///< where it is saved; empty for a new evening not yet saved
    bool readOnly = false;                 ///< written by a newer version: saving over it is refused
    std::string readOnlyReason;            ///< why, from the loader
    std::vector<std::string> loadProblems; ///< problems found when it was opened, as `path: message`
    UndoStack history;
};

/// The in-app file dialog (no native dialog library).
struct FileDialogState {
    enum class Mode { Open, SaveAs };
    Mode mode = Mode::Open;
    std::string pathText;                ///< what the path field holds
    std::vector<std::string> candidates; ///< `*.json` in the sessions folder, newest first
};

/// What to do once the question about unsaved changes is answered.
struct PendingIntent {
    enum class Kind { NewSession, Open, Quit };
    Kind kind = Kind::Quit;
    std::string path; ///< for Open
};

/// A message the user must acknowledge (load errors, problems found, save failures).
struct Notice {
    std::string title;
    std::string text;
    std::vector<std::string> details; ///< one line each, e.g. problems as `path: message`
    bool offerSaveAs = false;         ///< read-only file: a button opens Save as
};

struct UiState {
    Screen screen = Screen::Preparation;
    /// Invalid text typed into validated fields (dates, times), by field key. Not in the session.
    std::map<std::string, std::string> drafts;
    std::optional<FileDialogState> fileDialog;
    std::optional<PendingIntent> confirmUnsaved; ///< the "unsaved changes" question is open
    std::optional<PendingIntent> afterSaveAs;    ///< continue with this once Save as succeeded
    std::optional<Notice> notice;
    std::string status;       ///< short feedback in the status line ("Opgeslagen")
    PeopleUiState people;     ///< Deelnemers / Indeling: filters, check-in, import dialog
    LiveUi live;              ///< Live / projector / autosave state
    OutcomesUiState outcomes; ///< Opbrengsten / Nazorg: filters, import panel, export dialog
    PrivacyUiState privacy;   ///< Nazorg: the Privacy panel (inzage, wis, opschonen)
    OnlineUiState online;     ///< Live / Opbrengsten: Tafels online (phones of table leaders)
};

struct AppState {
    Document doc;
    UiState ui;
    Settings settings;
    Catalogue catalogue;
    std::filesystem::path sessionsDir = "sessions"; ///< where Open lists files and Save as puts bare names
};

} // namespace dlg
