#include "core/model/problems.h"

namespace dlg {

std::string describe(const Problem& problem) {
    return problem.path.empty() ? problem.message : problem.path + ": " + problem.message;
}

} // namespace dlg
