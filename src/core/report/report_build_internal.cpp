// intern: the parts only the team and the MR see: attendance by grade, planned versus actual
// time per phase (from the run clock in timeline_state.h), and per table its leader, quote and
// notes.
#include <algorithm>
#include <cstdlib>
#include <map>

#include "core/report/report_builder.h"
#include "core/report/report_places.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_state.h"

namespace dlg::report_detail {
namespace {

std::string indexed(const std::string& base, std::size_t i) {
    return base + "[" + std::to_string(i) + "]";
}

/// "2" < "10" < "7a" < "8": digit runs compare by value, so groups sort as people count them.
bool naturalLess(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            std::size_t endA = i, endB = j;
            while (endA < a.size() && isDigit(a[endA]))
                ++endA;
            while (endB < b.size() && isDigit(b[endB]))
                ++endB;
            const std::string numberA = a.substr(i, endA - i), numberB = b.substr(j, endB - j);
            const std::size_t zerosA = numberA.find_first_not_of('0'),
                              zerosB = numberB.find_first_not_of('0');
            const std::string valueA = zerosA == std::string::npos ? "" : numberA.substr(zerosA);
            const std::string valueB = zerosB == std::string::npos ? "" : numberB.substr(zerosB);
            if (valueA.size() != valueB.size()) return valueA.size() < valueB.size();
            if (valueA != valueB) return valueA < valueB;
            i = endA;
            j = endB;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

/// "Jan de Vries": first name, infix and surname as written.
std::string displayName(const Participant& p) {
    std::string name;
    for (const std::string* part : {&p.firstName, &p.infix, &p.lastName}) {
        if (part->empty()) continue;
        if (!name.empty()) name += ' ';
        name += *part;
    }
    return name;
}

struct GradeCount {
    int invited = 0; ///< parents on the list with a child in this grade
    int registered = 0;
    int present = 0;
};

std::string minutesText(std::int64_t seconds) {
    // Round to the nearest minute, halves away from zero, the way a stopwatch is read.
    const std::int64_t minutes = (std::llabs(seconds) + 30) / 60;
    return std::to_string(seconds < 0 ? -minutes : minutes);
}

std::string signedMinutes(std::int64_t seconds) {
    const std::string text = minutesText(seconds);
    return text == "0" || text[0] == '-' ? text : "+" + text;
}

} // namespace

void addAttendanceSection(ReportBuilder& b) {
    auto less = [](const std::string& a, const std::string& c) { return naturalLess(a, c); };
    std::map<std::string, GradeCount, decltype(less)> byGrade(less);
    int staffPresent = 0, staffRegistered = 0;
    for (const Participant& p : b.session.participants) {
        if (p.role == Role::Staff) {
            staffPresent += p.present ? 1 : 0;
            staffRegistered += p.rsvp == Rsvp::Registered ? 1 : 0;
            continue;
        }
        std::vector<std::string> grades = p.grades;
        if (grades.empty()) grades.push_back(b.text("attendance.noGrade"));
        for (const std::string& grade : grades) {
            GradeCount& count = byGrade[grade];
            ++count.invited;
            count.registered += p.rsvp == Rsvp::Registered ? 1 : 0;
            count.present += p.present ? 1 : 0;
        }
    }
    ReportSection& section = b.addSection(b.text("section.attendance"));
    ReportBlock table;
    table.kind = BlockKind::Table;
    table.table.header = {b.text("column.grade"), b.text("column.invited"), b.text("column.registered"),
                          b.text("column.present")};
    table.table.columns = {ColumnContent::Short, ColumnContent::Short, ColumnContent::Short, ColumnContent::Short};
    for (const auto& [grade, count] : byGrade)
        table.table.rows.push_back({grade, std::to_string(count.invited), std::to_string(count.registered),
                                    std::to_string(count.present)});
    if (!table.table.rows.empty()) section.blocks.push_back(std::move(table));
    addParagraph(section,
                 b.text("attendance.staff", {std::to_string(staffPresent), std::to_string(staffRegistered)}));
}

void addTimingSection(ReportBuilder& b) {
    const Session& session = b.session;
    ReportSection& section = b.addSection(b.text("section.timing"));
    const auto& events = session.run.events;
    if (events.empty() || session.phases.empty()) {
        addParagraph(section, b.text("timing.notRun"));
        return;
    }
    // Actual times do not depend on where the plan sits on the clock, so a missing start is fine.
    const Plan plan = makePlan(session.phases, parseClockTime(session.meta.start).value_or(0), std::nullopt);
    RunClock clock;
    for (const RunEvent& event : events)
        clock.now = std::max(clock.now, event.at);
    const RunState state = deriveRunState(plan, session.run, clock);

    ReportBlock table;
    table.kind = BlockKind::Table;
    table.table.header = {b.text("column.phase"), b.text("column.plannedMinutes"),
                          b.text("column.actualMinutes"), b.text("column.difference")};
    table.table.columns = {ColumnContent::Text, ColumnContent::Short, ColumnContent::Short, ColumnContent::Short};
    for (std::size_t k = 0; k < plan.phases.size() && k < state.phases.size(); ++k) {
        const PhaseRun& run = state.phases[k];
        const std::int64_t planned = static_cast<std::int64_t>(plan.phases[k].minutes) * 60;
        const std::string title = b.useOrUnknown(indexed("phases", k) + ".title", session.phases[k].title);
        if (run.visits == 0)
            table.table.rows.push_back({title, minutesText(planned), b.text("timing.skipped"), ""});
        else
            table.table.rows.push_back({title, minutesText(planned), minutesText(run.actualSeconds),
                                        signedMinutes(run.actualSeconds - planned)});
    }
    section.blocks.push_back(std::move(table));
}

void addTableDetailSections(ReportBuilder& b) {
    const auto& outcomes = b.session.outcomes.tables;
    if (outcomes.empty()) return;
    b.addSection(b.text("section.tables"));
    for (std::size_t t = 0; t < outcomes.size(); ++t) {
        const TableOutcome& outcome = outcomes[t];
        const std::string base = indexed("outcomes.tables", t);
        // "Tafel 1", not "Tafel Tafel 1" when the table's own name already says so.
        std::string heading = tableTitle("", t, b.report.language);
        const Table* table = nullptr;
        for (std::size_t k = 0; k < b.session.tables.size(); ++k) {
            if (b.session.tables[k].id != outcome.tableId) continue;
            table = &b.session.tables[k];
            heading = tableTitle(b.use(indexed("tables", k) + ".name", table->name), k, b.report.language);
        }
        ReportSection& section = b.addSection(heading, 3);
        const int theme = b.themeIndex(b.outcomeThemeId(t));
        if (theme >= 0 && !b.session.themes[static_cast<std::size_t>(theme)].title.empty())
            addParagraph(section, b.text("table.theme",
                                         {b.use(indexed("themes", static_cast<std::size_t>(theme)) + ".title",
                                                b.session.themes[static_cast<std::size_t>(theme)].title)}));
        if (!outcome.leader.empty()) {
            addParagraph(section, b.text("table.leader", {b.use(base + ".leader", outcome.leader)}));
        } else if (table && !table->leaderId.empty()) {
            // Nobody typed the leader at the table: the one the indeling assigned led it.
            for (const Participant& p : b.session.participants)
                if (p.id == table->leaderId) addParagraph(section, b.text("table.leader", {displayName(p)}));
        }
        if (!outcome.quote.empty()) {
            addParagraph(section, b.use(base + ".quote", outcome.quote), BlockKind::Quote);
            section.blocks.back().caption = b.text("label.quote");
        }
        if (!outcome.notes.empty()) {
            addParagraph(section, b.use(base + ".notes", outcome.notes));
            section.blocks.back().caption = b.text("label.notes");
        }
    }
}

} // namespace dlg::report_detail
