// The apportionment splits each day's simulated concentration exactly into sources and
// background, on the real region with its weather.
#include <gtest/gtest.h>

#include <cmath>

#include "models/assembly/models.hpp"
#include "models/transport/source_apportionment.hpp"
#include "sim/simulation/simulation.hpp"
#include "tools/airgov/cli_common.hpp"

namespace airgov {
namespace {

TEST(SourceApportionment, ContributionsSumToTheSimulatedConcentrationEveryDay) {
  ScenarioDescription s = cli::load("");
  s.days = 120;
  const auto models = assembly::build_models(s);
  const std::size_t n = s.region.jurisdictions.size();
  Matrix t;
  std::vector<double> b, e(n);
  models.expected->over(s.start_date, s.days, t, b);
  models.emissions->pm25_equivalent(s.start_date, std::vector<double>(n, 0.0), e);
  transport::SourceApportionment apportionment(*models.transport, transport::steady_split(t, b, e), 150.0);
  struct Check : Recorder {
    transport::SourceApportionment* a;
    std::size_t n;
    double worst = 0;
    void on_day(const DayRecord& d) override {
      a->step(d.regime, d.emission_t_per_year);
      for (std::size_t j = 0; j < n; ++j) {
        double total = 0;
        for (std::size_t k = 0; k <= n; ++k) total += a->contribution(j, k);
        worst = std::max(worst, std::abs(total - d.pm25_ugm3[j]) / d.pm25_ugm3[j]);
      }
    }
  } check;
  check.a = &apportionment;
  check.n = n;
  Simulation simulation(s, assembly::plugins_for(models, "nash"), RunOptions{5, 0});
  simulation.run(check);
  EXPECT_LT(check.worst, 1e-9);
  const auto summary = apportionment.summary();
  for (std::size_t j = 0; j < n; ++j) {
    EXPECT_GE(summary.regional_share[j], 0.0);
    EXPECT_LE(summary.regional_share[j], 1.0);
  }
  // Imports summed over receptors equal exports summed over sources.
  double imports = 0, exports = 0;
  for (std::size_t j = 0; j < n; ++j) imports += summary.imports_ugm3[j], exports += summary.exports_ugm3[j];
  EXPECT_NEAR(imports, exports, 1e-9 * imports);
}

}  // namespace
}  // namespace airgov
