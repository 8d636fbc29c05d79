// The report model: what a report says, built from a session, before any format is chosen.
// Writers (writer_*.h) turn a Report into Markdown, HTML, plain text or CSV and never read the
// session; a PDF or DOCX writer is one more function of `const Report&`.
//
// Kinds:
// - terugkoppeling: to parents after the evening: counts (no names), what we heard, per theme the
//   key points and proposals (ranked by votes), what the school will do, how we keep in touch.
// - voortgang: for the newsletter: actions with a progress update on or after `since`, grouped by
//   their current status. The session keeps no history of status changes, so an action's status
//   is shown as it is now, next to the updates since that date.
// - intern: for team and MR: everything of terugkoppeling plus table leaders, quotes, notes,
//   planned-vs-actual time per phase and attendance by grade. Contains personal data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/privacy/privacy_guard.h"

namespace dlg {

enum class ReportKind { Feedback, Progress, Internal };

/// "terugkoppeling", "voortgang", "intern" (the words of the command line).
const char* toString(ReportKind kind);
std::optional<ReportKind> reportKindFromString(const std::string& text);

/// terugkoppeling and voortgang go to parents; intern stays inside the school.
bool isPublic(ReportKind kind);

struct ReportOptions {
    ReportKind kind = ReportKind::Feedback;
    /// voortgang: YYYY-MM-DD; updates on this date or later count. Empty: the evening's date.
    std::string since;
};

/// What a table column holds, so that writers that lay out a table (PDF, DOCX) give it a width by
/// its content and never break a date, a name or a status word over two lines.
enum class ColumnContent {
    Text,  ///< sentences: wraps between words, gets the room the others leave
    Date,  ///< "23 januari 2027" (or a planned moment typed as text): kept on one line
    Name,  ///< who: a person or a team, kept on one line
    Short, ///< a status word or a number: kept on one line
};

/// Rows of cells under a header; every row has as many cells as the header.
struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<ColumnContent> columns; ///< one per header cell; missing ones are Text
    ColumnContent kind(std::size_t column) const {
        return column < columns.size() ? columns[column] : ColumnContent::Text;
    }
};

enum class BlockKind {
    Paragraph, ///< items[0] is one paragraph
    Bullets,   ///< one bullet per item
    Table,     ///< `table`
    Quote,     ///< items[0] is a quotation
    Notice,    ///< items[0] is a warning the reader must see first (personal data)
};

struct ReportBlock {
    BlockKind kind = BlockKind::Paragraph;
    std::string caption; ///< short bold line above the block ("Wat goed gaat"); may be empty
    std::vector<std::string> items;
    ReportTable table;
};

struct ReportSection {
    std::string heading;
    int level = 2; ///< 2 for a main section, 3 for a part of the section before it
    std::vector<ReportBlock> blocks;
};

struct Report {
    ReportKind kind = ReportKind::Feedback;
    std::string language = "nl"; ///< "nl" or "en": language of the fixed texts
    std::string title;
    std::string subtitle; ///< school and date of the evening
    std::vector<ReportSection> sections;
    /// The actions of this report as one table, for the CSV writer (a spreadsheet per action).
    ReportTable actionList;
    /// Every user-typed text that went into the report, with its JSON path: the privacy scan's input.
    std::vector<SourceText> sourceTexts;
    bool containsPersonalData = false; ///< intern: names, notes and quotes of the evening
};

/// Builds the report. Texts from the session are used as typed (writers escape them).
Report buildReport(const Session& session, const ReportOptions& options);

} // namespace dlg
