// The table balancer's fresh-seating problem as a mixed-integer model in CPLEX LP text, so an
// exact solver (Debian's coinor-cbc: `cbc model.lp solve`) can prove how close the heuristic
// gets. Same hard rules and soft objective as assignTables (without moves and repeated pairs).
#pragma once

#include <string>
#include <vector>

#include "core/assign/assign.h"

namespace dlg {

struct AssignLpModel {
    std::string text;                 ///< the model in LP format; empty when infeasible
    std::vector<std::string> reasons; ///< why no seating exists (as assignTables reports it)
};

AssignLpModel assignLpModel(const Session& session, const AssignOptions& options);

/// The largest c with |n - target| >= slope * n + c for every whole n from 0 to `most` (a hair
/// below, so rounding never cuts off a seating): with slope 1 - 2 * (target's fraction) it is the
/// line through the two whole numbers around the target, the tightest cut on a grade's spread.
double spreadIntercept(double target, double slope, int most);

} // namespace dlg
