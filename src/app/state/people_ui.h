// UI state of the Deelnemers and Indeling screens (filters, check-in, import dialog) and the
// handler for their UI actions. Not part of the session: nothing here is saved or undone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/state/seating_offer.h"
#include "core/model/model.h"
#include "core/people/participant_import.h"

namespace dlg {

struct AppState;
struct UiAction;

/// The participant import dialog: a path, the CSV files found, and the dry-run preview.
struct ImportDialogState {
    std::string pathText;                ///< what the path field holds
    std::vector<std::string> candidates; ///< `*.csv` in the sessions folder and the working directory
    std::string previewPath;             ///< the file the preview was made of; empty = no preview yet
    std::string bytes;                   ///< that file's contents, applied by the Import button
    std::string readError;               ///< why the file could not be read (names the file)
    std::optional<ImportReport> preview; ///< the dry-run report on a copy of the session
};

/// Filters and modes of the participant list; strings are empty when the filter is off.
struct PeopleUiState {
    std::string search;      ///< type-ahead over first name, infix and last name
    std::string roleFilter;  ///< "" | "ouder" | "medewerker"
    std::string rsvpFilter;  ///< "" | "uitgenodigd" | "aangemeld" | "afgemeld"
    int presentFilter = 0;   ///< 0 everyone, 1 present only, 2 not present only
    std::string gradeFilter; ///< a grade, or "" for all
    std::string editingId;   ///< participant shown in the edit panel; "" = none

    bool checkIn = false;      ///< the check-in mode for the walk-in replaces the list
    std::string checkInQuery;  ///< the big search field
    bool focusCheckIn = false; ///< put the keyboard focus in the search field next frame
    std::string lastCheckedIn; ///< feedback line: who was just marked present
    std::string walkInGrade;   ///< grade typed for a walk-in
    bool walkInStaff = false;  ///< the walk-in is staff (medewerker)

    std::optional<ImportDialogState> import; ///< open import dialog
    bool thoroughBusy = false;               ///< "Grondig indelen" runs on a worker thread
    int thoroughPercent = 0;                 ///< how far it is (or the improvement), for the progress bar
    bool improving = false;                  ///< after Indelen the search goes on in the background
    std::optional<SeatingOffer> offer;       ///< the better seating it found, until applied or dismissed
};

/// Applies a UiAction of kind People (key names the field, text/number the value). The import
/// preview reads the file here, between frames, so views stay free of I/O.
void handlePeopleAction(AppState& state, const UiAction& action);

/// `*.csv` files in `dirs` (each name once, as a path the user can open), sorted by name.
std::vector<std::string> listCsvFiles(const std::vector<std::string>& dirs);

} // namespace dlg
