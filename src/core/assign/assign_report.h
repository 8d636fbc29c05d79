// Report, objective and hard-rule check of a finished seating, computed from scratch (not from
// the solver's counters, so tests can hold one against the other). Internal to core/assign*.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/assign/assign.h"
#include "core/assign/assign_instance.h"

namespace dlg::assign {

/// Fills `result.seats`, `tables`, `objective`, `moves`, `repeatedPairs` and `hardViolations` for
/// `tableOf` (person -> table, -1 unseated). `previous` and `round1` may be empty.
/// `pinnedSeats` are the seats pinned people must keep (person id -> table id).
void describeSeating(const Instance& instance, const std::vector<int>& tableOf,
                     const std::vector<int>& previous, const std::vector<int>& round1,
                     const std::map<std::string, std::string>& pinnedSeats, AssignResult& result);

} // namespace dlg::assign
