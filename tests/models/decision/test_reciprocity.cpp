#include "models/decision/reciprocity.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "models/decision/nash.hpp"
#include "models/decision/planner.hpp"
#include "models/economics/closed_form.hpp"
#include "sim/random/stream.hpp"
#include "tests/models/decision/random_games.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::decision {
namespace {

using Graph = std::vector<std::vector<std::size_t>>;

std::vector<double> nash_effort(const GameParameters& g) {
  return economics::effort_from_abatement(g, nash_abatement(g));
}
std::vector<double> planner_effort(const GameParameters& g) {
  return economics::effort_from_abatement(g, planner_abatement(g));
}

const Graph kTriangle = {{1, 2}, {0, 2}, {0, 1}};

// The three-region game with exact observation (the levers' defaults make it noisy) and no other
// institutional term.
GameParameters exact_game() {
  GameParameters g = test::three_region_game();
  g.institutions = InstitutionalTerms{};
  return g;
}

TEST(Reciprocity, FirstPeriodIsNash) {
  const GameParameters g = exact_game();
  ReciprocityRule rule;
  EXPECT_EQ(rule.name(), "reciprocity");
  EXPECT_DOUBLE_EQ(rule.beta(), 0.8);
  std::vector<double> effort(3);
  const std::vector<double> previous = {0.9, 0.9, 0.9};
  rule.decide(DecisionContext{g, 0, previous, kTriangle, 1, 0}, effort);
  test::expect_relative(effort, nash_effort(g));
  rule.decide(DecisionContext{g, 4, {}, kTriangle, 1, 0}, effort);  // no history: Nash too
  test::expect_relative(effort, nash_effort(g));
}

TEST(Reciprocity, MovesTowardNeighboursAtThePlannerEffort) {
  const GameParameters g = exact_game();
  const std::vector<double> nash = nash_effort(g), planner = planner_effort(g);
  ReciprocityRule rule;
  std::vector<double> effort(3);
  // Hebei (2) did Nash; its neighbours did the planner's effort, which is more.
  const std::vector<double> previous = {planner[0], planner[1], nash[2]};
  rule.decide(DecisionContext{g, 1, previous, kTriangle, 1, 0}, effort);
  const double mean = (planner[0] + planner[1]) / 2;
  ASSERT_GT(mean, nash[2]);
  test::expect_relative(effort[2], nash[2] + 0.8 * (mean - nash[2]));
  EXPECT_GT(effort[2], nash[2]);
  EXPECT_LT(effort[2], mean);
  // Everyone at the planner effort: each moves from Nash toward its neighbours' mean.
  ReciprocityRule full(ReciprocityOptions{1.0});
  full.decide(DecisionContext{g, 1, planner, kTriangle, 1, 0}, effort);
  for (std::size_t i = 0; i < 3; ++i) {
    double m = 0;
    for (std::size_t j : kTriangle[i]) m += planner[j] / 2;
    if (m >= planner[i]) {
      test::expect_relative(effort[i], m);
    } else {
      test::expect_relative(effort[i], nash[i]);  // neighbours did less: withdraw to Nash
    }
  }
}

TEST(Reciprocity, WithdrawsToNashWhenNeighboursDidLess) {
  const GameParameters g = exact_game();
  ReciprocityRule rule;
  std::vector<double> effort(3);
  const std::vector<double> previous = {0.5, 0.1, 0.1};
  rule.decide(DecisionContext{g, 1, previous, kTriangle, 1, 0}, effort);
  test::expect_relative(effort[0], nash_effort(g)[0]);
}

// A star: government 0 watches 1..4, all at effort 0.3; it did 0 last period, so the condition
// holds and no clamping happens: the effort is linear in the noise and its mean is
// nash_0 + beta (0.3 - nash_0).
std::vector<double> star_efforts(double noise, int seeds) {
  GameParameters g;
  g.baseline_t_per_year.assign(5, 10.0);
  g.cost_coefficient.assign(5, 1.0);
  g.damage_weight.assign(5, 1.0);
  g.background_ugm3.assign(5, 0.0);
  g.source_receptor = Matrix::identity(5);  // Nash effort 0.1 everywhere
  g.institutions.observation_noise = noise;
  const Graph star = {{1, 2, 3, 4}, {0}, {0}, {0}, {0}};
  const std::vector<double> previous = {0.0, 0.3, 0.3, 0.3, 0.3};
  ReciprocityRule rule;
  std::vector<double> result, effort(5);
  for (int s = 0; s < seeds; ++s) {
    rule.decide(DecisionContext{g, 3, previous, star, static_cast<std::uint64_t>(s), 0}, effort);
    result.push_back(effort[0]);
  }
  return result;
}

void mean_sd(const std::vector<double>& v, double& mean, double& sd) {
  mean = 0;
  for (double x : v) mean += x;
  mean /= static_cast<double>(v.size());
  double ss = 0;
  for (double x : v) ss += (x - mean) * (x - mean);
  sd = std::sqrt(ss / static_cast<double>(v.size() - 1));
}

TEST(Reciprocity, NoisyObservationIsUnbiasedAndSpreadsWithTheNoise) {
  const double expected = 0.1 + 0.8 * (0.3 - 0.1);
  const int seeds = 4000;
  double previous_sd = 0;
  for (double noise : {0.0, 0.05, 0.15, 0.3}) {
    double mean = 0, sd = 0;
    mean_sd(star_efforts(noise, seeds), mean, sd);
    // sd of the effort = beta * 0.3 * noise / sqrt(4) exactly in distribution.
    const double theory_sd = 0.8 * 0.3 * noise / 2;
    EXPECT_NEAR(mean, expected, 4 * theory_sd / std::sqrt(seeds) + 1e-12) << "noise " << noise;
    EXPECT_NEAR(sd, theory_sd, 0.05 * theory_sd + 1e-12) << "noise " << noise;
    if (noise > 0) {
      EXPECT_GT(sd, previous_sd);
    }
    previous_sd = sd;
  }
}

TEST(Reciprocity, ObservationIsSeededPerObserver) {
  GameParameters g = exact_game();
  g.institutions.observation_noise = 0.2;
  const std::vector<double> previous = {0.3, 0.4, 0.2};
  const DecisionContext a{g, 2, previous, kTriangle, 5, 0};
  const DecisionContext b{g, 2, previous, kTriangle, 6, 0};
  EXPECT_EQ(observed_neighbour_effort(a, 1), observed_neighbour_effort(a, 1));
  EXPECT_NE(observed_neighbour_effort(a, 1), observed_neighbour_effort(b, 1));
  // The draws are the observer's own stream, in the order of its neighbour list.
  RandomStream rng(5, 0, 1, 2, Purpose::observation);
  const std::vector<double> seen = observed_neighbour_effort(a, 1);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_DOUBLE_EQ(seen[0], 0.3 * (1 + 0.2 * rng.normal()));
  EXPECT_DOUBLE_EQ(seen[1], 0.2 * (1 + 0.2 * rng.normal()));
  // Without a graph, everyone else is watched.
  EXPECT_EQ(observed_neighbour_effort(DecisionContext{g, 2, previous, {}, 5, 0}, 0).size(), 2u);
  g.institutions.observation_noise = -0.1;
  EXPECT_THROW(observed_neighbour_effort(DecisionContext{g, 2, previous, {}, 5, 0}, 0),
               std::invalid_argument);
  EXPECT_THROW(ReciprocityRule(ReciprocityOptions{1.5}), std::invalid_argument);
}

TEST(Reciprocity, NeverLeavesTheBox) {
  for (std::uint64_t k = 0; k < 200; ++k) {
    GameParameters g = test::random_game(k);
    g.institutions.observation_noise = k % 2 ? 3.0 : 0.5;  // large: negative observations too
    RandomStream rng(3, 0, k, 0, Purpose::sampling);
    std::vector<double> previous(g.size()), effort(g.size());
    for (double& p : previous) p = rng.uniform() * g.max_effort;
    ReciprocityRule rule(ReciprocityOptions{k % 3 ? 0.8 : 1.0});
    for (int t = 1; t < 15; ++t) {
      rule.decide(DecisionContext{g, t, previous, {}, k, 0}, effort);
      for (double e : effort) {
        ASSERT_GE(e, 0.0);
        ASSERT_LE(e, g.max_effort);
      }
      previous = effort;
    }
  }
}

}  // namespace
}  // namespace airgov::decision
