// The seasonal regime chain: determinism, stream use, validation, climatology.
#include "models/weather/regime_markov_chain.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "test_chains.hpp"

namespace airgov::weather {
namespace {

using testing::four_season_spec;
using testing::matrix;
using testing::one_season_spec;
using testing::simulate;

const Date kStart = Date::from_ymd(2013, 1, 1);

TEST(RegimeMarkovChain, SameSeedSameSequenceOtherSeedAnother) {
  const RegimeMarkovChain chain(four_season_spec());
  const auto a = simulate(chain, 42, kStart, 730);
  EXPECT_EQ(a, simulate(chain, 42, kStart, 730));
  EXPECT_NE(a, simulate(chain, 43, kStart, 730));
}

TEST(RegimeMarkovChain, DeterministicChainIsAlwaysRegimeZero) {
  WeatherSpec spec = four_season_spec();
  spec.stochastic = false;
  const RegimeMarkovChain chain(spec);
  for (const int r : simulate(chain, 7, kStart, 1000)) ASSERT_EQ(r, 0);
  EXPECT_EQ(chain.climatology(kStart), (std::vector<double>{1, 0, 0}));

  WeatherSpec no_seasons;  // reference cases may give regimes only
  no_seasons.regimes = {RegimeSpec{}, RegimeSpec{}};
  no_seasons.stochastic = false;
  const RegimeMarkovChain bare(no_seasons);
  for (const int r : simulate(bare, 7, kStart, 100)) ASSERT_EQ(r, 0);
  EXPECT_EQ(bare.climatology(kStart), (std::vector<double>{1, 0}));
}

TEST(RegimeMarkovChain, DrawsExactlyOneUniformPerDay) {
  WeatherSpec deterministic = four_season_spec();
  deterministic.stochastic = false;
  for (const WeatherSpec& spec : {four_season_spec(), deterministic}) {
    const RegimeMarkovChain chain(spec);
    for (const int previous : {-1, 0, 2}) {
      RandomStream used(5, 0, 0, 17, Purpose::weather);
      RandomStream fresh(5, 0, 0, 17, Purpose::weather);
      chain.next_regime(previous, kStart, used);
      fresh.uniform();
      EXPECT_EQ(used.uniform(), fresh.uniform());
    }
  }
}

TEST(RegimeMarkovChain, ClimatologyOfATwoStateChainIsTheClosedForm) {
  const double a = 0.3, b = 0.1;
  const RegimeMarkovChain chain(one_season_spec(matrix({{1 - a, a}, {b, 1 - b}})));
  const auto pi = chain.climatology(Date::from_ymd(2015, 7, 1));
  EXPECT_NEAR(pi[0], b / (a + b), 1e-12);
  EXPECT_NEAR(pi[1], a / (a + b), 1e-12);
}

TEST(RegimeMarkovChain, ClimatologyFollowsTheSeason) {
  const RegimeMarkovChain chain(four_season_spec());
  const auto winter = chain.climatology(Date::from_ymd(2013, 12, 31));
  const auto summer = chain.climatology(Date::from_ymd(2013, 7, 15));
  EXPECT_EQ(chain.calendar().season_name(chain.calendar().season_of(Date::from_ymd(2013, 12, 31))),
            "winter");
  EXPECT_GT(winter[2], summer[2]);  // more stagnation in winter
  EXPECT_GT(summer[1], winter[1]);  // more southerly flow in summer
}

TEST(RegimeMarkovChain, FirstDayDrawsFromTheStationaryDistribution) {
  // Independent draws (one stream each), so the standard error is the binomial one.
  const RegimeMarkovChain chain(four_season_spec());
  const Date day = Date::from_ymd(2013, 1, 15);
  const auto pi = chain.climatology(day);
  constexpr int kDraws = 20000;
  std::vector<double> count(3, 0.0);
  for (int k = 0; k < kDraws; ++k) {
    RandomStream stream(11, static_cast<std::uint64_t>(k), 0, 0, Purpose::weather);
    count[chain.next_regime(-1, day, stream)] += 1;
  }
  for (int r = 0; r < 3; ++r) {
    const double se = std::sqrt(pi[r] * (1 - pi[r]) / kDraws);
    EXPECT_NEAR(count[r] / kDraws, pi[r], 4 * se) << "regime " << r;
  }
}

TEST(RegimeMarkovChain, ImpossibleTransitionNeverHappens) {
  const RegimeMarkovChain chain(one_season_spec(matrix({{0.5, 0.0, 0.5}, {0.2, 0.6, 0.2},
                                                        {0.5, 0.0, 0.5}})));
  for (int k = 0; k < 5000; ++k) {
    RandomStream stream(3, 0, 0, static_cast<std::uint64_t>(k), Purpose::weather);
    ASSERT_NE(chain.next_regime(k % 2 == 0 ? 0 : 2, kStart, stream), 1);
  }
}

TEST(RegimeMarkovChain, RejectsUnusableSpecs) {
  WeatherSpec missing_month = four_season_spec();
  missing_month.seasons[1].months = {3, 4};
  EXPECT_THROW(RegimeMarkovChain{missing_month}, std::invalid_argument);

  WeatherSpec repeated_month = four_season_spec();
  repeated_month.seasons[1].months = {3, 4, 5, 6};
  EXPECT_THROW(RegimeMarkovChain{repeated_month}, std::invalid_argument);

  WeatherSpec bad_row = four_season_spec();
  bad_row.seasons[0].transition(0, 0) = 0.8;
  EXPECT_THROW(RegimeMarkovChain{bad_row}, std::invalid_argument);

  WeatherSpec negative = four_season_spec();
  negative.seasons[0].transition(0, 0) = 1.1;
  negative.seasons[0].transition(0, 1) = -0.2;
  EXPECT_THROW(RegimeMarkovChain{negative}, std::invalid_argument);

  WeatherSpec wrong_size = four_season_spec();
  wrong_size.seasons[2].transition = matrix({{1.0}});
  EXPECT_THROW(RegimeMarkovChain{wrong_size}, std::invalid_argument);

  EXPECT_THROW(RegimeMarkovChain{one_season_spec(matrix({{1, 0}, {0, 1}}))},
               std::invalid_argument);
  EXPECT_THROW(RegimeMarkovChain{WeatherSpec{}}, std::invalid_argument);

  WeatherSpec stochastic_without_seasons = four_season_spec();
  stochastic_without_seasons.seasons.clear();
  EXPECT_THROW(RegimeMarkovChain{stochastic_without_seasons}, std::invalid_argument);
}

TEST(RegimeMarkovChain, AcceptsRowsRoundedByHand) {
  const RegimeMarkovChain chain(one_season_spec(
      matrix({{0.333, 0.333, 0.334}, {0.3333333, 0.3333333, 0.3333333}, {0.5, 0.25, 0.25}})));
  double sum = 0;
  for (const double p : chain.transition(0).row(1)) sum += p;
  EXPECT_NEAR(sum, 1.0, 1e-15);
}

TEST(RegimeMarkovChain, RejectsAnInvalidPreviousRegime) {
  const RegimeMarkovChain chain(four_season_spec());
  RandomStream stream(1, 0, 0, 0, Purpose::weather);
  EXPECT_THROW(chain.next_regime(3, kStart, stream), std::out_of_range);
  EXPECT_THROW(chain.next_regime(-2, kStart, stream), std::out_of_range);
}

}  // namespace
}  // namespace airgov::weather
