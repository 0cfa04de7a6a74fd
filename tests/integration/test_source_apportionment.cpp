// The apportionment splits each day's simulated concentration exactly into sources and
// background, on the real region with its weather.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <vector>

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
  transport::SourceApportionment apportionment(*models.transport, transport::steady_split(t, b, e),
                                                 transport::DayClassBounds{75.0, 150.0});
  struct Check : Recorder {
    transport::SourceApportionment* a;
    std::size_t n;
    double worst = 0;
    // Per receptor and class of day (good <= 75 < polluted <= 150 < heavy), summed by hand:
    // days, total and own contribution.
    std::vector<std::array<int, 3>> days;
    std::vector<std::array<double, 3>> total_sum, own_sum;
    // Per regime and receptor: days, total, own and background, summed by hand.
    std::vector<int> regime_days = std::vector<int>(8, 0);
    std::vector<std::vector<std::array<double, 3>>> regime_sum;
    void on_day(const DayRecord& d) override {
      a->step(d.regime, d.emission_t_per_year);
      ++regime_days.at(static_cast<std::size_t>(d.regime));
      if (regime_sum.empty()) regime_sum.assign(8, std::vector<std::array<double, 3>>(n, {0, 0, 0}));
      for (std::size_t j = 0; j < n; ++j) {
        double total = 0;
        for (std::size_t k = 0; k <= n; ++k) total += a->contribution(j, k);
        worst = std::max(worst, std::abs(total - d.pm25_ugm3[j]) / d.pm25_ugm3[j]);
        const int c = total > 150.0 ? 2 : total > 75.0 ? 1 : 0;
        ++days[j][c];
        total_sum[j][c] += total;
        own_sum[j][c] += a->contribution(j, j);
        auto& r = regime_sum[static_cast<std::size_t>(d.regime)][j];
        r[0] += total;
        r[1] += a->contribution(j, j);
        r[2] += a->contribution(j, n);
      }
    }
  } check;
  check.a = &apportionment;
  check.n = n;
  check.days.assign(n, {0, 0, 0});
  check.total_sum.assign(n, {0, 0, 0});
  check.own_sum.assign(n, {0, 0, 0});
  Simulation simulation(s, assembly::plugins_for(models, "nash"), RunOptions{5, 0});
  simulation.run(check);
  EXPECT_LT(check.worst, 1e-9);
  const auto summary = apportionment.summary();
  int classes_seen[3] = {0, 0, 0};
  for (std::size_t j = 0; j < n; ++j) {
    EXPECT_GE(summary.regional_share[j], 0.0);
    EXPECT_LE(summary.regional_share[j], 1.0);
    const auto& d = check.days[j];
    EXPECT_EQ(summary.good_days[j], d[0]);
    EXPECT_EQ(summary.polluted_days[j], d[1]);
    EXPECT_EQ(summary.heavy_days[j], d[2]);
    EXPECT_EQ(d[0] + d[1] + d[2], s.days);
    const double shares[3] = {summary.regional_share_good[j], summary.regional_share_polluted[j],
                              summary.regional_share_heavy[j]};
    double own = 0, total = 0;
    for (int c = 0; c < 3; ++c) {
      if (d[c] == 0) {
        EXPECT_TRUE(std::isnan(shares[c])) << "receptor " << j << " class " << c;
        continue;
      }
      ++classes_seen[c];
      EXPECT_NEAR(shares[c], 1.0 - check.own_sum[j][c] / check.total_sum[j][c], 1e-12);
      own += check.own_sum[j][c];
      total += check.total_sum[j][c];
    }
    // The classes partition the days: their own and total sums give the annual share.
    EXPECT_NEAR(summary.regional_share[j], 1.0 - own / total, 1e-12);
  }
  // By regime: the days partition the period, the shares are the hand sums', the mass fractions add to 1.
  int regime_days = 0;
  for (std::size_t m = 0; m < summary.by_regime.size(); ++m) {
    const auto& r = summary.by_regime[m];
    EXPECT_EQ(r.days, check.regime_days[m]) << "regime " << m;
    regime_days += r.days;
  }
  EXPECT_EQ(regime_days, s.days);
  EXPECT_GE(summary.by_regime.size(), 2u);  // 120 days from 1 January: more than one regime
  for (std::size_t j = 0; j < n; ++j) {
    double fractions = 0;
    for (std::size_t m = 0; m < summary.by_regime.size(); ++m) {
      const auto& r = summary.by_regime[m];
      if (r.days == 0) continue;
      const auto& hand = check.regime_sum[m][j];
      EXPECT_NEAR(r.mean_ugm3[j], hand[0] / r.days, 1e-9 * hand[0]);
      EXPECT_NEAR(r.regional_share[j], 1.0 - hand[1] / hand[0], 1e-12);
      EXPECT_NEAR(r.background_share[j], hand[2] / hand[0], 1e-12);
      fractions += r.mass_fraction[j];
    }
    EXPECT_NEAR(fractions, 1.0, 1e-12);
  }
  // 120 winter days on the real region: every class occurs somewhere.
  for (int c = 0; c < 3; ++c) EXPECT_GT(classes_seen[c], 0) << "class " << c;
  // Imports summed over receptors equal exports summed over sources.
  double imports = 0, exports = 0;
  for (std::size_t j = 0; j < n; ++j) imports += summary.imports_ugm3[j], exports += summary.exports_ugm3[j];
  EXPECT_NEAR(imports, exports, 1e-9 * imports);
}

}  // namespace
}  // namespace airgov
