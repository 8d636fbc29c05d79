// The one form a grade (groep/leerjaar) has everywhere: in the file, after an import, in the
// window and for the balancer, which counts "groep 8" and "8" as one grade only when they are
// written alike (issue 18). The canonical form is the bare grade: "8", "3A"; older files that
// wrote "groep 8" read as "8".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dlg {

/// "groep 8", "Groep8", "gr. 8", "leerjaar 8 " -> "8"; "groep 3a" -> "3A"; a grade without a
/// number after the word ("kleuters") keeps its words, trimmed.
std::string canonicalGrade(std::string_view grade);

/// Each grade in canonical form, empty ones and repeats dropped, order kept.
std::vector<std::string> canonicalGrades(const std::vector<std::string>& grades);

} // namespace dlg
