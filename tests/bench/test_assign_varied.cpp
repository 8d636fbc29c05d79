// The varied evenings of bench_assign --varied (bench/assign_varied.h): every one can be seated,
// each seed gives the same evening, and the draws stay in the ranges issue 18 names.
#include <doctest/doctest.h>

#include "assign_varied.h"
#include "core/assign/assign.h"
#include "core/model/session_json.h"

TEST_CASE("varied evenings: seatable, deterministic, within their ranges") {
    const int shapes[][2] = {{24, 4}, {60, 6}, {120, 12}};
    for (const auto& shape : shapes) {
        for (std::uint64_t seed = 1; seed <= 8; ++seed) {
            bench::VariedShape drawn;
            const dlg::Session session = bench::variedEvening(shape[0], shape[1], seed, &drawn);
            INFO(shape[0] << "/" << shape[1] << " seed " << seed << ": " << drawn.describe());
            CHECK(dlg::sessionToJson(session) ==
                  dlg::sessionToJson(bench::variedEvening(shape[0], shape[1], seed)));
            CHECK(static_cast<int>(session.participants.size()) == shape[0]);
            CHECK(drawn.themes >= 3);
            CHECK(drawn.themes <= std::max(3, shape[1] / 2));
            CHECK(drawn.staffShare >= 0.10);
            CHECK(drawn.staffShare <= 0.30);
            CHECK(drawn.supportShare <= 0.20);
            const dlg::AssignResult result = dlg::assignTables(session, {});
            CHECK(result.feasible);
            CHECK(result.hardViolations.empty());
        }
    }
}
