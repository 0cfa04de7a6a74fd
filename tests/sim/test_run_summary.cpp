#include "sim/record/run_summary.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "sim/core/errors.hpp"

namespace airgov {
namespace {

DailyAirQuality of_class(int aqi_class) { return DailyAirQuality{0, 0, aqi_class}; }

// Two jurisdictions over four days.
class RunSummaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::vector<std::vector<double>> pm25 = {{10, 100}, {20, 200}, {30, 300}, {40, 120}};
    const std::vector<std::vector<int>> classes = {{0, 2}, {1, 5}, {1, 4}, {2, 3}};
    const std::vector<std::vector<double>> effort = {{0.1, 0.0}, {0.1, 0.0}, {0.3, 0.2}, {0.3, 0.2}};
    for (std::size_t d = 0; d < pm25.size(); ++d) {
      std::vector<DailyAirQuality> quality = {of_class(classes[d][0]), of_class(classes[d][1])};
      const std::vector<double> emission = {1000, 2000}, no_cut = {0, 0};
      summary.on_day(DayRecord{static_cast<int>(d), Date::from_ymd(2013, 1, 1) + static_cast<int>(d), 0,
                               pm25[d], quality, emission, effort[d], no_cut});
    }
    // Two periods of two days each.
    GameParameters game;
    game.baseline_t_per_year = {1000, 2000};
    for (int k = 0; k < 2; ++k) {
      const DecisionPeriod period{k, 2 * k, 2, Date::from_ymd(2013, 1, 1) + 2 * k};
      const std::vector<double> period_effort = k == 0 ? std::vector<double>{0.1, 0.0} : std::vector<double>{0.3, 0.2};
      const std::vector<double> mean = {0, 0};
      PeriodAccount account;
      account.abatement_cost_cny = {100.0 * (k + 1), 50};
      account.damage_cny = {1000, 3000};
      account.transfer_cny = {0, 0};
      account.payoff_cny = {-1100.0 - 100 * k, -3050};
      summary.on_period(PeriodRecord{period, period_effort, mean, account, account, game});
    }
  }
  RunSummary summary{2};
};

TEST_F(RunSummaryTest, PerJurisdictionMeansAndCounts) {
  EXPECT_EQ(summary.days(), 4);
  const auto j = summary.jurisdictions();
  ASSERT_EQ(j.size(), 2u);
  EXPECT_DOUBLE_EQ(j[0].pm25_mean_ugm3, 25.0);
  EXPECT_DOUBLE_EQ(j[1].pm25_mean_ugm3, 180.0);
  EXPECT_DOUBLE_EQ(j[0].mean_effort, 0.2);
  EXPECT_DOUBLE_EQ(j[1].mean_effort, 0.1);

  EXPECT_EQ(j[0].days_by_class, (std::array<double, kAqiClassCount>{1, 2, 1, 0, 0, 0}));
  EXPECT_EQ(j[1].days_by_class, (std::array<double, kAqiClassCount>{0, 0, 1, 1, 1, 1}));
  EXPECT_EQ(j[0].attainment_days, 3);  // classes 0 and 1
  EXPECT_EQ(j[0].heavy_days, 0);
  EXPECT_EQ(j[1].attainment_days, 0);
  EXPECT_EQ(j[1].heavy_days, 2);       // classes 4 and 5

  // Abatement: mean over days of effort x baseline = (2 x 0.1 + 2 x 0.3) x 1000 / 4.
  EXPECT_DOUBLE_EQ(j[0].abatement_t_per_year, 200.0);
  EXPECT_DOUBLE_EQ(j[1].abatement_t_per_year, 200.0);  // (2 x 0 + 2 x 0.2) x 2000 / 4
  EXPECT_DOUBLE_EQ(j[0].abatement_cost_cny, 300.0);
  EXPECT_DOUBLE_EQ(j[1].abatement_cost_cny, 100.0);
  EXPECT_DOUBLE_EQ(j[0].damage_cny, 2000.0);
  EXPECT_DOUBLE_EQ(j[1].damage_cny, 6000.0);
  EXPECT_DOUBLE_EQ(j[0].payoff_cny, -2300.0);
  EXPECT_DOUBLE_EQ(j[1].payoff_cny, -6100.0);
}

TEST_F(RunSummaryTest, RegionalArithmeticMeanAndSums) {
  const OutcomeTotals r = summary.region();
  EXPECT_DOUBLE_EQ(r.pm25_mean_ugm3, (25.0 + 180.0) / 2);
  EXPECT_DOUBLE_EQ(r.attainment_days, 1.5);
  EXPECT_DOUBLE_EQ(r.heavy_days, 1.0);
  EXPECT_DOUBLE_EQ(r.days_by_class[1], 1.0);
  EXPECT_DOUBLE_EQ(r.mean_effort, 0.15);
  // Totals are summed, not averaged.
  EXPECT_DOUBLE_EQ(r.abatement_t_per_year, 400.0);
  EXPECT_DOUBLE_EQ(r.abatement_cost_cny, 400.0);
  EXPECT_DOUBLE_EQ(r.damage_cny, 8000.0);
  EXPECT_DOUBLE_EQ(r.payoff_cny, -8400.0);
  EXPECT_DOUBLE_EQ(summary.social_cost_cny(), 8400.0);

  const OutcomeTotals second = summary.region({1});
  EXPECT_DOUBLE_EQ(second.pm25_mean_ugm3, 180.0);
  EXPECT_DOUBLE_EQ(second.heavy_days, 2.0);
  EXPECT_DOUBLE_EQ(second.damage_cny, 6000.0);
}

TEST_F(RunSummaryTest, PopulationWeightedMeanDiffersFromArithmetic) {
  RegionSpec region;
  region.jurisdictions.resize(2);
  region.jurisdictions[0].population_million = 3;
  region.jurisdictions[1].population_million = 1;
  // (3 x 25 + 1 x 180) / 4 = 63.75, against the arithmetic 102.5.
  EXPECT_DOUBLE_EQ(summary.population_weighted_pm25(region), 63.75);
  EXPECT_DOUBLE_EQ(summary.region().pm25_mean_ugm3, 102.5);

  region.jurisdictions[0].population_million = 0;
  region.jurisdictions[1].population_million = 0;
  EXPECT_DOUBLE_EQ(summary.population_weighted_pm25(region), 0.0);
}

TEST(RunSummary, EmptyRunIsAllZero) {
  const RunSummary summary(3);
  EXPECT_EQ(summary.days(), 0);
  const auto j = summary.jurisdictions();
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[2].pm25_mean_ugm3, 0.0);
  EXPECT_EQ(summary.region().pm25_mean_ugm3, 0.0);
  EXPECT_EQ(summary.social_cost_cny(), 0.0);
  EXPECT_EQ(RunSummary(0).region().pm25_mean_ugm3, 0.0);
}

// The guard checks every value of every day but formats its message only on failure; the
// message still names the series, the jurisdiction, the day and its date.
TEST(RunSummary, RefusesANonFiniteDayNamingSeriesJurisdictionAndDate) {
  RunSummary summary(3);
  const std::vector<DailyAirQuality> quality(3);
  const std::vector<double> pm25 = {10, 20, 30}, emission = {1, 2, 3}, effort = {0, 0, 0}, no_cut = {0, 0, 0};
  const Date day5 = Date::from_ymd(2013, 1, 5);
  EXPECT_NO_THROW(summary.on_day(DayRecord{4, day5, 0, pm25, quality, emission, effort, no_cut}));
  for (std::size_t k = 0; k < 3; ++k) {
    std::vector<double> bad_effort = effort;
    bad_effort[k] = k == 1 ? std::numeric_limits<double>::infinity() : std::nan("");
    try {
      summary.on_day(DayRecord{4, day5, 0, pm25, quality, emission, bad_effort, no_cut});
      FAIL() << "no error";
    } catch (const InternalError& e) {
      const std::string expected =
          "effort of jurisdiction #" + std::to_string(k) + " is " + (k == 1 ? "inf" : "nan") + " (day 5, 2013-01-05)";
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
  }
  std::vector<double> bad_cut = no_cut;
  bad_cut[2] = -std::numeric_limits<double>::infinity();
  EXPECT_THROW(summary.on_day(DayRecord{4, day5, 0, pm25, quality, emission, effort, bad_cut}), InternalError);
  EXPECT_EQ(summary.days(), 1);  // refused days are not counted
}

}  // namespace
}  // namespace airgov
