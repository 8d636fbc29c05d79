#include "core/timeline/timeline_squeeze.h"

#include <algorithm>

namespace dlg {

int SqueezeProposal::cutMinutes() const {
    int total = 0;
    for (const SqueezeChange& change : changes)
        total += change.cutMinutes;
    return total;
}

SqueezeProposal proposeSqueeze(const std::vector<SqueezeCandidate>& candidates, std::int64_t lateSeconds) {
    SqueezeProposal proposal;
    if (lateSeconds <= 0) return proposal;
    proposal.neededMinutes = static_cast<int>((lateSeconds + 59) / 60);

    std::vector<std::int64_t> slack(candidates.size(), 0);
    std::int64_t totalSlack = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::int64_t above =
            candidates[i].durationSeconds - std::int64_t{candidates[i].minimumMinutes} * 60;
        slack[i] = std::max<std::int64_t>(0, above / 60);
        totalSlack += slack[i];
    }

    std::vector<std::int64_t> cut(candidates.size(), 0);
    const std::int64_t needed = proposal.neededMinutes;
    if (totalSlack <= needed) {
        cut = slack;
        proposal.stillLateMinutes = static_cast<int>(needed - totalSlack);
    } else {
        // Largest remainder: floor of each share first, then one more minute to the largest
        // fractional parts. A share is below its slack because needed < totalSlack, so the extra
        // minute never pushes a phase under its minimum.
        std::int64_t given = 0;
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            cut[i] = needed * slack[i] / totalSlack;
            given += cut[i];
            order.push_back(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return (needed * slack[a]) % totalSlack > (needed * slack[b]) % totalSlack;
        });
        for (std::size_t k = 0; given < needed && k < order.size(); ++k, ++given)
            ++cut[order[k]];
    }

    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (cut[i] <= 0) continue;
        SqueezeChange change;
        change.phaseIndex = candidates[i].phaseIndex;
        change.phaseId = candidates[i].phaseId;
        change.title = candidates[i].title;
        change.fromMinutes = static_cast<int>(candidates[i].durationSeconds / 60);
        change.cutMinutes = static_cast<int>(cut[i]);
        change.toMinutes = change.fromMinutes - change.cutMinutes;
        proposal.changes.push_back(change);
    }
    return proposal;
}

} // namespace dlg
