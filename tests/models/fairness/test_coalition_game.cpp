// MODEL.md section 6, 3-region source-receptor game as a cooperative game.
#include "models/fairness/coalition_game.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "models/economics/closed_form.hpp"
#include "sim/random/stream.hpp"
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

// A random game in which every institutional term bites: omega in (0, 1), a subsidy from a fund
// too small for the claims (rewards cut pro rata), fines below a target, a legal floor, caps.
GameParameters random_institutional_game(std::size_t n, std::uint64_t seed) {
  GameParameters g = test::random_game(n, seed);
  g.institutions.omega = 0.3;
  g.institutions.subsidy_cny_per_t = 0.5;
  g.institutions.target_effort = 0.3;
  g.institutions.detection_probability = 0.4;
  g.institutions.penalty_cny_per_t = 2;
  g.institutions.legal_floor_effort = 0.05;
  const std::vector<double> nash = coalition_abatement(g, 0);
  g.institutions.fund_cny_per_year = 0.5 * std::accumulate(nash.begin(), nash.end(), 0.0);  // binds
  return g;
}

double scale_of(double v) { return 1e-10 * std::max(1.0, std::abs(v)); }

TEST(CoalitionWalk, AgreesWithTheDirectValueAlongRandomOrders) {
  const GameParameters g = random_institutional_game(20, 7);
  const CoalitionValue v = coalition_value(g);
  const auto walk = coalition_walk(g);
  std::vector<std::size_t> order(g.size());
  for (std::uint64_t k = 0; k < 30; ++k) {
    RandomStream rng(11, 0, 0, k, Purpose::sampling);
    std::iota(order.begin(), order.end(), std::size_t{0});
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.next_u64() % i]);
    EXPECT_EQ(walk->start(), v(0));
    std::uint64_t members = 0;
    for (std::size_t p : order) {
      members |= singleton(p);
      const double direct = v(members);
      ASSERT_NEAR(walk->join(p), direct, scale_of(direct)) << "order " << k << ", coalition " << members;
    }
  }
  EXPECT_THROW(walk->join(order.front()), std::invalid_argument);  // already a member
  walk->start();
  EXPECT_THROW(walk->join(g.size()), std::invalid_argument);
}

TEST(CoalitionWalk, TheThreeRegionValues) {
  const GameParameters g = test::three_region_game();
  const auto walk = coalition_walk(g);
  EXPECT_EQ(walk->start(), 0.0);
  expect_relative(walk->join(0), -150.4);  // alone, Beijing plays Nash
  const std::vector<double> pi = economics::payoffs(g, std::vector<double>{4.3, 4.2, 2});
  expect_relative(walk->join(1), pi[0] + pi[1]);
  expect_relative(walk->join(2), -240.6125);
}

// The sampled Shapley value along the walk is the estimator along direct evaluations (same seed,
// same orders), to round-off; and within four standard errors of the exact value.
TEST(CoalitionWalk, SampledShapleyMatchesDirectEvaluationAndTheExactValue) {
  const GameParameters g = random_institutional_game(12, 8);
  const CoalitionValue v = coalition_value(g);
  const ShapleyEstimate direct = shapley_sampled(g.size(), v, 3000, 2024);
  ShapleyOptions options;
  options.exact_max_players = 0;  // force sampling, along the walk
  options.permutations = 3000;
  options.seed = 2024;
  const ShapleyEstimate walked = shapley_value(g, options);
  const ShapleyEstimate exact = shapley_exact(g.size(), v);
  double total = 0;
  for (std::size_t i = 0; i < g.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_NEAR(walked.value[i], direct.value[i], scale_of(direct.value[i]) * 100);
    EXPECT_NEAR(walked.standard_error[i], direct.standard_error[i], 1e-6 * direct.standard_error[i]);
    EXPECT_GT(walked.standard_error[i], 0.0);
    EXPECT_LE(std::abs(walked.value[i] - exact.value[i]), 4 * walked.standard_error[i]);
    total += walked.value[i];
  }
  const double grand = v(grand_coalition(g.size()));
  EXPECT_NEAR(total, grand, scale_of(grand) * 100);  // efficiency, order by order
}

}  // namespace
}  // namespace airgov::fairness
