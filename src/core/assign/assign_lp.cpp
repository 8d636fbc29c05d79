#include "core/assign/assign_lp.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/assign/assign_instance.h"

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

int gradeMembers(const assign::Instance& in, int block, int grade) {
    int count = 0;
    for (int p : in.blocks[block].members)
        for (int g : in.gradesOf[p])
            count += g == grade ? 1 : 0;
    return count;
}

// d >= slope * n + smallIntercept + (largeIntercept - smallIntercept) * y: valid for every whole
// number n of parents of the grade at a table of either size (y = 0 small, 1 large).
struct SpreadCut {
    double slope = 0;
    double smallIntercept = 0;
    double largeIntercept = 0;
};

// One cut per table size: the line through |n - target| at the two whole numbers around that
// size's target (the convex hull of the integer points, with the plain |.| rows).
std::vector<SpreadCut> spreadCuts(const assign::Instance& in, int grade, int extra) {
    std::vector<SpreadCut> cuts;
    const double share = in.gradeShare[grade];
    for (int size : {in.smallSize, in.smallSize + extra}) {
        const double target = share * size;
        const double fraction = target - std::floor(target);
        const double slope = 1 - 2 * fraction;
        if (std::fabs(slope) > 1 - 1e-9) continue; // a whole target: the |.| rows are the hull
        bool known = false;
        for (const SpreadCut& cut : cuts)
            known = known || std::fabs(cut.slope - slope) < 1e-12;
        if (known) continue;
        cuts.push_back({slope, spreadIntercept(share * in.smallSize, slope, in.largeSize),
                        spreadIntercept(share * (in.smallSize + extra), slope, in.largeSize)});
    }
    return cuts;
}

// Groups of two or more tables that no rule or cost tells apart.
std::vector<std::vector<int>> interchangeableTables(const assign::Instance& in) {
    std::vector<bool> fixedTo(in.tableCount, false);
    for (const assign::Block& block : in.blocks)
        if (block.fixedTable >= 0) fixedTo[block.fixedTable] = true;
    std::vector<std::vector<int>> groups;
    std::vector<bool> grouped(in.tableCount, false);
    for (int t = 0; t < in.tableCount; ++t) {
        if (fixedTo[t] || grouped[t]) continue;
        std::vector<int> group = {t};
        for (int u = t + 1; u < in.tableCount; ++u)
            if (!fixedTo[u] && !grouped[u] && in.maxSize[u] == in.maxSize[t] &&
                in.tables[u]->themeId == in.tables[t]->themeId) {
                group.push_back(u);
                grouped[u] = true;
            }
        if (group.size() > 1) groups.push_back(std::move(group));
    }
    return groups;
}

} // namespace

double spreadIntercept(double target, double slope, int most) {
    double intercept = std::fabs(target); // n = 0
    for (int n = 1; n <= most; ++n)
        intercept = std::min(intercept, std::fabs(n - target) - slope * n);
    return intercept - 1e-9; // a hair below, so rounding in the LP text never cuts off a seating
}

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
    // Tables with the same theme and room and nobody fixed to them are interchangeable: number
    // them by their lowest free block, so the k-th free block sits at one of the first k + 1.
    for (const std::vector<int>& twins : interchangeableTables(in)) {
        int freeBlock = 0;
        for (int b = 0; b < blocks; ++b) {
            if (in.blocks[b].fixedTable >= 0) continue;
            for (int rank = freeBlock + 1; rank < static_cast<int>(twins.size()); ++rank) {
                out << rowName();
                Row order(out);
                order.term(1, x(b, twins[rank]));
                order.end("=", 0);
            }
            if (++freeBlock + 1 >= static_cast<int>(twins.size())) break;
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
                for (int b = 0; b < blocks; ++b)
                    spread.term(-sign * gradeMembers(in, b, g), x(b, t));
                spread.term(sign * in.gradeShare[g] * extra, y(t));
                spread.end(">=", -sign * in.gradeShare[g] * in.smallSize);
            }
            // The parents of a grade at a table are a whole number, so |n - share * size| has a
            // positive minimum when the fair share is fractional; these cuts give the relaxation
            // that minimum (summed over tables it is the exact least spread of the grade).
            for (const SpreadCut& cut : spreadCuts(in, g, extra)) {
                out << rowName();
                Row floor(out);
                floor.term(1, d);
                for (int b = 0; b < blocks; ++b)
                    floor.term(-cut.slope * gradeMembers(in, b, g), x(b, t));
                floor.term(-(cut.largeIntercept - cut.smallIntercept), y(t));
                floor.end(">=", cut.smallIntercept);
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
