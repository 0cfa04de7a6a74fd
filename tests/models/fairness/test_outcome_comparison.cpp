#include "models/fairness/outcome_comparison.hpp"

#include <gtest/gtest.h>

#include "tests/models/economics/reference_games.hpp"

namespace airgov::fairness {
namespace {

using test::expect_relative;

// Abatement of the nash and planner rules in the 3-region game (MODEL.md section 6).
const std::vector<double> kNash = {4, 3, 2};
const std::vector<double> kPlanner = {4.35, 4.30, 7.60};

TEST(OutcomeComparison, CooperationInTheThreeRegionGame) {
  const GameParameters g = test::three_region_game();
  const OutcomeComparison r = compare_with_nash(g, kPlanner, kNash, kPlanner);
  expect_relative(r.gain_over_nash, {-143.3625 + 150.4, -62.695 + 64.3, -3.755});
  EXPECT_EQ(r.losers, (std::vector<std::size_t>{2}));  // Hebei loses without compensation
  expect_relative(r.social_cost, 240.6125);
  expect_relative(r.nash_social_cost, 245.5);
  expect_relative(r.planner_social_cost, 240.6125);
  expect_relative(r.price_of_anarchy, 1.0);
}

TEST(OutcomeComparison, NashOutcomeHasNoLosersAndItsPriceOfAnarchy) {
  const GameParameters g = test::three_region_game();
  const OutcomeComparison r = compare_with_nash(g, kNash, kNash, kPlanner);
  EXPECT_TRUE(r.losers.empty());
  for (double gain : r.gain_over_nash) EXPECT_EQ(gain, 0.0);
  expect_relative(r.price_of_anarchy, 245.5 / 240.6125);
}

TEST(OutcomeComparison, GainsNeedEqualSizes) {
  EXPECT_THROW(gains(std::vector<double>{1, 2}, std::vector<double>{1}), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::fairness
