// Stationary distributions against closed forms.
#include "models/weather/stationary_distribution.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "test_chains.hpp"

namespace airgov::weather {
namespace {

using testing::matrix;

TEST(StationaryDistribution, TwoStateClosedForm) {
  // P = [[1-a, a], [b, 1-b]]: pi = (b/(a+b), a/(a+b)).
  for (const auto& [a, b] : {std::pair{0.3, 0.1}, std::pair{0.05, 0.45}, std::pair{0.9, 0.7}}) {
    const auto pi = stationary_distribution(matrix({{1 - a, a}, {b, 1 - b}}));
    ASSERT_EQ(pi.size(), 2u);
    EXPECT_NEAR(pi[0], b / (a + b), 1e-12 * b / (a + b));
    EXPECT_NEAR(pi[1], a / (a + b), 1e-12 * a / (a + b));
  }
}

TEST(StationaryDistribution, SatisfiesPiPEqualsPi) {
  const Matrix p = testing::four_season_spec().seasons[0].transition;
  const auto pi = stationary_distribution(p);
  for (std::size_t j = 0; j < 3; ++j) {
    double pi_p = 0;
    for (std::size_t i = 0; i < 3; ++i) pi_p += pi[i] * p(i, j);
    EXPECT_NEAR(pi_p, pi[j], 1e-14);
  }
}

TEST(StationaryDistribution, PeriodicChainWherePowerIterationWouldFail) {
  const auto pi = stationary_distribution(matrix({{0, 1}, {1, 0}}));
  EXPECT_NEAR(pi[0], 0.5, 1e-15);
  EXPECT_NEAR(pi[1], 0.5, 1e-15);
}

TEST(StationaryDistribution, TransientRegimeGetsZero) {
  const auto pi = stationary_distribution(
      matrix({{0.5, 0.5, 0.0}, {0.5, 0.5, 0.0}, {0.3, 0.3, 0.4}}));
  EXPECT_NEAR(pi[0], 0.5, 1e-15);
  EXPECT_NEAR(pi[1], 0.5, 1e-15);
  EXPECT_EQ(pi[2], 0.0);
}

TEST(StationaryDistribution, SingleRegime) {
  EXPECT_EQ(stationary_distribution(matrix({{1.0}})), std::vector<double>{1.0});
}

TEST(StationaryDistribution, NotUniqueThrows) {
  EXPECT_THROW(stationary_distribution(matrix({{1, 0}, {0, 1}})), std::invalid_argument);
  EXPECT_THROW(stationary_distribution(Matrix(2, 3)), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::weather
