#include "assign_bound_pricing.h"

#include <glpk.h>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/assign/assign_lp.h"

namespace bench::bound {
namespace {

using Problem = std::unique_ptr<glp_prob, decltype(&glp_delete_prob)>;

// Columns of the pricing program, GLPK's 1-based numbering.
struct Columns {
    int kinds = 0, grades = 0, languages = 0;
    int kind(int k) const { return 1 + k; }
    int spread(int g) const { return 1 + kinds + g; }                           ///< d >= |n - target|
    int bridged(int l) const { return 1 + kinds + grades + l; }                 ///< 1 only with a bridge
    int unsupported(int l) const { return 1 + kinds + grades + languages + l; } ///< needers left alone
};

// Adds the row `lower <= sum coefficient * column` (or `== lower` when `fixed`).
void addRow(glp_prob* lp, const std::vector<std::pair<int, double>>& terms, double lower,
            bool fixed = false) {
    const int row = glp_add_rows(lp, 1);
    std::vector<int> index = {0};
    std::vector<double> value = {0};
    for (const auto& [column, coefficient] : terms)
        if (coefficient != 0) {
            index.push_back(column);
            value.push_back(coefficient);
        }
    glp_set_mat_row(lp, row, static_cast<int>(index.size()) - 1, index.data(), value.data());
    glp_set_row_bnds(lp, row, fixed ? GLP_FX : GLP_LO, lower, lower);
}

// sign * (blocks of each kind * what one block of the kind adds to a count at the table).
template <typename PerKind>
std::vector<std::pair<int, double>> countTerms(const PatternProblem& problem, const Columns& columns,
                                               double sign, PerKind perKind) {
    std::vector<std::pair<int, double>> terms;
    for (int k = 0; k < columns.kinds; ++k)
        terms.emplace_back(columns.kind(k), sign * perKind(problem.kinds[k]));
    return terms;
}

} // namespace

std::optional<Pricing> cheapestPattern(const PatternProblem& problem, int tableClass, int size,
                                       const std::vector<double>& kindPrices) {
    const TableClass& table = problem.classes[tableClass];
    const int seats = size - table.fixedSize;
    if (seats < 0 || size > table.maxSize) return std::nullopt;
    Columns columns;
    columns.kinds = static_cast<int>(problem.kinds.size());
    columns.grades = static_cast<int>(problem.gradeShare.size());
    columns.languages = static_cast<int>(table.fixedNeeds.size());

    Problem owner(glp_create_prob(), &glp_delete_prob);
    glp_prob* lp = owner.get();
    glp_set_obj_dir(lp, GLP_MIN);
    glp_add_cols(lp, columns.kinds + columns.grades + 2 * columns.languages);
    for (int k = 0; k < columns.kinds; ++k) {
        const BlockKind& kind = problem.kinds[k];
        const int most = kind.size <= seats ? kind.supply : 0;
        glp_set_col_kind(lp, columns.kind(k), GLP_IV);
        glp_set_col_bnds(lp, columns.kind(k), most > 0 ? GLP_DB : GLP_FX, 0, most);
        glp_set_obj_coef(lp, columns.kind(k),
                         problem.preferenceWeight * kind.points[tableClass] - kindPrices[k]);
    }
    for (int g = 0; g < columns.grades; ++g) {
        glp_set_col_bnds(lp, columns.spread(g), GLP_LO, 0, 0);
        glp_set_obj_coef(lp, columns.spread(g), problem.gradeWeight);
    }
    for (int l = 0; l < columns.languages; ++l) {
        glp_set_col_kind(lp, columns.bridged(l), GLP_BV);
        glp_set_col_bnds(lp, columns.unsupported(l), GLP_LO, 0, 0);
        glp_set_obj_coef(lp, columns.unsupported(l), problem.languageWeight);
    }

    auto sizeTerms = countTerms(problem, columns, 1, [](const BlockKind& k) { return k.size; });
    addRow(lp, sizeTerms, seats, true);
    auto staffTerms = countTerms(problem, columns, 1, [](const BlockKind& k) { return k.staff; });
    addRow(lp, staffTerms, problem.staffMin[size] - table.fixedStaff);
    auto staffCap = countTerms(problem, columns, -1, [](const BlockKind& k) { return k.staff; });
    addRow(lp, staffCap, table.fixedStaff - problem.staffMax[size]);

    for (int g = 0; g < columns.grades; ++g) {
        const double target = problem.gradeShare[g] * size;
        const double fixed = table.fixedGrades[g];
        auto grade = [g](const BlockKind& k) { return k.grades[g]; };
        for (double sign : {1.0, -1.0}) { // d - sign * n >= -sign * target
            auto terms = countTerms(problem, columns, -sign, grade);
            terms.emplace_back(columns.spread(g), 1);
            addRow(lp, terms, sign * (fixed - target));
        }
        // The tightest line under |n - target| over whole n (as in the LP model), so the
        // relaxation GLPK branches on is close to the whole-number answer.
        const double slope = 1 - 2 * (target - std::floor(target));
        if (std::fabs(slope) < 1 - 1e-9) {
            auto terms = countTerms(problem, columns, -slope, grade);
            terms.emplace_back(columns.spread(g), 1);
            addRow(lp, terms, slope * fixed + dlg::spreadIntercept(target, slope, size));
        }
    }
    for (int l = 0; l < columns.languages; ++l) {
        // bridged <= bridges at the table; unsupported >= needers - size * bridged.
        auto bridges = countTerms(problem, columns, 1, [l](const BlockKind& k) { return k.bridges[l]; });
        bridges.emplace_back(columns.bridged(l), -1);
        addRow(lp, bridges, -table.fixedBridges[l]);
        auto needs = countTerms(problem, columns, -1, [l](const BlockKind& k) { return k.needs[l]; });
        needs.emplace_back(columns.bridged(l), size);
        needs.emplace_back(columns.unsupported(l), 1);
        addRow(lp, needs, table.fixedNeeds[l]);
    }

    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.presolve = GLP_ON;
    parameters.br_tech = GLP_BR_DTH;
    parameters.bt_tech = GLP_BT_BLB;
    parameters.gmi_cuts = parameters.mir_cuts = parameters.cov_cuts = parameters.clq_cuts = GLP_ON;
    const int code = glp_intopt(lp, &parameters);
    if (code == GLP_ENOPFS || (code == 0 && glp_mip_status(lp) == GLP_NOFEAS)) return std::nullopt;
    if (code != 0 || glp_mip_status(lp) != GLP_OPT)
        throw std::runtime_error("GLPK did not solve a pricing problem (glp_intopt " + std::to_string(code) +
                                 ")");

    Pricing pricing;
    pricing.pattern.tableClass = tableClass;
    pricing.pattern.size = size;
    for (int k = 0; k < columns.kinds; ++k)
        pricing.pattern.blocks.push_back(static_cast<int>(std::lround(glp_mip_col_val(lp, columns.kind(k)))));
    pricing.pattern.cost = patternCost(problem, tableClass, size, pricing.pattern.blocks);
    pricing.reduced = glp_mip_obj_val(lp);
    return pricing;
}

} // namespace bench::bound
