// The inversion on the real region: the linear annual response is what a run gives, the targets
// and factor groups follow the rules of targets.hpp, and synthetic observations of every city
// made with known factors give those factors back.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "models/assembly/models.hpp"
#include "models/calibration/annual_response.hpp"
#include "models/calibration/inversion.hpp"
#include "models/calibration/targets.hpp"
#include "sim/record/run_summary.hpp"
#include "sim/scenario/load.hpp"
#include "sim/simulation/simulation.hpp"

namespace airgov::calibration {
namespace {

ScenarioDescription default_scenario() {
  return load_scenario(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/default.json", FileSystemSource());
}

class Inversion : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scenario_ = new ScenarioDescription(default_scenario());
    models_ = new assembly::ScenarioModels(assembly::build_models(*scenario_));
    response_ = new AnnualResponse(annual_response(*scenario_, *models_, scenario_->seed, 2, 2013));
  }
  static void TearDownTestSuite() {
    delete response_;
    delete models_;
    delete scenario_;
  }
  inline static ScenarioDescription* scenario_ = nullptr;
  inline static assembly::ScenarioModels* models_ = nullptr;
  inline static AnnualResponse* response_ = nullptr;
};

TEST_F(Inversion, LinearResponseIsWhatAnUnabatedRunGives) {
  // Scale each source's emissions, run with effort held at 0 (max_effort 0), and compare the
  // run's annual means with b + C f: exact up to round-off, for each replicate's weather alone.
  const std::size_t n = scenario_->region.jurisdictions.size();
  std::vector<double> f(n);
  for (std::size_t i = 0; i < n; ++i) f[i] = 0.5 + 0.1 * static_cast<double>(i % 13);
  ScenarioDescription scaled = *scenario_;
  scaled.economics.max_effort = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (auto& tracer : scaled.region.jurisdictions[i].emissions_t_per_year) {
      for (double& v : tracer) v *= f[i];
    }
  }
  const auto models = assembly::build_models(scaled);
  std::vector<double> mean(n, 0.0);
  for (std::uint64_t r = 0; r < 2; ++r) {
    RunSummary summary(n);
    Simulation simulation(scaled, assembly::plugins_for(models, "nash"), RunOptions{scenario_->seed, r});
    simulation.run(summary);
    const auto outcomes = summary.jurisdictions();
    for (std::size_t j = 0; j < n; ++j) mean[j] += outcomes[j].pm25_mean_ugm3 / 2;
  }
  const auto predicted = annual_means(*response_, f);
  for (std::size_t j = 0; j < n; ++j) EXPECT_NEAR(predicted[j], mean[j], 1e-9 * mean[j]) << j;
}

TEST_F(Inversion, TargetsAndFactorGroupsOfTheDefaultRegion) {
  const auto observations =
      read_observations(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/observations/pm25-annual.csv");
  const auto setup = match_observations(scenario_->region, observations, 2013);
  int cities = 0, provinces = 0, groups = 0;
  for (const auto& t : setup.targets) {
    cities += t.kind == "city";
    provinces += t.kind == "province";
    groups += t.kind == "group";
    if (t.kind == "province") {
      EXPECT_EQ(t.members.size(), 11u) << t.label;  // Hebei
    }
    if (t.kind == "city" && t.label == "Beijing") {
      EXPECT_DOUBLE_EQ(t.observed_ugm3, 89.5);  // official, not the NGO compilation's 90.1
    }
  }
  // Beijing, Tianjin and the 11 cities of the 2013 snapshot that are in the region.
  EXPECT_EQ(cities, 13);
  EXPECT_EQ(provinces, 1);  // Hebei; Shanxi's average covers 11 cities, the region holds 4
  EXPECT_EQ(groups, 2);     // JJJ-13 and 2+26
  bool shanxi_skipped = false;
  for (const auto& s : setup.skipped) shanxi_skipped = shanxi_skipped || s.label == "Shanxi (province average)";
  EXPECT_TRUE(shanxi_skipped);
  // 13 city factors, the rest of Hebei (Qinhuangdao, Zhangjiakou, Chengde), the rest of the region.
  ASSERT_EQ(setup.factors.size(), 15u);
  const auto rest_hebei = std::find_if(setup.factors.begin(), setup.factors.end(),
                                       [](const FactorGroup& g) { return g.name == "rest of Hebei"; });
  ASSERT_NE(rest_hebei, setup.factors.end());
  EXPECT_EQ(rest_hebei->members.size(), 3u);
  EXPECT_EQ(setup.factors.back().name, "rest of region");
  EXPECT_EQ(setup.factors.back().members.size(), 15u);
}

TEST_F(Inversion, RecoversKnownFactorsFromSyntheticObservationsOfEveryCity) {
  // Every jurisdiction observed (unrounded, same transport): one factor each, known values.
  const std::size_t n = scenario_->region.jurisdictions.size();
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> draw(0.3, 3.0);
  std::vector<double> truth(n);
  for (double& v : truth) v = draw(rng);
  const auto x = annual_means(*response_, truth);
  std::vector<Observation> synthetic;
  for (std::size_t j = 0; j < n; ++j) {
    synthetic.push_back(Observation{scenario_->region.jurisdictions[j].name, 2013, x[j], "estimate", "synthetic", "",
                                    static_cast<int>(j + 2)});
  }
  const auto setup = match_observations(scenario_->region, synthetic, 2013);
  ASSERT_EQ(setup.targets.size(), n);
  ASSERT_EQ(setup.factors.size(), n);
  const auto result = invert(*response_, setup);
  for (std::size_t j = 0; j < n; ++j) {
    EXPECT_NEAR(result.factor[j], truth[j], 1e-6 * truth[j]) << scenario_->region.jurisdictions[j].id;
  }
  EXPECT_LT(result.rms_relative_error, 1e-10);
}

TEST_F(Inversion, GroupAveragesPinASharedFactor) {
  // Observe only Beijing and the mean of all 31 (as a group): two factors, Beijing's and the
  // rest's, recovered exactly when the truth has that structure.
  const std::size_t n = scenario_->region.jurisdictions.size();
  std::vector<double> truth(n, 0.7);
  truth[0] = 2.5;
  const auto x = annual_means(*response_, truth);
  RegionSpec region = scenario_->region;
  for (auto& j : region.jurisdictions) j.groups = {"all"};
  CalibrationSetup setup;
  setup.year = 2013;
  double mean = 0;
  for (double v : x) mean += v / static_cast<double>(n);
  Target city{"Beijing", "city", {0}, x[0], "", "", 2};
  Target all{"all", "group", {}, mean, "", "", 3};
  for (std::size_t j = 0; j < n; ++j) all.members.push_back(j);
  setup.targets = {city, all};
  setup.factors = {FactorGroup{"beijing", {0}}, FactorGroup{"rest of region", {}}};
  setup.factor_of.assign(n, 1);
  setup.factor_of[0] = 0;
  for (std::size_t j = 1; j < n; ++j) setup.factors[1].members.push_back(j);
  const auto result = invert(*response_, setup);
  EXPECT_NEAR(result.group_factor[0], 2.5, 1e-9);
  EXPECT_NEAR(result.group_factor[1], 0.7, 1e-9);
}

TEST_F(Inversion, AFactorThatCannotBeNegativeStopsAtZero) {
  // Beijing observed below what the background and its neighbours alone bring: its factor is 0
  // (the constraint binds), and the fit is as close as non-negative emissions allow.
  const std::size_t n = scenario_->region.jurisdictions.size();
  std::vector<double> others(n, 1.0);
  others[0] = 0;
  const double floor = annual_means(*response_, others)[0];
  CalibrationSetup setup;
  setup.year = 2013;
  setup.targets = {Target{"Beijing", "city", {0}, 0.5 * floor, "", "", 2}};
  setup.factors = {FactorGroup{"beijing", {0}}, FactorGroup{"rest of region", {}}};
  setup.factor_of.assign(n, 1);
  setup.factor_of[0] = 0;
  for (std::size_t j = 1; j < n; ++j) setup.factors[1].members.push_back(j);
  const auto result = invert(*response_, setup);
  EXPECT_EQ(result.group_factor[0], 0.0);
  // No member of the rest is observed: not identified, kept at the prior.
  EXPECT_FALSE(result.group_fitted[1]);
  EXPECT_EQ(result.group_factor[1], 1.0);
  EXPECT_NEAR(result.calibrated_ugm3[0], floor, 1e-9 * floor);
}

}  // namespace
}  // namespace airgov::calibration
