#include "models/decision/planner.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "models/decision/nash.hpp"
#include "models/economics/closed_form.hpp"
#include "tests/models/decision/random_games.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::decision {
namespace {

using test::expect_relative;

TEST(Planner, AbatementIsCappedAtMaxEffort) {
  GameParameters g = test::three_region_game();
  g.max_effort = 0.4;  // caps Beijing (4.35 > 4) and Tianjin (4.3 > 4), not Hebei (7.6 < 16)
  expect_relative(planner_abatement(g), {4.0, 4.0, 7.6});
  PlannerRule rule;
  std::vector<double> effort(3);
  rule.decide(DecisionContext{g, 0, {}, {}, 0, 0}, effort);
  EXPECT_EQ(effort[0], 0.4);
  EXPECT_EQ(effort[1], 0.4);
}

TEST(Planner, NeverCostsSocietyMoreThanNashOnRandomGames) {
  int capped_games = 0;
  for (std::uint64_t k = 0; k < 200; ++k) {
    const GameParameters g = test::random_game(k);
    const std::vector<double> planner = planner_abatement(g);
    const double sc_planner = economics::social_cost(g, planner);
    const double sc_nash = economics::social_cost(g, nash_abatement(g));
    EXPECT_LE(sc_planner, sc_nash * (1 + 1e-12)) << "game " << k;
    EXPECT_GE(economics::price_of_anarchy(sc_nash, sc_planner), 1 - 1e-12) << "game " << k;
    for (std::size_t i = 0; i < g.size(); ++i) {
      if (planner[i] == g.max_effort * g.baseline_t_per_year[i]) {
        ++capped_games;
        break;
      }
    }
  }
  EXPECT_GT(capped_games, 0) << "the random games should exercise the cap";
}

TEST(Planner, CappedSolutionIsOptimalOnRandomGames) {
  // Capping per coordinate is optimal because the problem is separable: no feasible
  // perturbation of one coordinate lowers the social cost.
  for (std::uint64_t k = 0; k < 200; ++k) {
    const GameParameters g = test::random_game(k);
    const std::vector<double> planner = planner_abatement(g);
    const double best = economics::social_cost(g, planner);
    RandomStream rng(11, 0, k, 0, Purpose::sampling);
    for (std::size_t i = 0; i < g.size(); ++i) {
      std::vector<double> other = planner;
      other[i] = test::uniform(rng, 0, g.max_effort * g.baseline_t_per_year[i]);
      EXPECT_GE(economics::social_cost(g, other), best * (1 - 1e-12)) << "game " << k;
    }
  }
}

}  // namespace
}  // namespace airgov::decision
