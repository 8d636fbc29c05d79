// The LP model of the table balancer (bench_assign hands it to cbc) must be an exact model of the
// same rules and objective: every seating that keeps the hard rules is a point of the model with
// the same objective (so the strengthening cuts cut off no seating and cbc's bound is a true lower
// bound of the heuristic), and every point of the model is such a seating. Checked by brute force
// on small evenings, reading the model text back with a small LP reader.
#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <limits>
#include <optional>
#include <sstream>

#include "core/assign/assign.h"
#include "core/assign/assign_instance.h"
#include "core/assign/assign_lp.h"
#include "core/assign/assign_sample.h"
#include "test_assign_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

using Terms = std::vector<std::pair<double, std::string>>;

struct LpRow {
    Terms terms;
    std::string sense;
    double rhs = 0;
};

struct LpText {
    Terms objective;
    std::vector<LpRow> rows;
};

bool number(const std::string& token, double& value) {
    char* end = nullptr;
    value = std::strtod(token.c_str(), &end);
    return !token.empty() && end == token.c_str() + token.size();
}

// Reads the subset of the CPLEX LP format that assignLpModel writes.
LpText readLp(const std::string& text) {
    LpText lp;
    std::istringstream in(text);
    std::string line, section;
    std::vector<std::string> tokens;
    auto flush = [&] {
        Terms* terms = nullptr;
        double sign = 1;
        double coefficient = 1;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const std::string& token = tokens[i];
            double value = 0;
            if (token.back() == ':') {
                if (section == "Subject To") {
                    lp.rows.emplace_back();
                    terms = &lp.rows.back().terms;
                } else {
                    terms = &lp.objective;
                }
            } else if (token == "+" || token == "-") {
                sign = token == "-" ? -1 : 1;
            } else if (token == "<=" || token == ">=" || token == "=") {
                lp.rows.back().sense = token;
                REQUIRE(number(tokens.at(++i), lp.rows.back().rhs));
            } else if (number(token, value)) {
                coefficient = value;
            } else {
                REQUIRE(terms != nullptr);
                terms->emplace_back(sign * coefficient, token);
                sign = 1;
                coefficient = 1;
            }
        }
        tokens.clear();
    };
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '\\') continue;
        if (line == "Minimize" || line == "Subject To" || line == "Bounds" || line == "Binaries" ||
            line == "End") {
            flush();
            section = line;
            continue;
        }
        if (section != "Minimize" && section != "Subject To") continue;
        std::istringstream words(line);
        for (std::string word; words >> word;)
            tokens.push_back(word);
    }
    flush();
    return lp;
}

double termsValue(const Terms& terms, const std::map<std::string, double>& values) {
    double sum = 0;
    for (const auto& [coefficient, name] : terms) {
        auto it = values.find(name);
        sum += coefficient * (it == values.end() ? 0 : it->second);
    }
    return sum;
}

bool holds(const LpRow& row, const std::map<std::string, double>& values) {
    const double lhs = termsValue(row.terms, values);
    if (row.sense == "<=") return lhs <= row.rhs + 1e-7;
    if (row.sense == ">=") return lhs >= row.rhs - 1e-7;
    return std::fabs(lhs - row.rhs) < 1e-7;
}

// The model's point for a seating: x and y from the seats, each spread (d) and language (u)
// variable at the least value its rows allow. Nothing when a block is split over tables or a
// table's size is neither small nor large.
std::optional<std::map<std::string, double>> pointOf(const Session& s, const LpText& lp,
                                                     const std::map<std::string, std::string>& seats) {
    std::vector<std::string> reasons;
    assign::Instance in = assign::buildInstance(s, {}, s.assignment.seats, reasons);
    std::map<std::string, double> values;
    std::vector<int> size(in.tableCount, 0);
    for (std::size_t b = 0; b < in.blocks.size(); ++b) {
        int table = -1;
        for (int p : in.blocks[b].members) {
            const int t = in.tableIndex(seats.at(in.persons[p]->id));
            if (table >= 0 && t != table) return std::nullopt;
            table = t;
        }
        size[table] += static_cast<int>(in.blocks[b].members.size());
        values["x_" + std::to_string(b) + "_" + std::to_string(table)] = 1;
    }
    for (int t = 0; t < in.tableCount; ++t) {
        const int large = in.largeSize > in.smallSize ? size[t] - in.smallSize : 0;
        if (large != 0 && large != 1) return std::nullopt; // y is binary: no point of the model
        values["y_" + std::to_string(t)] = large;
    }
    for (const auto& [coefficient, name] : lp.objective) {
        if (name[0] != 'd' && name[0] != 'u') continue;
        double least = 0;
        for (const LpRow& row : lp.rows)
            for (const auto& [c, variable] : row.terms)
                if (variable == name && c == 1 && row.sense == ">=")
                    least = std::max(least, row.rhs - (termsValue(row.terms, values) - values[name]));
        values[name] = least;
    }
    return values;
}

bool spreadRow(const LpRow& row) {
    for (const auto& term : row.terms)
        if (term.second[0] == 'd') return true;
    return false;
}

} // namespace

TEST_CASE("assign lp: the model is exact on every seating of small evenings") {
    for (FamilySeating families : {FamilySeating::Together, FamilySeating::Apart})
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            CAPTURE(seed);
            CAPTURE(toString(families));
            Session s = smallEvening(seed, families);
            AssignLpModel model = assignLpModel(s, {});
            REQUIRE(model.reasons.empty());
            const LpText lp = readLp(model.text);
            REQUIRE(!lp.rows.empty());
            const double infinity = std::numeric_limits<double>::infinity();
            double bestSeating = infinity; // over seatings that keep the hard rules
            double bestPoint = infinity;   // over points of the model
            std::map<std::string, std::string> seats;
            std::function<void(std::size_t)> enumerate = [&](std::size_t i) {
                if (i == s.participants.size()) {
                    AssignResult r = evaluateSeating(s, seats, {});
                    auto point = pointOf(s, lp, seats);
                    if (r.feasible) {
                        bestSeating = std::min(bestSeating, r.objective.total);
                        REQUIRE(point);
                        // The spread cuts hold for every seating (they only remove fractional points).
                        for (const LpRow& row : lp.rows)
                            if (spreadRow(row)) CHECK(holds(row, *point));
                        CHECK(termsValue(lp.objective, *point) == doctest::Approx(r.objective.total));
                    }
                    bool inModel = point.has_value();
                    for (const LpRow& row : lp.rows)
                        inModel = inModel && holds(row, *point);
                    if (!inModel) return;
                    CHECK(r.feasible); // the model allows no seating that breaks a hard rule
                    bestPoint = std::min(bestPoint, termsValue(lp.objective, *point));
                    return;
                }
                for (const Table& t : s.tables) {
                    seats[s.participants[i].id] = t.id;
                    enumerate(i + 1);
                }
            };
            enumerate(0);
            REQUIRE(bestSeating < infinity);
            // Ordering the interchangeable tables removes mirror images only, never the optimum.
            CHECK(bestPoint == doctest::Approx(bestSeating));
        }
}

TEST_CASE("assign lp: the balancer's seating of a sample evening is a point of the model") {
    for (int people : {24, 40}) {
        CAPTURE(people);
        SampleShape shape;
        shape.people = people;
        shape.tables = people / 8;
        Session s = sampleEvening(shape, 2026);
        AssignOptions options;
        options.effort = 0.1;
        AssignResult r = assignTables(s, options);
        REQUIRE(r.feasible);
        const LpText lp = readLp(assignLpModel(s, options).text);
        auto point = pointOf(s, lp, r.seats);
        REQUIRE(point);
        for (const LpRow& row : lp.rows)
            CHECK(holds(row, *point));
        // So the model's optimum, and cbc's bound, are at most the heuristic's objective.
        CHECK(termsValue(lp.objective, *point) == doctest::Approx(r.objective.total));
    }
}
