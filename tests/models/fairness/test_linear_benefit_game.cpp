// MODEL.md section 6, "two countries, linear benefit": B_X = 8Q, B_Y = 5Q,
// C_i = 10 + 2 A_i + A_i^2 / 2.
#include "models/fairness/linear_benefit_game.hpp"

#include <gtest/gtest.h>

#include "models/fairness/chander_tulkens.hpp"
#include "models/fairness/shapley.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::fairness {
namespace {

using test::expect_relative;

LinearBenefitGame two_countries() { return {{8, 5}, {10, 10}, {2, 2}, {1, 1}}; }

TEST(TwoCountries, NashAndCooperation) {
  const LinearBenefitGame g = two_countries();
  const std::vector<double> nash = coalition_abatement(g, 0);
  const std::vector<double> coop = coalition_abatement(g, grand_coalition(2));
  expect_relative(nash, {6, 3});
  expect_relative(coop, {11, 11});
  expect_relative(payoffs(g, nash), {32, 24.5});
  expect_relative(payoffs(g, coop), {83.5, 17.5});
  // Y needs a side payment of at least 7 to cooperate.
  EXPECT_DOUBLE_EQ(payoffs(g, nash)[1] - payoffs(g, coop)[1], 7.0);
}

TEST(TwoCountries, ChanderTulkensTransfers) {
  const LinearBenefitGame g = two_countries();
  const std::vector<double> nash = payoffs(g, coalition_abatement(g, 0));
  const std::vector<double> coop = payoffs(g, coalition_abatement(g, grand_coalition(2)));
  const std::vector<double> t = chander_tulkens_transfers(nash, coop, g.benefit);
  const double expected_x = 52.5 - 8.0 / 13.0 * 124.5;  // -24.1154
  expect_relative(t, {expected_x, -expected_x});
  EXPECT_NEAR(t[0], -24.1154, 5e-5);
  EXPECT_NEAR(t[0] + t[1], 0.0, 1e-12);
  EXPECT_GT(coop[1] + t[1], nash[1]);  // both gain once paid
  EXPECT_GT(coop[0] + t[0], nash[0]);
}

TEST(TwoCountries, ShapleyValues) {
  const LinearBenefitGame g = two_countries();
  const ShapleyEstimate phi = shapley_exact(2, coalition_value(g));
  expect_relative(phi.value, {54.25, 46.75});
  const std::vector<double> coop = payoffs(g, coalition_abatement(g, grand_coalition(2)));
  const std::vector<double> t = shapley_transfers(phi.value, coop);
  expect_relative(t, {54.25 - 83.5, 46.75 - 17.5});
  EXPECT_NEAR(t[0] + t[1], 0.0, 1e-12);
}

TEST(TwoCountries, RejectsMalformedGames) {
  EXPECT_THROW(check_game({{8, 5}, {10}, {2, 2}, {1, 1}}), std::invalid_argument);
  EXPECT_THROW(check_game({{8}, {10}, {2}, {0}}), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::fairness
