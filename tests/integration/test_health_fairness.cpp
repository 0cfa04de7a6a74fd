// What `run` and `compare` compute beyond the engine (tools/airgov/analysis): attributable deaths
// through models/health, the horizon's game and its transfers through models/fairness, the
// switching game of `compare`, and the quantiles of the 90 % intervals.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "models/emissions/seasonal_emissions.hpp"
#include "models/fairness/shapley.hpp"
#include "models/health/attributable_deaths.hpp"
#include "models/health/concentration_response.hpp"
#include "tests/models/economics/reference_games.hpp"
#include "tools/airgov/analysis.hpp"
#include "tests/integration/default_scenario_fixture.hpp"
#include "tools/airgov/cli_common.hpp"

namespace airgov {
namespace {

using cli::attributable_deaths;

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

class HealthReport : public testing::DefaultScenarioFixture {};

TEST_F(HealthReport, TheDefaultScenarioHasAGemmHealthSectionWithASource) {
  EXPECT_TRUE(cli::health_configured(scenario_->health));
  EXPECT_EQ(scenario_->health.function, "gemm");
  EXPECT_DOUBLE_EQ(scenario_->health.baseline_mortality_per_1000, 7.1);
  EXPECT_DOUBLE_EQ(scenario_->health.adult_share, 0.7);
  EXPECT_NE(scenario_->health.source.find("recalled_unverified"), std::string::npos);
}

TEST_F(HealthReport, DeathsAtAKnownConcentrationAreTheHealthModelsOwn) {
  const std::size_t n = scenario_->region.jurisdictions.size();
  const std::vector<double> at_35(n, 35.0);
  const auto deaths = attributable_deaths(*scenario_, at_35);
  ASSERT_EQ(deaths.size(), n);
  const auto& beijing = scenario_->region.jurisdictions[0];
  ASSERT_EQ(beijing.id, "beijing");
  const double adults = beijing.population_million * 1e6 * 0.7;
  // The function itself, to round-off.
  EXPECT_NEAR(deaths[0],
              health::attributable_deaths_per_year(health::ConcentrationResponse(health::ResponseFunction::gemm), 35.0,
                                                   adults, 7.1e-3),
              1e-9 * deaths[0]);
  // MODEL.md section 7's printed HR(35) = 1.30855 (5 decimals: 1e-5 relative on 1 - 1/HR).
  const double expected = adults * 7.1e-3 * (1 - 1 / 1.30855);
  EXPECT_NEAR(deaths[0], expected, 2e-5 * expected);
  // Avoided deaths are the difference of the two states.
  const std::vector<double> at_75(n, 75.0);
  const auto avoided = cli::deaths_avoided(*scenario_, at_75, at_35);
  const auto deaths_75 = attributable_deaths(*scenario_, at_75);
  EXPECT_NEAR(avoided[0], deaths_75[0] - deaths[0], 1e-9 * deaths_75[0]);
  EXPECT_NEAR(deaths_75[0], adults * 7.1e-3 * (1 - 1 / 1.57259), 2e-5 * deaths_75[0]);
}

TEST_F(HealthReport, LogLinearWhenTheScenarioSaysSo) {
  ScenarioDescription s = *scenario_;
  s.health.function = "log_linear";
  const std::vector<double> at(s.region.jurisdictions.size(), 40.0);
  const double adults = s.region.jurisdictions[0].population_million * 1e6 * 0.7;
  const double rr = std::exp(std::log(1.06) / 10 * (40.0 - 2.4));
  EXPECT_NEAR(attributable_deaths(s, at)[0], adults * 7.1e-3 * (1 - 1 / rr), 1e-9 * adults);
}

TEST_F(HealthReport, NotConfiguredGivesNoDeaths) {
  ScenarioDescription s = *scenario_;
  s.health = HealthSpec{};
  EXPECT_FALSE(cli::health_configured(s.health));
  EXPECT_TRUE(attributable_deaths(s, std::vector<double>(s.region.jurisdictions.size(), 50.0)).empty());
}

TEST_F(HealthReport, DeathsFallWhenPm25Falls) {
  const std::size_t n = scenario_->region.jurisdictions.size();
  const auto high = attributable_deaths(*scenario_, std::vector<double>(n, 80.0));
  const auto low = attributable_deaths(*scenario_, std::vector<double>(n, 60.0));
  for (std::size_t j = 0; j < n; ++j) EXPECT_LT(low[j], high[j]) << j;
  // And through the engine: the planner cleans the air, so fewer die, everywhere.
  const auto nash = cli::simulate(*scenario_, *models_, "nash", RunOptions{2013, 0});
  const auto planner = cli::simulate(*scenario_, *models_, "planner", RunOptions{2013, 0});
  const auto d_nash = attributable_deaths(*scenario_, cli::pm25_means(nash.jurisdictions()));
  const auto d_planner = attributable_deaths(*scenario_, cli::pm25_means(planner.jurisdictions()));
  EXPECT_LT(sum(d_planner), sum(d_nash));
  const auto avoided = cli::deaths_avoided(*scenario_, cli::pm25_means(nash.jurisdictions()),
                                           cli::pm25_means(planner.jurisdictions()));
  EXPECT_NEAR(sum(avoided), sum(d_nash) - sum(d_planner), 1e-6 * sum(d_nash));
  EXPECT_GT(sum(avoided), 0);
}

TEST_F(HealthReport, TheHorizonGameUsesTheAnnualBaseline) {
  const GameParameters game = cli::horizon_game(*scenario_, *models_);
  const emissions::SeasonalEmissions emissions(*scenario_);
  const auto& annual = emissions.annual_baseline_t_per_year();
  ASSERT_EQ(game.size(), annual.size());
  for (std::size_t i = 0; i < annual.size(); ++i) EXPECT_NEAR(game.baseline_t_per_year[i], annual[i], 1e-9 * annual[i]);
}

TEST_F(HealthReport, FairnessOnTheDefaultGameIsBalancedAndSampledBeyond16Players) {
  const GameParameters game = cli::horizon_game(*scenario_, *models_);
  const auto f = cli::game_fairness(game, 2013, 400);
  EXPECT_FALSE(f.shapley.exact);
  EXPECT_EQ(f.shapley.permutations, 400u);
  EXPECT_GT(f.max_standard_error(), 0);
  const double scale = std::abs(sum(f.nash_payoff));
  EXPECT_NEAR(sum(f.shapley_transfer), 0, 1e-9 * scale);
  EXPECT_NEAR(sum(f.chander_tulkens_transfer), 0, 1e-9 * scale);
  EXPECT_GT(f.total_gain(), 0);
  // Chander-Tulkens makes everyone gain relative to Nash.
  for (std::size_t i = 0; i < game.size(); ++i) {
    EXPECT_GE(f.cooperative_payoff[i] + f.chander_tulkens_transfer[i], f.nash_payoff[i]) << i;
  }
  // Seeded: the same seed gives the same estimate.
  EXPECT_EQ(cli::game_fairness(game, 2013, 400).shapley.value, f.shapley.value);
}

TEST(MeanLevers, ADatedEventCountsForTheDaysItIsInForce) {
  ScenarioDescription s;
  s.start_date = Date::from_ymd(2013, 1, 1);
  s.days = 100;
  s.levers.technology = 0.2;
  s.events.push_back(PolicyEvent{Date::from_ymd(2013, 1, 1) + 75, "late", {{"technology", 1.0}}, {}});
  s.events.push_back(PolicyEvent{Date::from_ymd(2012, 6, 1), "before", {{"funding", 0.5}}, {}});
  const Levers mean = cli::mean_levers(s);
  EXPECT_NEAR(mean.technology, 0.75 * 0.2 + 0.25 * 1.0, 1e-12);
  EXPECT_NEAR(mean.funding, 0.5, 1e-12);
  EXPECT_EQ(mean.laws_regulations, 0);
}

// MODEL.md section 6: Shapley transfers on top of cooperation, exactly (-2423/480, -109/240, +2641/480).
TEST(GameFairness, ThreeRegionReferenceTransfers) {
  const GameParameters game = test::three_region_game();
  const auto f = cli::game_fairness(game, 1);
  EXPECT_TRUE(f.shapley.exact);
  test::expect_relative(f.shapley_transfer, {-2423.0 / 480, -109.0 / 240, 2641.0 / 480});
  test::expect_relative(f.nash_payoff, {-150.4, -64.3, -30.8});
  EXPECT_NEAR(f.total_gain(), 4.8875, 1e-9);
}

// The switching game of `compare`: its closed-form Shapley value is the exact one.
TEST(SwitchingGame, ClosedFormShapleyEqualsEnumeration) {
  const GameParameters game = test::three_region_game();
  const cli::Outcome from{{-150.4, -64.3, -30.8}, {4, 3, 2}};
  const cli::Outcome to{{-143.3625, -62.695, -34.555}, {4.35, 4.30, 7.60}};
  const auto s = cli::switching_fairness(game, from, to, 1.0);
  const auto exact = fairness::shapley_exact(3, cli::switching_game(game, from, to, 1.0));
  for (std::size_t i = 0; i < 3; ++i) EXPECT_NEAR(s.shapley_value[i], exact.value[i], 1e-12) << i;
  EXPECT_NEAR(s.total_gain, 4.8875, 1e-12);
  EXPECT_NEAR(sum(s.shapley_transfer), 0, 1e-12);
  EXPECT_NEAR(sum(s.chander_tulkens_transfer), 0, 1e-12);
  // Moving to full cooperation without caps, the halving rule leaves everyone a gain.
  for (double v : s.shapley_value) EXPECT_GT(v, 0);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_GT(s.gain[i] + s.chander_tulkens_transfer[i], 0) << i;
  // Hebei loses 3.755 without compensation (MODEL.md section 6).
  EXPECT_NEAR(s.gain[2], -3.755, 1e-12);
  // A 5-player game with arbitrary numbers: still exact.
  GameParameters g5;
  g5.source_receptor = Matrix(5, 5);
  for (std::size_t i = 0; i < 5; ++i) {
    g5.baseline_t_per_year.push_back(10);
    g5.damage_weight.push_back(1.0 + static_cast<double>(i));
    for (std::size_t j = 0; j < 5; ++j) g5.source_receptor(i, j) = 0.1 * static_cast<double>((3 * i + 7 * j) % 5 + 1);
  }
  const cli::Outcome a{{-10, -20, -5, -7, -1}, {1, 2, 3, 4, 5}};
  const cli::Outcome b{{-9, -22, -4, -9, 3}, {2, 2, 5, 3, 9}};
  const auto s5 = cli::switching_fairness(g5, a, b, 0.5);
  const auto e5 = fairness::shapley_exact(5, cli::switching_game(g5, a, b, 0.5));
  for (std::size_t i = 0; i < 5; ++i) EXPECT_NEAR(s5.shapley_value[i], e5.value[i], 1e-12) << i;
}

TEST(SwitchingGame, NoChangeNoGainNoTransfer) {
  const GameParameters game = test::three_region_game();
  const cli::Outcome same{{-150.4, -64.3, -30.8}, {4, 3, 2}};
  const auto s = cli::switching_fairness(game, same, same, 1.0);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(s.gain[i], 0);
    EXPECT_EQ(s.shapley_transfer[i], 0);
    EXPECT_EQ(s.chander_tulkens_transfer[i], 0);
  }
}

TEST(Quantiles, Type7InterpolationAndIntervals) {
  EXPECT_DOUBLE_EQ(cli::quantile({5, 1, 4, 2, 3}, 0.05), 1.2);
  EXPECT_DOUBLE_EQ(cli::quantile({5, 1, 4, 2, 3}, 0.95), 4.8);
  EXPECT_DOUBLE_EQ(cli::quantile({5, 1, 4, 2, 3}, 0.5), 3);
  EXPECT_DOUBLE_EQ(cli::quantile({7}, 0.05), 7);
  const std::vector<double> one{0.1, 0.1, 0.1};
  const auto i = cli::interval_of(one);
  EXPECT_EQ(i.mean, 0.1);
  EXPECT_EQ(i.p05, 0.1);
  EXPECT_EQ(i.p95, 0.1);
  const std::vector<double> values{3, 9, 1, 4, 10, 2};
  const auto j = cli::interval_of(values);
  EXPECT_DOUBLE_EQ(j.mean, 29.0 / 6);
  EXPECT_DOUBLE_EQ(j.p05, 1.25);
  EXPECT_DOUBLE_EQ(j.p95, 9.75);
  EXPECT_THROW(cli::quantile({}, 0.5), std::invalid_argument);
}

}  // namespace
}  // namespace airgov
