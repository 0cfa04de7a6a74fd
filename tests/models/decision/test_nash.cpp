#include "models/decision/nash.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "models/decision/planner.hpp"
#include "models/economics/closed_form.hpp"
#include "tests/models/decision/random_games.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::decision {
namespace {

using test::expect_relative;

TEST(Nash, FullTechnologyWithTauHalfDoublesUncappedAbatement) {
  Levers levers;
  levers.technology = 1.0;  // tau_max = 0.5 (default) halves c
  const GameParameters base = test::three_region_game();
  const GameParameters cheap = test::three_region_game(levers);
  const std::vector<double> a0 = nash_abatement(base);
  const std::vector<double> a1 = nash_abatement(cheap);
  for (std::size_t i = 0; i < a0.size(); ++i) {
    ASSERT_LT(a1[i], cheap.max_effort * cheap.baseline_t_per_year[i]) << "must be uncapped";
    expect_relative(a1[i], 2 * a0[i]);
  }
}

TEST(Nash, AbatementIsCappedAtMaxEffort) {
  GameParameters g = test::three_region_game();
  g.max_effort = 0.35;  // caps Beijing (4 > 3.5), not Tianjin (3) nor Hebei (2 < 14)
  const std::vector<double> a = nash_abatement(g);
  expect_relative(a, {3.5, 3.0, 2.0});
  NashRule rule;
  std::vector<double> effort(3);
  rule.decide(DecisionContext{g, 0, {}, {}, 0, 0}, effort);
  EXPECT_EQ(effort[0], 0.35);
}

TEST(Nash, FullOrganizationalWeightIsThePlanner) {
  const GameParameters g = test::three_region_game();
  expect_relative(nash_abatement(g, 1.0), planner_abatement(g));
  // Half the weight: A_1 = (4 * 2 + 0.5 * (2 * 0.3 + 1 * 0.1)) / 2 = 4.175.
  expect_relative(nash_abatement(g, 0.5)[0], 4.175);
  EXPECT_THROW(nash_abatement(g, 1.5), std::invalid_argument);
  EXPECT_THROW(nash_abatement(g, -0.1), std::invalid_argument);
}

TEST(Nash, IsABestResponseToAnyProfileOnRandomGames) {
  for (std::uint64_t k = 0; k < 200; ++k) {
    const GameParameters g = test::random_game(k);
    const std::vector<double> nash = nash_abatement(g);
    RandomStream rng(7, 0, k, 0, Purpose::sampling);
    // Dominance: against random others, no unilateral deviation improves i's own payoff.
    for (std::size_t i = 0; i < g.size(); ++i) {
      std::vector<double> profile(g.size());
      for (std::size_t j = 0; j < g.size(); ++j) {
        profile[j] = test::uniform(rng, 0, g.max_effort * g.baseline_t_per_year[j]);
      }
      profile[i] = nash[i];
      const double best = economics::payoffs(g, profile)[i];
      profile[i] = test::uniform(rng, 0, g.max_effort * g.baseline_t_per_year[i]);
      EXPECT_LE(economics::payoffs(g, profile)[i], best + 1e-9 * std::abs(best)) << "game " << k;
    }
  }
}

TEST(Nash, RejectsWrongEffortSize) {
  const GameParameters g = test::three_region_game();
  NashRule rule;
  std::vector<double> effort(2);
  EXPECT_THROW(rule.decide(DecisionContext{g, 0, {}, {}, 0, 0}, effort), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::decision
