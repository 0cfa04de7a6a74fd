// Mass balance per tracer on the full network of the default scenario (31 boxes, the four regimes
// of scenarios/weather/north-china-plain.json, the calibrated 2013 emissions): for primary PM2.5,
// sulfate (from SO2) and nitrate (from NOx) alone, every tonne emitted is, at steady state,
// removed (deposition, wet removal, venting), vented through the top or exported, to round-off;
// and the tracers' fields add up to the PM2.5 the model transports (no tracer is lost or double
// counted). Secondary PM2.5 forms at the source (MODEL.md section 3), so each tracer moves as
// PM2.5 mass once emitted.
#include <gtest/gtest.h>

#include <array>

#include "models/transport/box_network.hpp"
#include "sim/scenario/load.hpp"

namespace airgov::transport {
namespace {

TEST(MassBalancePerTracer, EveryTonneEmittedIsRemovedVentedOrExported) {
  const ScenarioDescription s =
      load_scenario(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/default.json", FileSystemSource());
  WeatherSpec clean = s.weather;  // no background, so that each tracer's budget stands alone
  for (auto& r : clean.regimes) r.background_ugm3 = 0;
  const BoxNetwork tracers = BoxNetwork::from_scenario(s.region, clean);
  const BoxNetwork full = BoxNetwork::from_scenario(s.region, s.weather);
  const std::size_t n = s.region.jurisdictions.size();
  const std::array<double, kTracerCount> yields = {1.0, s.chemistry.sulfate_yield, s.chemistry.nitrate_yield};
  std::array<std::vector<double>, kTracerCount> emission;
  std::vector<double> total(n, 0.0);
  for (int k = 0; k < kTracerCount; ++k) {
    for (const auto& j : s.region.jurisdictions) {
      double e = 0;
      for (double v : j.emissions_t_per_year[k]) e += yields[k] * v;
      emission[k].push_back(e);
    }
    for (std::size_t j = 0; j < n; ++j) total[j] += emission[k][j];
  }
  const std::vector<double> none(n, 0.0);
  for (int m = 0; m < tracers.regime_count(); ++m) {
    std::vector<double> sum = full.steady_state(m, none);  // the background alone
    for (int k = 0; k < kTracerCount; ++k) {
      const std::vector<double> x = tracers.steady_state(m, emission[k]);
      const MassBudget b = tracers.mass_budget(m, emission[k], x);
      EXPECT_GT(b.emitted_g_s, 0.0) << kTracerNames[k];
      EXPECT_EQ(b.imported_g_s, 0.0) << kTracerNames[k];
      EXPECT_GT(b.exported_g_s, 0.0) << kTracerNames[k];
      EXPECT_NEAR(b.emitted_g_s, b.sinks_g_s(), 1e-9 * b.emitted_g_s)
          << "regime " << m << " tracer " << kTracerNames[k];
      for (std::size_t j = 0; j < n; ++j) sum[j] += x[j];
    }
    const std::vector<double> all = full.steady_state(m, total);
    for (std::size_t j = 0; j < n; ++j) EXPECT_NEAR(sum[j], all[j], 1e-9 * all[j]) << "regime " << m << " box " << j;
  }
}

}  // namespace
}  // namespace airgov::transport
