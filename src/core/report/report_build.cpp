// buildReport: the kind words and the shared builder state; the sections live in
// report_build_feedback.cpp, report_build_progress.cpp and report_build_internal.cpp.
#include <array>
#include <numeric>

#include "core/report/report.h"
#include "core/report/report_builder.h"

namespace dlg {
namespace {

constexpr std::array kKindNames{"terugkoppeling", "voortgang", "intern"};

} // namespace

const char* toString(ReportKind kind) {
    return kKindNames[static_cast<std::size_t>(kind)];
}

std::optional<ReportKind> reportKindFromString(const std::string& text) {
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (text == kKindNames[i]) return static_cast<ReportKind>(i);
    return std::nullopt;
}

bool isPublic(ReportKind kind) {
    return kind != ReportKind::Internal;
}

namespace report_detail {

ReportBuilder::ReportBuilder(const Session& session_, const ReportOptions& options_)
    : session(session_), options(options_) {
    report.kind = options.kind;
    report.language = session.meta.language == "en" ? "en" : "nl";
    report.containsPersonalData = options.kind == ReportKind::Internal;
}

const std::string& ReportBuilder::use(const std::string& path, const std::string& value, bool roleField) {
    if (!value.empty() && usedPaths_.insert(path).second)
        report.sourceTexts.push_back({path, value, roleField});
    return value;
}

std::string ReportBuilder::useOrUnknown(const std::string& path, const std::string& value, bool roleField) {
    return value.empty() ? text("unknown") : use(path, value, roleField);
}

ReportSection& ReportBuilder::addSection(const std::string& heading, int level) {
    report.sections.push_back({heading, level, {}});
    return report.sections.back();
}

int ReportBuilder::themeIndex(const std::string& id) const {
    for (std::size_t i = 0; i < session.themes.size(); ++i)
        if (session.themes[i].id == id) return static_cast<int>(i);
    return -1;
}

std::string ReportBuilder::outcomeThemeId(std::size_t i) const {
    const TableOutcome& outcome = session.outcomes.tables[i];
    if (!outcome.themeId.empty()) return outcome.themeId;
    for (const Table& table : session.tables)
        if (table.id == outcome.tableId) return table.themeId;
    return {};
}

std::string ReportBuilder::statusWord(ActionStatus status) const {
    return text(std::string("status.") + toString(status));
}

void addBullets(ReportSection& section, const std::string& caption, std::vector<std::string> items) {
    if (items.empty()) return;
    ReportBlock block;
    block.kind = BlockKind::Bullets;
    block.caption = caption;
    block.items = std::move(items);
    section.blocks.push_back(std::move(block));
}

void addParagraph(ReportSection& section, std::string text, BlockKind kind) {
    if (text.empty()) return;
    ReportBlock block;
    block.kind = kind;
    block.items.push_back(std::move(text));
    section.blocks.push_back(std::move(block));
}

} // namespace report_detail

Report buildReport(const Session& session, const ReportOptions& options) {
    using namespace report_detail;
    ReportBuilder b(session, options);
    const std::string titleText =
        session.meta.title.empty() ? b.text("title.untitled") : b.use("meta.title", session.meta.title);
    b.report.title = b.text(std::string("title.") + toString(options.kind), {titleText});
    std::string subtitle = session.meta.school.empty() ? "" : b.use("meta.school", session.meta.school);
    if (!session.meta.date.empty()) subtitle += (subtitle.empty() ? "" : " · ") + b.date(session.meta.date);
    b.report.subtitle = subtitle;

    switch (options.kind) {
    case ReportKind::Feedback: {
        ReportSection& intro = b.addSection("", 2);
        addParagraph(intro, b.text("intro.terugkoppeling"));
        addEveningSection(b);
        addHeardSection(b);
        addThemeSections(b);
        addSchoolWillSections(b, false);
        addFollowUpSections(b);
        break;
    }
    case ReportKind::Progress:
        addProgressSections(b);
        break;
    case ReportKind::Internal: {
        ReportSection& intro = b.addSection("", 2);
        addParagraph(intro, b.text("notice.personalData"), BlockKind::Notice);
        addParagraph(intro, b.text("intro.intern"));
        addEveningSection(b);
        addAttendanceSection(b);
        addTimingSection(b);
        addHeardSection(b);
        addThemeSections(b);
        addTableDetailSections(b);
        addSchoolWillSections(b, true);
        addFollowUpSections(b);
        break;
    }
    }
    if (options.kind != ReportKind::Progress) {
        std::vector<std::size_t> all(session.actions.size());
        std::iota(all.begin(), all.end(), std::size_t{0});
        fillActionList(b, all);
    }
    return std::move(b.report);
}

} // namespace dlg
