// UI actions of the Deelnemers and Indeling screens: filters, check-in mode, import dialog.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <system_error>

#include "app/state/app_state.h"
#include "app/state/people_ui.h"
#include "app/views/view_context.h"
#include "core/people/participant_import.h"

namespace dlg {

namespace {

// The dry run: the import on a copy of the session, so the dialog can show what would happen.
void previewImport(const AppState& state, ImportDialogState& dialog) {
    dialog.preview.reset();
    dialog.readError.clear();
    dialog.bytes.clear();
    dialog.previewPath = dialog.pathText;
    if (dialog.pathText.empty()) return;
    if (auto error = readImportFile(dialog.pathText, dialog.bytes)) {
        dialog.readError = *error;
        return;
    }
    Session copy = state.doc.session;
    dialog.preview =
        importParticipants(copy, dialog.bytes, std::filesystem::path(dialog.pathText).filename().string());
}

} // namespace

std::vector<std::string> listCsvFiles(const std::vector<std::string>& dirs) {
    std::set<std::string> found;
    for (const std::string& dir : dirs) {
        std::error_code ec;
        for (auto it = std::filesystem::directory_iterator(dir, ec);
             !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
            std::string ext = it->path().extension().string();
            std::transform(ext.begin(), ext.end(), ext.begin(),
                           [](unsigned char c) { return std::tolower(c); });
            if (ext == ".csv" && it->is_regular_file(ec))
                found.insert(it->path().lexically_normal().string());
        }
    }
    return {found.begin(), found.end()};
}

void handlePeopleAction(AppState& state, const UiAction& action) {
    PeopleUiState& people = state.ui.people;
    const std::string& key = action.key;
    if (key == "search")
        people.search = action.text;
    else if (key == "role")
        people.roleFilter = action.text;
    else if (key == "rsvp")
        people.rsvpFilter = action.text;
    else if (key == "present")
        people.presentFilter = action.number;
    else if (key == "grade")
        people.gradeFilter = action.text;
    else if (key == "edit")
        people.editingId = action.text;
    else if (key == "checkin") {
        people.checkIn = action.number != 0;
        people.focusCheckIn = people.checkIn;
        people.checkInQuery.clear();
    } else if (key == "checkin/query")
        people.checkInQuery = action.text;
    else if (key == "checkin/focused")
        people.focusCheckIn = false;
    else if (key == "checkin/done") {
        // After a check-in the field is empty and focused again for the next person in the queue.
        people.lastCheckedIn = action.text;
        people.checkInQuery.clear();
        people.focusCheckIn = true;
    } else if (key == "walkin/grade")
        people.walkInGrade = action.text;
    else if (key == "walkin/staff")
        people.walkInStaff = action.number != 0;
    else if (key == "status")
        state.ui.status = action.text;
    else if (key == "notice") {
        // text: the title, then one detail per line.
        Notice notice;
        std::size_t end = action.text.find('\n');
        notice.title = action.text.substr(0, end);
        while (end != std::string::npos) {
            const std::size_t next = action.text.find('\n', end + 1);
            notice.details.push_back(
                action.text.substr(end + 1, next == std::string::npos ? next : next - end - 1));
            end = next;
        }
        state.ui.notice = std::move(notice);
    } else if (key == "import/open") {
        ImportDialogState dialog;
        dialog.candidates = listCsvFiles({state.sessionsDir.string(), "."});
        people.import = std::move(dialog);
    } else if (key == "import/path") {
        if (people.import) people.import->pathText = action.text;
    } else if (key == "import/preview") {
        if (people.import) previewImport(state, *people.import);
    } else if (key == "import/close") {
        people.import.reset();
    }
}

} // namespace dlg
