#include "app/state/balancer_outcome.h"

#include "app/state/people_logic.h"

namespace dlg {
namespace {

std::string tableName(const Session& session, const std::string& id) {
    for (const Table& table : session.tables)
        if (table.id == id) return table.name;
    return id;
}

} // namespace

void BalancerOutcome::addTo(FrameOutput& out) {
    if (!edit) {
        out.act(ActionKind::People, notice, "notice");
        return;
    }
    out.edit(std::move(*edit));
    edit.reset();
    out.act(ActionKind::People, status, "status");
}

BalancerOutcome balancerOutcome(const Session& session, const AssignResult& result, bool secondRound,
                                std::uint64_t seed, const Texts& t, const std::string& undoKey) {
    BalancerOutcome outcome;
    if (!result.feasible) {
        outcome.notice = t("indeling.infeasible");
        for (const std::string& reason : result.reasons)
            outcome.notice += "\n" + reason;
        for (const std::string& violation : result.hardViolations)
            outcome.notice += "\n" + violation;
        return outcome;
    }
    Assignment after = session.assignment;
    after.seed = seed;
    (secondRound ? after.round2 : after.seats) = result.seats;
    outcome.edit = replaceAssignmentCommand(t(undoKey), session.assignment, after);
    outcome.status = t(undoKey);
    if (!result.moves.empty()) {
        outcome.status += ": " + std::to_string(result.moves.size()) + " " + t("indeling.moved");
        for (const SeatMove& move : result.moves) {
            const Participant* p = findParticipant(session, move.personId);
            outcome.status += " " + (p ? displayName(*p) : move.personId) + " (" +
                              tableName(session, move.fromTable) + " \u2192 " +
                              tableName(session, move.toTable) + ");";
        }
    } else if (result.newcomers > 0) {
        outcome.status += ": " + std::to_string(result.newcomers) + " " + t("indeling.newcomers");
    }
    return outcome;
}

} // namespace dlg
