// The closed forms on MODEL.md section 6's 3-region game, at the abatements it gives.
#include "models/economics/closed_form.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "tests/models/economics/reference_games.hpp"

namespace airgov::economics {
namespace {

using test::expect_relative;

const std::vector<double> kNashAbatement = {4, 3, 2};
const std::vector<double> kCoopAbatement = {4.35, 4.30, 7.60};

TEST(ClosedForm, ConcentrationsOfTheThreeRegionGame) {
  const GameParameters g = test::three_region_game();
  expect_relative(concentrations(g, kNashAbatement), {33.6, 29.9, 30.3});
  expect_relative(concentrations(g, kCoopAbatement), {31.11, 26.725, 27.335});
}

TEST(ClosedForm, PayoffsOfTheThreeRegionGame) {
  const GameParameters g = test::three_region_game();
  const std::vector<double> nash = payoffs(g, kNashAbatement);
  const std::vector<double> coop = payoffs(g, kCoopAbatement);
  expect_relative(nash, {-150.4, -64.3, -30.8});
  expect_relative(coop, {-143.3625, -62.695, -34.555});
  expect_relative(social_cost(g, kNashAbatement), 245.5);
  expect_relative(social_cost(g, kCoopAbatement), 240.6125);
  // Hebei (index 2) loses 3.755 by cooperating without compensation.
  expect_relative(coop[2] - nash[2], -3.755);
}

TEST(ClosedForm, CostsAreQuadraticInAbatement) {
  const GameParameters g = test::three_region_game();
  expect_relative(abatement_costs(g, kNashAbatement), {16, 4.5, 0.5});
}

TEST(ClosedForm, PriceOfAnarchy) {
  const GameParameters g = test::three_region_game();
  const double poa =
      price_of_anarchy(social_cost(g, kNashAbatement), social_cost(g, kCoopAbatement));
  expect_relative(poa, 245.5 / 240.6125);
  EXPECT_GE(poa, 1.0);
  EXPECT_EQ(price_of_anarchy(0, 0), 1.0);
  EXPECT_TRUE(std::isinf(price_of_anarchy(1, 0)));
  EXPECT_THROW(price_of_anarchy(-1, 1), std::invalid_argument);
}

TEST(ClosedForm, EffortAndAbatementConvert) {
  const GameParameters g = test::three_region_game();
  expect_relative(abatement_from_effort(g, std::vector<double>{0.4, 0.3, 0.05}), kNashAbatement);
  expect_relative(effort_from_abatement(g, kNashAbatement), {0.4, 0.3, 0.05});
  // Clamped to [0, max_effort]: round-off or an infeasible profile never leaves the box.
  const std::vector<double> clamped = effort_from_abatement(g, std::vector<double>{-1, 11, 40});
  EXPECT_EQ(clamped, (std::vector<double>{0.0, 1.0, 1.0}));
}

TEST(ClosedForm, RejectsMismatchedSizes) {
  GameParameters g = test::three_region_game();
  EXPECT_THROW(concentrations(g, std::vector<double>{1, 2}), std::invalid_argument);
  g.damage_weight.pop_back();
  EXPECT_THROW(payoffs(g, kNashAbatement), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::economics
