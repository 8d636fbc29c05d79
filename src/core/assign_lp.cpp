#include "core/assign_lp.h"

#include <sstream>

#include "core/assign_instance.h"

namespace dlg {
namespace {

// Writes `name: terms sense rhs`, wrapping long rows (LP readers limit the line length).
class Row {
  public:
    explicit Row(std::ostringstream& out) : out_(out) {}
    void term(double coefficient, const std::string& variable) {
        if (coefficient == 0) return;
        out_ << (coefficient < 0 ? " - " : " + ") << (coefficient < 0 ? -coefficient : coefficient) << " "
             << variable;
        if (++count_ % 6 == 0) out_ << "\n   ";
    }
    void end(const char* sense, double rhs) {
        if (count_ == 0) out_ << " 0 x_zero";
        out_ << " " << sense << " " << rhs << "\n";
    }

  private:
    std::ostringstream& out_;
    int count_ = 0;
};

std::string x(int block, int table) {
    return "x_" + std::to_string(block) + "_" + std::to_string(table);
}
std::string y(int table) {
    return "y_" + std::to_string(table);
}

} // namespace

AssignLpModel assignLpModel(const Session& session, const AssignOptions& options) {
    AssignLpModel model;
    assign::Instance in = assign::buildInstance(session, options, session.assignment.seats, model.reasons);
    if (!model.reasons.empty()) return model;
    const int tables = in.tableCount;
    const int blocks = static_cast<int>(in.blocks.size());
    const int grades = static_cast<int>(in.gradeNames.size());
    const int extra = in.largeSize - in.smallSize; // 0 or 1: a table is small or large
    std::ostringstream out;
    out.precision(12);
    out << "\\ dialoogavond table balancer: " << in.people << " people, " << tables
        << " tables\nMinimize\n obj:";
    {
        Row objective(out);
        for (int b = 0; b < blocks; ++b)
            for (int t = 0; t < tables; ++t) {
                int points = 0;
                for (int p : in.blocks[b].members)
                    points += in.prefPoints[static_cast<std::size_t>(p) * tables + t];
                objective.term(in.rules.preferenceWeight * points, x(b, t));
            }
        for (int t = 0; t < tables; ++t)
            for (int g = 0; g < grades; ++g)
                objective.term(in.rules.gradeWeight, "d_" + std::to_string(t) + "_" + std::to_string(g));
        for (int p = 0; p < in.people; ++p)
            for (int t = 0; t < tables && in.needsLanguage[p] >= 0; ++t)
                objective.term(in.rules.languageWeight, "u_" + std::to_string(p) + "_" + std::to_string(t));
        out << "\n";
    }
    out << "Subject To\n";
    int rowNumber = 0;
    auto rowName = [&] { return " r" + std::to_string(++rowNumber) + ":"; };
    for (int b = 0; b < blocks; ++b) {
        out << rowName();
        Row row(out);
        for (int t = 0; t < tables; ++t)
            row.term(1, x(b, t));
        row.end("=", 1);
        if (in.blocks[b].fixedTable >= 0) {
            out << rowName();
            Row fixed(out);
            fixed.term(1, x(b, in.blocks[b].fixedTable));
            fixed.end("=", 1);
        }
    }
    for (int t = 0; t < tables; ++t) {
        // size = small + extra * y; staff within the band of that size.
        out << rowName();
        Row size(out);
        for (int b = 0; b < blocks; ++b)
            size.term(static_cast<double>(in.blocks[b].members.size()), x(b, t));
        size.term(-extra, y(t));
        size.end("=", in.smallSize);
        const int loSmall = in.staffMin(in.smallSize), loLarge = in.staffMin(in.largeSize);
        const int hiSmall = in.staffMax(in.smallSize), hiLarge = in.staffMax(in.largeSize);
        out << rowName();
        Row low(out);
        for (int b = 0; b < blocks; ++b)
            low.term(in.blocks[b].staff, x(b, t));
        low.term(-(loLarge - loSmall), y(t));
        low.end(">=", loSmall);
        out << rowName();
        Row high(out);
        for (int b = 0; b < blocks; ++b)
            high.term(in.blocks[b].staff, x(b, t));
        high.term(-(hiLarge - hiSmall), y(t));
        high.end("<=", hiSmall);
        if (in.maxSize[t] < in.largeSize) {
            out << rowName();
            Row capacity(out);
            capacity.term(1, y(t));
            capacity.end("=", 0);
        }
        // d >= |parents of grade g - share * size|, size = small + extra * y.
        for (int g = 0; g < grades; ++g) {
            const std::string d = "d_" + std::to_string(t) + "_" + std::to_string(g);
            for (int sign : {1, -1}) {
                out << rowName();
                Row spread(out);
                spread.term(1, d);
                for (int b = 0; b < blocks; ++b) {
                    int count = 0;
                    for (int p : in.blocks[b].members)
                        for (int grade : in.gradesOf[p])
                            count += grade == g ? 1 : 0;
                    spread.term(-sign * count, x(b, t));
                }
                spread.term(sign * in.gradeShare[g] * extra, y(t));
                spread.end(">=", -sign * in.gradeShare[g] * in.smallSize);
            }
        }
        // u >= x(own block) - bridges of the language at the table other than the person.
        for (int p = 0; p < in.people; ++p) {
            const int language = in.needsLanguage[p];
            if (language < 0) continue;
            out << rowName();
            Row need(out);
            need.term(1, "u_" + std::to_string(p) + "_" + std::to_string(t));
            for (int b = 0; b < blocks; ++b) {
                int bridges = 0;
                for (int q : in.blocks[b].members)
                    for (int l : in.bridges[q])
                        bridges += (l == language && q != p) ? 1 : 0;
                double coefficient = bridges - (b == in.blockOf[p] ? 1 : 0);
                need.term(coefficient, x(b, t));
            }
            need.end(">=", 0);
        }
    }
    if (in.rules.families == FamilySeating::Apart) {
        for (int f = 0; f < in.familyCount; ++f)
            for (int t = 0; t < tables; ++t) {
                out << rowName();
                Row apart(out);
                for (int b = 0; b < blocks; ++b)
                    for (int p : in.blocks[b].members)
                        apart.term(in.familyOf[p] == f ? 1 : 0, x(b, t));
                apart.end("<=", 1);
            }
    }
    out << "Bounds\n x_zero = 0\nBinaries\n";
    for (int b = 0; b < blocks; ++b)
        for (int t = 0; t < tables; ++t)
            out << " " << x(b, t) << "\n";
    for (int t = 0; t < tables; ++t)
        out << " " << y(t) << "\n";
    out << "End\n";
    model.text = out.str();
    return model;
}

} // namespace dlg
