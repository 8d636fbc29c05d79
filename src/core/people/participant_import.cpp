#include "core/people/participant_import.h"

#include <algorithm>
#include <map>

#include "core/people/csv.h"
#include "core/privacy/elfproef.h"
#include "core/people/participant_import_ids.h"
#include "core/people/participant_import_values.h"
#include "core/model/utf8.h"
#include "core/model/validate.h"

namespace dlg {
namespace {

using Cells = std::map<ImportField, std::string>; ///< cleaned, non-empty cells of one row

// A title line above the header ("Ouderlijst groep 5") is common; look this far for the header.
constexpr std::size_t kHeaderSearchRows = 10;

bool hasNameColumn(const std::vector<ColumnMapping>& columns) {
    return std::any_of(columns.begin(), columns.end(), [](const ColumnMapping& c) {
        return c.kind == ColumnKind::Mapped &&
               (c.field == ImportField::FirstName || c.field == ImportField::LastName);
    });
}

// At most `limit` bytes of `text`, cut on a character boundary, with "…" when cut.
std::string clipped(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end) + "\u2026";
}

// A separator of another kind than the file's, as a spreadsheet saved with a mix would have.
std::optional<char> otherSeparatorIn(const std::string& cell, char delimiter) {
    for (char candidate : {';', ',', '\t'})
        if (candidate != delimiter && cell.find(candidate) != std::string::npos) return candidate;
    return std::nullopt;
}

std::string separatorName(char c) {
    return c == '\t' ? "tab" : std::string("'") + c + "'";
}

bool isBlankRow(const CsvRow& row) {
    return std::all_of(row.fields.begin(), row.fields.end(),
                       [](const std::string& cell) { return cleanCell(cell).empty(); });
}

bool looksLikeEmail(const std::string& text) {
    auto at = text.find('@');
    if (at == std::string::npos || at == 0 || text.find('@', at + 1) != std::string::npos) return false;
    auto dot = text.find('.', at);
    return dot != std::string::npos && dot > at + 1 && dot + 1 < text.size() &&
           text.find(' ') == std::string::npos;
}

std::string nameKey(const Participant& person) {
    return matchKey(person.firstName) + "|" + matchKey(person.infix) + "|" + matchKey(person.lastName) + "|" +
           matchKey(person.family);
}

bool sameImportedFields(const Participant& a, const Participant& b) {
    return a.firstName == b.firstName && a.infix == b.infix && a.lastName == b.lastName && a.role == b.role &&
           a.function == b.function && a.grades == b.grades && a.family == b.family && a.email == b.email &&
           a.languages == b.languages && a.languageSupport == b.languageSupport &&
           a.preference1 == b.preference1 && a.preference2 == b.preference2 && a.rsvp == b.rsvp;
}

class Importer {
  public:
    Importer(Session& session, const ImportOptions& options, ImportReport& report)
        : session_(session), options_(options), report_(report) {}

    void run(const std::vector<CsvRow>& rows) {
        std::size_t headerIndex = rows.size();
        for (std::size_t i = 0; i < rows.size() && i < kHeaderSearchRows; ++i) {
            if (hasNameColumn(mapColumns(rows[i].fields))) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex == rows.size()) {
            report_.error = noNameColumnMessage(rows);
            return;
        }
        const CsvRow& header = rows[headerIndex];
        report_.headerLine = header.line;
        report_.columns = mapColumns(header.fields);
        for (std::size_t i = 0; i < headerIndex; ++i)
            report_.warnings.push_back({rows[i].line, {}, "line above the header row, not read"});
        for (const ColumnMapping& column : report_.columns)
            if (column.kind == ColumnKind::Mapped) headers_[column.field] = column.header;
        if (!session_.privacy.storeEmail && headers_.count(ImportField::Email))
            report_.warnings.push_back(
                {0, headers_[ImportField::Email],
                 "e-mail addresses are not stored (privacy setting storeEmail is off)"});

        for (std::size_t i = 0; i < session_.participants.size(); ++i)
            index(i, true);
        for (std::size_t i = headerIndex + 1; i < rows.size(); ++i) {
            if (isBlankRow(rows[i])) continue;
            ++report_.dataRows;
            importRow(rows[i], header.fields.size());
        }
    }

  private:
    static std::string noNameColumnMessage(const std::vector<CsvRow>& rows) {
        // A file of 10,000 columns must not make a message of 100 KB: name the first few.
        constexpr std::size_t kNamed = 8;
        std::string found;
        if (!rows.empty()) {
            const auto columns = mapColumns(rows.front().fields);
            for (std::size_t i = 0; i < columns.size() && i < kNamed; ++i)
                found += (found.empty() ? "'" : ", '") + clipped(columns[i].header, 40) + "'";
            if (columns.size() > kNamed) found += " and " + std::to_string(columns.size() - kNamed) + " more";
        }
        return "no name column: the header row needs a column such as Roepnaam, Voornaam, Achternaam, First "
               "name or Last name" +
               (found.empty() ? std::string(" (the file is empty)")
                              : " (line " + std::to_string(rows.front().line) + " has " + found + ")");
    }

    void skip(int line, const std::string& column, std::string message) {
        report_.skipped.push_back({line, column, std::move(message)});
    }
    void warn(int line, ImportField field, std::string message) {
        if (quiet_) return;
        report_.warnings.push_back({line, headers_[field], std::move(message)});
    }

    // The row's cells by field; std::nullopt (after recording why) when the row must be skipped.
    std::optional<Cells> readCells(const CsvRow& row, std::size_t headerSize) {
        std::size_t used = row.fields.size();
        while (used > headerSize && cleanCell(row.fields[used - 1]).empty())
            --used;
        if (used > headerSize) {
            skip(row.line, {},
                 "row has " + std::to_string(used) + " cells but the header has " +
                     std::to_string(headerSize) + " (a separator inside a cell without quotes?)");
            return std::nullopt;
        }
        Cells cells;
        for (const ColumnMapping& column : report_.columns) {
            auto index = static_cast<std::size_t>(column.column - 1);
            if (column.kind != ColumnKind::Mapped || index >= row.fields.size()) continue;
            const std::string& raw = row.fields[index];
            const bool namePart = column.field == ImportField::FirstName ||
                                  column.field == ImportField::Infix || column.field == ImportField::LastName;
            if (namePart && row.fields.size() < headerSize) {
                // "Jan,Jansen" in a ';' file: short of cells and a name holding another separator.
                if (const auto other = otherSeparatorIn(raw, report_.delimiter)) {
                    skip(row.line, column.header,
                         "this row seems to use " + separatorName(*other) +
                             " between its cells where the header "
                             "uses " +
                             separatorName(report_.delimiter) +
                             "; row not imported. Save the file again with one separator");
                    return std::nullopt;
                }
            }
            if (containsBsnLikeNumber(raw)) {
                skip(row.line, column.header,
                     "holds a number that passes the 11-proef (a BSN?); row not imported. Remove it from the "
                     "export: a citizen service number must not be stored");
                return std::nullopt;
            }
            std::string text = cleanCell(raw);
            if (!isValidUtf8(text)) {
                skip(row.line, column.header, "text is not valid UTF-8");
                return std::nullopt;
            }
            if (text.size() > kMaxLineBytes) {
                skip(row.line, column.header,
                     "text is " + std::to_string(text.size()) + " bytes, longer than the limit of " +
                         std::to_string(kMaxLineBytes));
                return std::nullopt;
            }
            if (!text.empty()) cells[column.field] = std::move(text);
        }
        return cells;
    }

    // Who in the session a row describes. An address can be shared by a household, so an e-mail
    // match with another first name is someone else; the name rule then decides.
    std::optional<std::size_t> findMatch(const Participant& candidate) const {
        const auto& people = session_.participants;
        if (!candidate.email.empty()) {
            const std::string first = matchKey(candidate.firstName);
            if (auto it = byEmail_.find(matchKey(candidate.email)); it != byEmail_.end()) {
                for (std::size_t i : it->second) {
                    const std::string other = matchKey(people[i].firstName);
                    if (first.empty() || other.empty() || first == other) return i;
                }
            }
        }
        auto it = byName_.find(nameKey(candidate));
        if (it == byName_.end()) return std::nullopt;
        for (std::size_t i : it->second) {
            const bool differentEmail = !candidate.email.empty() && !people[i].email.empty() &&
                                        matchKey(candidate.email) != matchKey(people[i].email);
            if (!differentEmail) return i;
        }
        return std::nullopt;
    }

    // Lookup tables so a list of thousands of rows is not compared with every participant.
    void index(std::size_t i, bool add) {
        const Participant& person = session_.participants[i];
        auto update = [&](std::map<std::string, std::vector<std::size_t>>& table, const std::string& key) {
            auto& positions = table[key];
            auto at = std::lower_bound(positions.begin(), positions.end(), i);
            if (add && (at == positions.end() || *at != i)) positions.insert(at, i);
            if (!add && at != positions.end() && *at == i) positions.erase(at);
        };
        if (!person.email.empty()) update(byEmail_, matchKey(person.email));
        update(byName_, nameKey(person));
    }

    // Writes every non-empty cell into `person`; values that cannot be read become warnings.
    void apply(const Cells& cells, Participant& person, int line, bool isNew) {
        auto cell = [&](ImportField field) -> const std::string* {
            auto it = cells.find(field);
            return it == cells.end() ? nullptr : &it->second;
        };
        if (auto* text = cell(ImportField::FirstName)) person.firstName = *text;
        if (auto* text = cell(ImportField::Infix)) person.infix = *text;
        if (auto* text = cell(ImportField::LastName)) person.lastName = *text;
        if (auto* text = cell(ImportField::Function)) person.function = *text;
        if (auto* text = cell(ImportField::Family)) person.family = *text;
        if (auto* text = cell(ImportField::Role)) {
            if (auto role = parseRole(*text))
                person.role = *role;
            else
                warn(line, ImportField::Role,
                     "'" + *text + "' is not a role (ouder or medewerker); role left as " +
                         toString(person.role));
        }
        if (auto* text = cell(ImportField::Grades)) person.grades = parseGrades(*text);
        if (auto* text = cell(ImportField::Languages)) person.languages = parseLanguages(*text);
        if (auto* text = cell(ImportField::LanguageSupport)) applyLanguageSupport(*text, person, line);
        if (auto* text = cell(ImportField::Email)) {
            if (!looksLikeEmail(*text))
                warn(line, ImportField::Email, "not an e-mail address; left out");
            else if (session_.privacy.storeEmail)
                person.email = *text;
        }
        applyPreference(cell(ImportField::Preference1), ImportField::Preference1, person.preference1, line);
        applyPreference(cell(ImportField::Preference2), ImportField::Preference2, person.preference2, line);
        if (auto* text = cell(ImportField::Rsvp)) {
            if (auto rsvp = parseRsvp(*text))
                person.rsvp = *rsvp;
            else
                warn(line, ImportField::Rsvp,
                     "'" + *text + "' is not an answer (aangemeld, afgemeld, uitgenodigd)");
        }
        if (auto* text = cell(ImportField::Present); text && isNew) {
            if (auto present = parseYesNo(*text))
                person.present = *present;
            else
                warn(line, ImportField::Present, "'" + *text + "' is not ja or nee; left as not present");
        }
    }

    void applyLanguageSupport(const std::string& text, Participant& person, int line) {
        auto answer = parseLanguageSupport(text);
        if (!answer) {
            warn(line, ImportField::LanguageSupport,
                 "'" + text + "' is neither ja/nee nor a language; left out");
            return;
        }
        if (!answer->needed) {
            person.languageSupport.clear();
            return;
        }
        if (answer->language.empty()) {
            // "ja" alone: the person's first language other than Dutch is the one to support.
            auto other = std::find_if(person.languages.begin(), person.languages.end(),
                                      [](const std::string& code) { return code != "nl"; });
            if (other == person.languages.end()) {
                warn(line, ImportField::LanguageSupport,
                     "support wanted but in which language? Add it (for example 'ja, Turks'); left out");
                return;
            }
            answer->language = *other;
        } else if (!answer->knownLanguage) {
            warn(line, ImportField::LanguageSupport,
                 "'" + text + "' names no known language; stored as '" + answer->language + "'");
        }
        person.languageSupport = answer->language;
    }

    void applyPreference(const std::string* text, ImportField field, std::string& target, int line) {
        if (!text) return;
        if (auto id = matchThemeId(*text, session_.themes)) {
            target = *id;
            return;
        }
        warn(line, field, "no theme '" + *text + "' in this evening; preference left out");
    }

    void importRow(const CsvRow& row, std::size_t headerSize) {
        auto cells = readCells(row, headerSize);
        if (!cells) return;
        if (!cells->count(ImportField::FirstName) && !cells->count(ImportField::LastName)) {
            skip(row.line, {}, "no name: first and last name are both empty");
            return;
        }

        // Match on a quiet first reading, then write the row into its target with warnings.
        Participant candidate;
        candidate.role = options_.defaultRole;
        quiet_ = true;
        apply(*cells, candidate, row.line, true);
        quiet_ = false;
        std::optional<std::size_t> match = findMatch(candidate);
        if (!match) {
            Participant person;
            person.role = options_.defaultRole;
            apply(*cells, person, row.line, true);
            person.id = ids_.next();
            session_.participants.push_back(person);
            index(session_.participants.size() - 1, true);
            report_.added.push_back({row.line, person.id});
            linesThisRun_[person.id] = row.line;
            return;
        }

        Participant& existing = session_.participants[*match];
        if (auto earlier = linesThisRun_.find(existing.id); earlier != linesThisRun_.end())
            report_.warnings.push_back(
                {row.line,
                 {},
                 "same person as line " + std::to_string(earlier->second) + "; merged into one"});
        const Participant before = existing;
        index(*match, false);
        apply(*cells, existing, row.line, false);
        index(*match, true);
        linesThisRun_.emplace(existing.id, row.line);
        if (sameImportedFields(before, existing))
            report_.unchanged.push_back({row.line, existing.id});
        else
            report_.updated.push_back({row.line, existing.id});
    }

    Session& session_;
    const ImportOptions& options_;
    ImportReport& report_;
    ParticipantIds ids_{session_};
    std::map<ImportField, std::string> headers_;              ///< header text of each mapped field
    std::map<std::string, int> linesThisRun_;                 ///< participant id -> first line naming them
    std::map<std::string, std::vector<std::size_t>> byEmail_; ///< e-mail key -> participant positions
    std::map<std::string, std::vector<std::size_t>> byName_;  ///< nameKey -> participant positions
    bool quiet_ = false; ///< true while reading a row only to find its match
};

} // namespace

ImportReport importParticipants(Session& session, std::string_view fileBytes, const std::string& fileName,
                                const ImportOptions& options) {
    ImportReport report;
    report.fileName = fileName;
    // Rows beyond an evening's people (plus a title and a header) are refused while splitting,
    // before they cost memory.
    CsvLimits limits;
    limits.maxRecords = kMaxParticipants + kHeaderSearchRows + 1;
    CsvParseResult parsed = parseCsv(fileBytes, options.delimiter, limits);
    if (!parsed.document) {
        report.error = fileName + ": " + parsed.error;
        return report;
    }
    report.encoding = describe(parsed.document->encoding);
    report.delimiter = parsed.document->delimiter;

    // Work on a copy so a file-level error leaves the session as it was.
    Session working = session;
    Importer(working, options, report).run(parsed.document->rows);
    if (!report.ok()) {
        report.error = fileName + ": " + report.error;
        return report;
    }
    if (working.participants.size() > kMaxParticipants) {
        report.error = fileName + ": with this file the evening would have " +
                       std::to_string(working.participants.size()) + " people; an evening has at most " +
                       std::to_string(kMaxParticipants) + "; nothing imported";
        report.added.clear();
        report.updated.clear();
        return report;
    }
    session = std::move(working);
    return report;
}

} // namespace dlg
