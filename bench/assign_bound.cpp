#include "assign_bound.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <set>
#include <stdexcept>

#include "assign_bound_patterns.h"
#include "assign_bound_pricing.h"
#include "core/assign/assign_instance.h"

namespace bench {
namespace {

using bound::Pattern;
using bound::PatternProblem;

// A pattern's identity, so the master never takes one twice.
std::vector<int> patternKey(const Pattern& pattern) {
    std::vector<int> key = {pattern.tableClass, pattern.size};
    key.insert(key.end(), pattern.blocks.begin(), pattern.blocks.end());
    return key;
}

// The restricted master LP: a share of each table class's tables per pattern found so far.
// Rows (1-based): one per table class (its tables), one per block kind (its blocks), and the
// number of large tables when two sizes exist.
class Master {
  public:
    explicit Master(const PatternProblem& problem)
        : problem_(problem), lp_(glp_create_prob(), &glp_delete_prob) {
        const int classes = static_cast<int>(problem.classes.size());
        const int kinds = static_cast<int>(problem.kinds.size());
        glp_set_obj_dir(lp_.get(), GLP_MIN);
        glp_add_rows(lp_.get(), classes + kinds + (twoSizes() ? 1 : 0));
        for (int c = 0; c < classes; ++c)
            fix(classRow(c), problem.classes[c].tables);
        for (int k = 0; k < kinds; ++k)
            fix(kindRow(k), problem.kinds[k].supply);
        if (twoSizes()) fix(largeRow(), problem.largeTables);
    }

    /// Adds the pattern as a column; false when the master has it already.
    bool add(const Pattern& pattern) {
        if (!known_.insert(patternKey(pattern)).second) return false;
        const int column = glp_add_cols(lp_.get(), 1);
        glp_set_col_bnds(lp_.get(), column, GLP_LO, 0, 0);
        glp_set_obj_coef(lp_.get(), column, pattern.cost);
        std::vector<int> index = {0, classRow(pattern.tableClass)};
        std::vector<double> value = {0, 1};
        for (std::size_t k = 0; k < pattern.blocks.size(); ++k)
            if (pattern.blocks[k] > 0) {
                index.push_back(kindRow(static_cast<int>(k)));
                value.push_back(pattern.blocks[k]);
            }
        if (twoSizes() && pattern.size == problem_.largeSize) {
            index.push_back(largeRow());
            value.push_back(1);
        }
        glp_set_mat_col(lp_.get(), column, static_cast<int>(index.size()) - 1, index.data(), value.data());
        return true;
    }

    /// Solves the LP (warm from the last basis); its optimum.
    double solve() {
        glp_smcp parameters;
        glp_init_smcp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        if (glp_simplex(lp_.get(), &parameters) != 0 || glp_get_status(lp_.get()) != GLP_OPT)
            throw std::runtime_error("GLPK did not solve the master LP");
        return glp_get_obj_val(lp_.get());
    }

    std::vector<double> kindPrices() const {
        std::vector<double> prices;
        for (std::size_t k = 0; k < problem_.kinds.size(); ++k)
            prices.push_back(glp_get_row_dual(lp_.get(), kindRow(static_cast<int>(k))));
        return prices;
    }
    /// What a table of the class with a pattern of `size` is worth to the LP beyond its blocks.
    double tablePrice(int tableClass, int size) const {
        double price = glp_get_row_dual(lp_.get(), classRow(tableClass));
        if (twoSizes() && size == problem_.largeSize) price += glp_get_row_dual(lp_.get(), largeRow());
        return price;
    }
    int patterns() const { return static_cast<int>(known_.size()); }

  private:
    bool twoSizes() const { return problem_.largeSize != problem_.smallSize; }
    int classRow(int c) const { return 1 + c; }
    int kindRow(int k) const { return 1 + static_cast<int>(problem_.classes.size()) + k; }
    int largeRow() const { return 1 + static_cast<int>(problem_.classes.size() + problem_.kinds.size()); }
    void fix(int row, double value) { glp_set_row_bnds(lp_.get(), row, GLP_FX, value, value); }

    const PatternProblem& problem_;
    std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> lp_;
    std::set<std::vector<int>> known_; ///< patternKey of every column
};

// One round: the master LP, then the cheapest pattern of every class and size under its prices.
// Returns the Lagrangian bound of the round (valid whatever the master's columns are) and adds
// every new pattern that would lower the LP.
double priceRound(const PatternProblem& problem, Master& master, int& added) {
    const double lp = master.solve();
    const std::vector<double> prices = master.kindPrices();
    double bound = lp + problem.fixedCost;
    added = 0;
    for (std::size_t c = 0; c < problem.classes.size(); ++c) {
        const int tableClass = static_cast<int>(c);
        double cheapest = std::numeric_limits<double>::infinity();
        for (int size = problem.smallSize; size <= problem.largeSize; ++size) {
            auto pricing = bound::cheapestPattern(problem, tableClass, size, prices);
            if (!pricing) continue;
            const double tablePrice = master.tablePrice(tableClass, size);
            // GLPK's optimum may sit a hair off the pattern's own cost: decide on the pattern's
            // reduced cost recomputed exactly (the master also refuses a pattern it has).
            double exact = pricing->pattern.cost - tablePrice;
            for (std::size_t k = 0; k < prices.size(); ++k)
                exact -= prices[k] * pricing->pattern.blocks[k];
            // GLPK proves its optimum only up to its objective tolerance (1e-7 relative): allow
            // ten times that below the cheapest pattern it found.
            const double slack = 1e-6 * (1 + std::fabs(pricing->reduced));
            cheapest = std::min(cheapest, std::min(exact, pricing->reduced - tablePrice) - slack);
            if (exact < -1e-6 * (1 + std::fabs(pricing->pattern.cost)) && master.add(pricing->pattern))
                ++added;
        }
        if (!std::isfinite(cheapest))
            throw std::runtime_error("a kind of table has no seating that keeps the rules");
        // Every seating gives the class's tables patterns costing at least their price plus this.
        bound += problem.classes[c].tables * cheapest;
    }
    return bound;
}

} // namespace

PatternBound patternBound(const dlg::Session& session, const dlg::AssignOptions& options, int maxRounds) {
    PatternBound result;
    dlg::AssignOptions start = options;
    start.thorough = false;
    start.searches = 1;
    start.progress = nullptr;
    const dlg::AssignResult seating = dlg::assignTables(session, start);
    if (!seating.feasible) {
        result.reasons = seating.reasons;
        return result;
    }
    std::vector<std::string> reasons;
    const dlg::assign::Instance in =
        dlg::assign::buildInstance(session, start, session.assignment.seats, reasons);
    const PatternProblem problem = bound::patternProblem(in);
    glp_term_out(GLP_OFF);
    try {
        Master master(problem);
        for (const Pattern& pattern :
             bound::seatingPatterns(problem, in, dlg::assign::seatsToIndex(in, seating.seats)))
            master.add(pattern); // tables with the same company give one column
        double best = -std::numeric_limits<double>::infinity();
        for (int round = 0; round < maxRounds; ++round) {
            int added = 0;
            best = std::max(best, priceRound(problem, master, added));
            result.rounds = round + 1;
            if (added == 0) {
                result.converged = true;
                break;
            }
        }
        result.bound = best;
        result.patterns = master.patterns();
    } catch (const std::exception& error) {
        result.reasons.push_back(error.what());
    }
    return result;
}

} // namespace bench
