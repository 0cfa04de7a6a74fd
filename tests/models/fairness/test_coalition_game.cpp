// MODEL.md section 6, 3-region source-receptor game as a cooperative game.
#include "models/fairness/coalition_game.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "models/economics/closed_form.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::fairness {
namespace {

using test::expect_relative;

const std::vector<double> kShapleyTransfers = {-2423.0 / 480, -109.0 / 240, 2641.0 / 480};

TEST(ThreeRegionCoalitions, EmptyIsNashAndGrandIsPlanner) {
  const GameParameters g = test::three_region_game();
  expect_relative(coalition_abatement(g, 0), {4, 3, 2});
  expect_relative(coalition_abatement(g, grand_coalition(3)), {4.35, 4.30, 7.60});
  expect_relative(nash_payoffs(g), {-150.4, -64.3, -30.8});
  expect_relative(cooperative_payoffs(g), {-143.3625, -62.695, -34.555});
}

TEST(ThreeRegionCoalitions, ValuesOfSingletonsAndPairs) {
  const GameParameters g = test::three_region_game();
  const CoalitionValue v = coalition_value(g);
  EXPECT_EQ(v(0), 0.0);
  expect_relative(v(singleton(0)), -150.4);  // alone, a region plays Nash
  expect_relative(v(grand_coalition(3)), -240.6125);
  // Beijing + Tianjin: A = ((4*2 + 2*0.3)/2, (4*0.3 + 2*1.5)/1, 2) = (4.3, 4.2, 2).
  const std::vector<double> a = coalition_abatement(g, 0b011);
  expect_relative(a, {4.3, 4.2, 2});
  const std::vector<double> pi = economics::payoffs(g, a);
  expect_relative(v(0b011), pi[0] + pi[1]);
}

TEST(ThreeRegionCoalitions, ShapleyTransfersAreExact) {
  const GameParameters g = test::three_region_game();
  const ShapleyEstimate phi = shapley_value(g);
  EXPECT_TRUE(phi.exact);
  const std::vector<double> t = shapley_transfers(g, phi);
  expect_relative(t, kShapleyTransfers);
  EXPECT_NEAR(std::accumulate(t.begin(), t.end(), 0.0), 0.0, 1e-12);
  // Everyone, Hebei included, ends above its Nash payoff.
  const std::vector<double> nash = nash_payoffs(g);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_GT(phi.value[i], nash[i]);
}

TEST(ThreeRegionCoalitions, SampledShapleyConvergesWithinFourStandardErrors) {
  const GameParameters g = test::three_region_game();
  const std::vector<double> coop = cooperative_payoffs(g);
  ShapleyOptions options;
  options.exact_max_players = 0;  // force sampling
  options.permutations = 3000;
  options.seed = 99;
  const ShapleyEstimate phi = shapley_value(g, options);
  EXPECT_FALSE(phi.exact);
  for (std::size_t i = 0; i < 3; ++i) {
    SCOPED_TRACE(i);
    const double exact = coop[i] + kShapleyTransfers[i];
    EXPECT_GT(phi.standard_error[i], 0.0);
    EXPECT_LT(phi.standard_error[i], 0.1);
    EXPECT_LE(std::abs(phi.value[i] - exact), 4 * phi.standard_error[i]);
  }
  const std::vector<double> t = shapley_transfers(g, phi);
  EXPECT_NEAR(std::accumulate(t.begin(), t.end(), 0.0), 0.0, 1e-9);
}

TEST(ThreeRegionCoalitions, ChanderTulkensSharesTheGainByDamageWeight) {
  const GameParameters g = test::three_region_game();
  const std::vector<double> t = chander_tulkens_transfers(g);
  const std::vector<double> nash = nash_payoffs(g);
  const std::vector<double> coop = cooperative_payoffs(g);
  const double gain = 4.8875;
  const double d[3] = {4, 2, 1};
  for (std::size_t i = 0; i < 3; ++i) {
    expect_relative(coop[i] + t[i], nash[i] + d[i] / 7 * gain);
  }
  EXPECT_NEAR(std::accumulate(t.begin(), t.end(), 0.0), 0.0, 1e-12);
}

TEST(ThreeRegionCoalitions, InstitutionsEnterChoicesAndValues) {
  GameParameters g = test::three_region_game();
  g.institutions.subsidy_cny_per_t = 1;        // + 1/c_i on every interior choice
  g.institutions.target_effort = 0.2;          // targets (2, 2, 8): Hebei falls short
  g.institutions.detection_probability = 0.5;  // expected fine 0.5 * 2 = 1 per t short:
  g.institutions.penalty_cny_per_t = 2;        // Hebei's (0.5 + 1 + 1) / 0.25 = 10 > 8
  expect_relative(coalition_abatement(g, 0), {4.5, 4, 8});
  const CoalitionValue v = coalition_value(g);
  const std::vector<double> coop = cooperative_payoffs(g);
  expect_relative(v(grand_coalition(3)), coop[0] + coop[1] + coop[2]);
  const ShapleyEstimate phi = shapley_value(g);
  const std::vector<double> t = shapley_transfers(g, phi);
  EXPECT_NEAR(std::accumulate(t.begin(), t.end(), 0.0), 0.0, 1e-12);
}

TEST(ThreeRegionCoalitions, OmegaOneMakesEveryoneThePlanner) {
  GameParameters g = test::three_region_game();
  g.institutions.omega = 1;
  expect_relative(coalition_abatement(g, 0), {4.35, 4.30, 7.60});
  g.institutions.omega = 1.5;
  EXPECT_THROW(coalition_abatement(g, 0), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::fairness
