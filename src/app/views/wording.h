// Small pieces of Dutch (and English) that several screens need to get right: a count with the
// right noun ("1 ouder", "3 ouders"), a grade that already says "groep", a line cut with "…", and
// the seating described in plain words instead of the balancer's weighted objective.
#pragma once

#include <cstdint>
#include <string>

#include "app/views/texts.h"
#include "core/assign/assign.h"

namespace dlg {

/// "1 ouder" / "3 ouders": `n`, a space and the text of `oneKey` when n == 1, else `manyKey`.
std::string countNoun(const Texts& t, int n, const char* oneKey, const char* manyKey);

/// "Groep 5" for "5", but "groep 5" as it is (no "Groep groep 5"); `word` is the catalogue's "Groep".
std::string gradeText(const std::string& word, const std::string& grade);

/// `text` cut to fit `width` pixels in the current font, ending in "…"; whole when it fits. Cuts
/// between UTF-8 code points.
std::string ellipsize(const std::string& text, float width);

/// "45 min / 21 min": planned and actual seconds in one unit, whole minutes (rounded; "<1 min" for
/// a phase that ran less than half a minute but did run).
std::string plannedActualMinutes(std::int64_t plannedSeconds, std::int64_t actualSeconds);

/// "Balans: goed · 3 wensen niet gehaald · 1 tafel zonder medewerker": the seating for the
/// facilitator, from its per-table report and the hard-rule check.
std::string seatingSummary(const Texts& t, const AssignResult& result);

/// The better seating found in the background, in the same plain words as the seating itself
/// ("Betere indeling gevonden. Balans: goed · 2 wensen niet gehaald"), no objective points.
std::string offerSummary(const Texts& t, const AssignResult& better);

} // namespace dlg
