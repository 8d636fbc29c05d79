// Importing participants from a school's CSV export (ParnasSys, Magister, Somtoday, Excel):
// header mapping, privacy filter, BSN refusal, duplicate detection, and a report of every row.
//
// Decisions, so schools get the same result every time:
// - Rows with fewer cells than the header are padded with empty cells (Excel leaves out trailing
//   empty cells); rows with more non-empty cells than the header are skipped (an unquoted
//   separator inside a cell would shift every value).
// - Empty cells never overwrite: re-importing a partial list does not erase what is known.
// - A matched participant keeps its id, its `present` flag and its table seat; the Aanwezig
//   column only sets `present` for people new to the session.
// - Duplicates: same e-mail (case-insensitive) when the row has one, unless the first names differ
//   (a household often shares one address); otherwise the same first name + infix + last name +
//   family among people without a different e-mail (case, accents and spacing ignored).
// - "E-mailadres ouder/verzorger 1" is this person's address; "... 2" belongs to someone else and
//   is not read.
// - Columns with personal data the evening does not need (BSN, birth date, address, phone,
//   nationality, health, religion, ...) are never read; a BSN-like number (11-proef) in a read
//   column refuses the whole row.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.h"
#include "core/people/participant_import_columns.h"

namespace dlg {

struct ImportOptions {
    Role defaultRole = Role::Parent; ///< role of new people whose row names none
    std::optional<char> delimiter;   ///< overrides delimiter detection
};

/// Something about one row (or the whole file when `line` is 0).
struct ImportIssue {
    int line = 0;        ///< physical line in the file where the row starts (1-based)
    std::string column;  ///< header of the column concerned; empty when about the whole row
    std::string message; ///< plain language; never contains a BSN or an e-mail address
};

/// A row that was matched to or created a participant.
struct ImportedRow {
    int line = 0;   ///< physical line in the file where the row starts
    std::string id; ///< participant id in the session
};

struct ImportReport {
    std::string fileName;
    std::string error;    ///< non-empty when the file is unusable; then nothing was imported
    std::string encoding; ///< e.g. "Windows-1252"; empty when not readable
    char delimiter = ';';
    int headerLine = 0;                 ///< line of the header row
    int dataRows = 0;                   ///< non-blank rows after the header
    std::vector<ColumnMapping> columns; ///< every header cell: mapped, ignored or dropped for privacy
    std::vector<ImportedRow> added;     ///< new participants
    std::vector<ImportedRow> updated;   ///< existing participants whose fields changed
    std::vector<ImportedRow> unchanged; ///< existing participants the row already matched exactly
    std::vector<ImportIssue> skipped;   ///< rows not imported, with the reason
    std::vector<ImportIssue> warnings;  ///< rows imported with a value left out or guessed

    bool ok() const { return error.empty(); }
    bool changedSession() const { return !added.empty() || !updated.empty(); }
};

/// Imports `fileBytes` (the whole CSV file) into `session`. `fileName` is only used in messages.
/// Pure: no I/O. On a file-level error the session is untouched.
ImportReport importParticipants(Session& session, std::string_view fileBytes, const std::string& fileName,
                                const ImportOptions& options = {});

/// Files larger than this are refused before reading (a school list is a few hundred KB).
inline constexpr std::uintmax_t kMaxImportFileBytes = 32ull * 1024 * 1024;

/// Reads a CSV file's bytes. Returns std::nullopt on success, or why it failed (naming the file).
std::optional<std::string> readImportFile(const std::filesystem::path& path, std::string& bytes);

/// The next free participant id: "p-" and a number one above the highest in use, as many
/// digits as the existing ids use (three when there are none): p-001, p-002, ...
std::string nextParticipantId(const Session& session);

} // namespace dlg
