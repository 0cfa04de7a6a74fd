// Shapley value on games whose values are known by hand, and exact against sampled.
#include "models/fairness/shapley.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "models/fairness/coalition_game.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::fairness {
namespace {

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

TEST(Shapley, AdditiveGamePaysEachPlayerItsOwnValue) {
  const std::vector<double> own = {3.0, -1.0, 7.5, 0.0};
  const CoalitionValue v = [&](std::uint64_t s) {
    double total = 0;
    for (std::size_t i = 0; i < own.size(); ++i) total += contains(s, i) ? own[i] : 0.0;
    return total;
  };
  const ShapleyEstimate phi = shapley_exact(own.size(), v);
  EXPECT_TRUE(phi.exact);
  for (std::size_t i = 0; i < own.size(); ++i) {
    EXPECT_DOUBLE_EQ(phi.value[i], own[i]);
    EXPECT_EQ(phi.standard_error[i], 0.0);
  }
}

// Glove game: player 0 holds a left glove, players 1 and 2 right gloves; a pair is worth 1.
// Textbook values (2/3, 1/6, 1/6).
TEST(Shapley, GloveGame) {
  const CoalitionValue v = [](std::uint64_t s) {
    return contains(s, 0) && (contains(s, 1) || contains(s, 2)) ? 1.0 : 0.0;
  };
  const ShapleyEstimate phi = shapley_exact(3, v);
  EXPECT_NEAR(phi.value[0], 2.0 / 3.0, 1e-15);
  EXPECT_NEAR(phi.value[1], 1.0 / 6.0, 1e-15);
  EXPECT_NEAR(phi.value[2], 1.0 / 6.0, 1e-15);
}

// Majority game of 16 symmetric players (the largest exact size by default): each gets 1/16.
TEST(Shapley, SymmetricSixteenPlayerGameSharesEqually) {
  const CoalitionValue v = [](std::uint64_t s) { return std::popcount(s) > 8 ? 1.0 : 0.0; };
  const ShapleyEstimate phi = shapley_value(16, v);
  EXPECT_TRUE(phi.exact);
  for (double value : phi.value) EXPECT_NEAR(value, 1.0 / 16.0, 1e-12);
}

TEST(Shapley, EfficiencyHoldsForSampledEstimatesOrderByOrder) {
  const CoalitionValue v = [](std::uint64_t s) {
    const double k = std::popcount(s);
    return k * k + (contains(s, 3) ? 2.0 : 0.0) - 1.0;  // v(empty) = -1
  };
  const ShapleyEstimate phi = shapley_sampled(20, v, 50, 11);
  EXPECT_FALSE(phi.exact);
  EXPECT_EQ(phi.permutations, 50U);
  EXPECT_NEAR(sum(phi.value), v(grand_coalition(20)) - v(0), 1e-9);
}

TEST(Shapley, SamplingDependsOnTheSeedOnly) {
  const CoalitionValue v = [](std::uint64_t s) { return std::sqrt(double(s)); };
  const ShapleyEstimate a = shapley_sampled(6, v, 100, 5);
  const ShapleyEstimate b = shapley_sampled(6, v, 100, 5);
  const ShapleyEstimate c = shapley_sampled(6, v, 100, 6);
  EXPECT_EQ(a.value, b.value);
  EXPECT_EQ(a.standard_error, b.standard_error);
  EXPECT_NE(a.value, c.value);
}

TEST(Shapley, RejectsWhatItCannotCompute) {
  const CoalitionValue v = [](std::uint64_t) { return 0.0; };
  EXPECT_THROW(shapley_exact(kMaxExactPlayers + 1, v), std::invalid_argument);
  EXPECT_THROW(shapley_sampled(65, v, 10, 0), std::invalid_argument);
  EXPECT_THROW(shapley_sampled(3, v, 1, 0), std::invalid_argument);
  EXPECT_THROW(shapley_transfers(std::vector<double>{1.0}, std::vector<double>{}),
               std::invalid_argument);
}

TEST(Shapley, ExactAndSampledAgreeOnARandomTenRegionGame) {
  const GameParameters g = test::random_game(10, 424242);
  const CoalitionValue v = coalition_value(g);
  const ShapleyEstimate exact = shapley_exact(g.size(), v);
  const ShapleyEstimate sampled = shapley_sampled(g.size(), v, 4000, 2024);
  for (std::size_t i = 0; i < g.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_GT(sampled.standard_error[i], 0.0);
    EXPECT_LE(std::abs(sampled.value[i] - exact.value[i]), 4 * sampled.standard_error[i]);
  }
  EXPECT_NEAR(sum(sampled.value), sum(exact.value), 1e-9 * std::abs(sum(exact.value)));
}

}  // namespace
}  // namespace airgov::fairness
