// The calibrated default region (scenarios/regions/jjj-2p26-calibrated.json, written by
// `airgov calibrate`) against the observed 2013 annual means. Issue 4's transport-share figures
// (Beijing 28-36 % regional, > 50 % on heavy days) are not met yet: docs/parameters.md,
// "Transport shares".
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "models/assembly/models.hpp"
#include "sim/record/run_summary.hpp"
#include "sim/simulation/simulation.hpp"
#include "tools/airgov/cli_common.hpp"

namespace airgov {
namespace {

std::size_t index_of(const ScenarioDescription& s, const std::string& id) {
  for (std::size_t j = 0; j < s.region.jurisdictions.size(); ++j) {
    if (s.region.jurisdictions[j].id == id) return j;
  }
  ADD_FAILURE() << "no jurisdiction " << id;
  return 0;
}

TEST(CalibratedRegion, ReproducesTheObserved2013AnnualMeansWithoutPolicy) {
  // What the calibration fitted: the mean over the 20 weather replicates of seed 2013 of the
  // unabated annual means (effort held at 0). Catches a weather or transport change made without
  // running `airgov calibrate` again. Tolerance 0.5 %: the fit's residual and the file's rounding
  // to 0.1 t/yr are far smaller; the Hebei average is fitted jointly with JJJ-13 (1 %).
  ScenarioDescription s = cli::load("");
  s.economics.max_effort = 0;
  const auto models = assembly::build_models(s);
  const std::size_t n = s.region.jurisdictions.size();
  constexpr int kReplicates = 20;
  std::vector<double> mean(n, 0.0);
  for (int r = 0; r < kReplicates; ++r) {
    RunSummary summary(n);
    Simulation simulation(s, assembly::plugins_for(models, "nash"), RunOptions{s.seed, static_cast<std::uint64_t>(r)});
    simulation.run(summary);
    const auto outcomes = summary.jurisdictions();
    for (std::size_t j = 0; j < n; ++j) mean[j] += outcomes[j].pm25_mean_ugm3 / kReplicates;
  }
  // Official 2013 values (Beijing, Tianjin) and the 2013 snapshot of the NGO compilation
  // (scenarios/observations/pm25-annual.csv).
  const std::map<std::string, double> observed = {
      {"beijing", 89.5},   {"tianjin", 96.0},  {"xingtai", 155.2},  {"shijiazhuang", 148.5}, {"baoding", 127.9},
      {"handan", 127.8},   {"hengshui", 120.6}, {"tangshan", 114.2}, {"jinan", 114.0},        {"langfang", 113.8},
      {"zhengzhou", 102.4}, {"cangzhou", 93.6}, {"taiyuan", 74.2}};
  for (const auto& [id, value] : observed) {
    EXPECT_NEAR(mean[index_of(s, id)], value, 0.005 * value) << id;
  }
  double hebei = 0;
  int members = 0;
  for (std::size_t j = 0; j < n; ++j) {
    if (s.region.jurisdictions[j].province == "Hebei") hebei += mean[j], ++members;
  }
  ASSERT_EQ(members, 11);
  EXPECT_NEAR(hebei / members, 108.0, 0.01 * 108.0);
}

}  // namespace
}  // namespace airgov
