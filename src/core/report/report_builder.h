// Internal to the report builder (report_build*.cpp): the shared state while one report is built
// and the section builders per kind. Not for writers or other callers; use report.h.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/report/report.h"
#include "core/report/report_texts.h"

namespace dlg::report_detail {

class ReportBuilder {
  public:
    ReportBuilder(const Session& session, const ReportOptions& options);

    /// A text typed by a user, going into the report: recorded with its JSON path for the
    /// privacy scan. `roleField` marks a field where staff act in their role (action owner).
    const std::string& use(const std::string& path, const std::string& text, bool roleField = false);

    /// A fixed text in the report's language.
    std::string text(std::string_view key, std::initializer_list<std::string> args = {}) const {
        return reportText(key, report.language, args);
    }
    std::string count(int n, std::string_view key) const { return reportCount(n, key, report.language); }
    std::string date(const std::string& iso) const { return reportDate(iso, report.language); }

    /// The user text at `path`, or "nog niet bekend" when it is empty.
    std::string useOrUnknown(const std::string& path, const std::string& value, bool roleField = false);

    ReportSection& addSection(const std::string& heading, int level = 2);
    /// Index of the theme with `id` in session.themes, or -1.
    int themeIndex(const std::string& id) const;
    /// The theme of outcome `i`: its own themeId, else the one of its table.
    std::string outcomeThemeId(std::size_t i) const;
    /// The action status word in the report's language ("klaar", "done").
    std::string statusWord(ActionStatus status) const;

    const Session& session;
    const ReportOptions& options;
    Report report;

  private:
    std::unordered_set<std::string> usedPaths_;
};

/// One block of bullets with a caption; nothing when `items` is empty.
void addBullets(ReportSection& section, const std::string& caption, std::vector<std::string> items);
void addParagraph(ReportSection& section, std::string text, BlockKind kind = BlockKind::Paragraph);

// Sections shared by the kinds (report_build_feedback.cpp).
void addEveningSection(ReportBuilder& b);
void addHeardSection(ReportBuilder& b);
void addThemeSections(ReportBuilder& b);
void addSchoolWillSections(ReportBuilder& b, bool internal);
void addFollowUpSections(ReportBuilder& b);
void fillActionList(ReportBuilder& b, const std::vector<std::size_t>& actionIndexes);

// voortgang (report_build_progress.cpp)
void addProgressSections(ReportBuilder& b);

// intern (report_build_internal.cpp)
void addAttendanceSection(ReportBuilder& b);
void addTimingSection(ReportBuilder& b);
void addTableDetailSections(ReportBuilder& b);

} // namespace dlg::report_detail
