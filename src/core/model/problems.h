// A problem found in a session: where (a JSON path such as `participants[3].role`) and what, in
// plain language. Loading, validation and import all report through this one shape.
#pragma once

#include <string>
#include <vector>

namespace dlg {

struct Problem {
    std::string path;    ///< JSON path, e.g. `phases[2].plannedMinutes`; empty for the whole file
    std::string message; ///< plain-language explanation with the fix where there is one
};

using Problems = std::vector<Problem>;

/// `path: message`, the form used on stderr and in the GUI.
std::string describe(const Problem& problem);

} // namespace dlg
