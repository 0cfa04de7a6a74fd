// The default scenario on the real 31-jurisdiction region: the planner never does worse than
// Nash, and the 2013 run is within the sanity bound of the observed 2013 annual means.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "models/assembly/models.hpp"
#include "sim/record/run_summary.hpp"
#include "sim/simulation/simulation.hpp"
#include "tests/integration/default_scenario_fixture.hpp"
#include "tools/airgov/cli_common.hpp"

namespace airgov {
namespace {

RunSummary run(const ScenarioDescription& scenario, const assembly::ScenarioModels& models, const std::string& rule,
               unsigned long long seed) {
  RunSummary summary(scenario.region.jurisdictions.size());
  Simulation simulation(scenario, assembly::plugins_for(models, rule), RunOptions{seed, 0});
  simulation.run(summary);
  return summary;
}

// Observed 2013 annual mean PM2.5 by series name, from scenarios/observations/pm25-annual.csv.
std::map<std::string, double> observed_2013() {
  std::ifstream in(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/observations/pm25-annual.csv");
  std::map<std::string, double> out;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
    if (cells.size() > 2 && cells[1] == "2013") out[cells[0]] = std::stod(cells[2]);
  }
  return out;
}

class DefaultRegion : public testing::DefaultScenarioFixture {};

TEST_F(DefaultRegion, PlannerSocialCostNeverAboveNash) {
  for (unsigned long long seed : {1ULL, 2ULL, 3ULL, 2013ULL, 99991ULL}) {
    const double nash = run(*scenario_, *models_, "nash", seed).social_cost_cny();
    const double planner = run(*scenario_, *models_, "planner", seed).social_cost_cny();
    EXPECT_LE(planner, nash) << "seed " << seed;
    EXPECT_GT(nash, 0);
  }
}

TEST_F(DefaultRegion, PlannerCutsMoreAndCleansTheAir) {
  const auto nash = run(*scenario_, *models_, "nash", 2013), planner = run(*scenario_, *models_, "planner", 2013);
  EXPECT_GT(planner.region().mean_effort, nash.region().mean_effort);
  EXPECT_LT(planner.region().pm25_mean_ugm3, nash.region().pm25_mean_ugm3);
  const auto n = nash.jurisdictions(), p = planner.jurisdictions();
  for (std::size_t j = 0; j < n.size(); ++j) EXPECT_GE(p[j].mean_effort, n[j].mean_effort) << j;
}

TEST_F(DefaultRegion, AnnualMeansWithinAFactorOf1point5OfObserved2013) {
  const auto observed = observed_2013();
  const auto summary = run(*scenario_, *models_, scenario_->decision.rule, scenario_->seed);
  const auto outcomes = summary.jurisdictions();
  std::vector<std::size_t> hebei;
  for (std::size_t j = 0; j < outcomes.size(); ++j) {
    if (scenario_->region.jurisdictions[j].province == "Hebei") hebei.push_back(j);
  }
  ASSERT_EQ(hebei.size(), 11u);
  const std::map<std::string, double> simulated = {
      {"Beijing", outcomes[0].pm25_mean_ugm3},
      {"Tianjin", outcomes[1].pm25_mean_ugm3},
      {"Hebei (province average)", summary.region(hebei).pm25_mean_ugm3}};
  ASSERT_EQ(scenario_->region.jurisdictions[0].id, "beijing");
  ASSERT_EQ(scenario_->region.jurisdictions[1].id, "tianjin");
  for (const auto& [series, value] : simulated) {
    ASSERT_TRUE(observed.count(series)) << series;
    const double ratio = value / observed.at(series);
    EXPECT_GT(ratio, 1 / 1.5) << series << ": simulated " << value << " observed " << observed.at(series);
    EXPECT_LT(ratio, 1.5) << series << ": simulated " << value << " observed " << observed.at(series);
  }
}

TEST_F(DefaultRegion, WinterIsDirtierThanSummer) {
  // Seasonality from the weather regimes and the heating season (PM2.5 lowest in summer).
  struct Seasonal : Recorder {
    double winter = 0, summer = 0;
    int winter_days = 0, summer_days = 0;
    void on_day(const DayRecord& d) override {
      const int m = d.date.month();
      if (m == 12 || m <= 2) winter += d.pm25_ugm3[0], ++winter_days;
      if (m >= 6 && m <= 8) summer += d.pm25_ugm3[0], ++summer_days;
    }
  } seasonal;
  Simulation simulation(*scenario_, assembly::plugins_for(*models_, "nash"), RunOptions{scenario_->seed, 0});
  simulation.run(seasonal);
  EXPECT_GT(seasonal.winter / seasonal.winter_days, 1.5 * seasonal.summer / seasonal.summer_days);
}

}  // namespace
}  // namespace airgov

namespace airgov {
namespace {

// MODEL.md section 4: raising laws, enforcement or the platform never lowers mean effort under
// the nash rule on the real region (a grid of values, each lever alone and on top of a law).
TEST_F(DefaultRegion, LawsEnforcementAndPlatformNeverLowerNashEffort) {
  for (int lever = 0; lever < 3; ++lever) {
    double previous = -1;
    for (int k = 0; k <= 5; ++k) {
      ScenarioDescription s = *scenario_;
      s.days = 90;
      const double v = k / 5.0;
      if (lever == 0) s.levers.laws_regulations = v;
      if (lever == 1) s.levers.joint_enforcement_supervision = v, s.levers.laws_regulations = 0.5;
      if (lever == 2) s.levers.information_platform = v, s.levers.laws_regulations = 0.5;
      const auto models = assembly::build_models(s);
      const double effort = run(s, models, "nash", 1).region().mean_effort;
      EXPECT_GE(effort, previous - 1e-12) << "lever " << lever << " at " << v;
      previous = effort;
    }
  }
}

}  // namespace
}  // namespace airgov
