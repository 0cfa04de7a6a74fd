// The decision game above the dense limit (models/assembly build_models with a lowered limit, so
// the 31-city default region runs the sparse path): the sparse expected transport is the
// regime-weighted steady T (models/transport/sparse_expected_transport.hpp), the game carries it
// sparse, nash and planner decide on it, and the engine, region graph and joint warning read it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "models/assembly/models.hpp"
#include "models/transport/box_network.hpp"
#include "models/transport/sparse_box_network.hpp"
#include "models/transport/sparse_expected_transport.hpp"
#include "models/transport/sparse_source_receptor.hpp"
#include "models/weather/regime_markov_chain.hpp"
#include "models/weather/stationary_distribution.hpp"
#include "sim/core/errors.hpp"
#include "sim/scenario/load.hpp"
#include "sim/simulation/simulation.hpp"

namespace airgov::assembly {
namespace {

ScenarioDescription default_scenario() {
  return load_scenario(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/default.json", FileSystemSource());
}

// With nothing dropped, a period inside one season is exactly sum_m pi_m T^m of that season.
TEST(SparseExpectedTransport, IsTheRegimeWeightedSteadyResponse) {
  const ScenarioDescription s = default_scenario();
  const auto network = transport::BoxNetwork::from_scenario(s.region, s.weather);
  auto weather = std::make_shared<weather::RegimeMarkovChain>(s.weather);
  auto regime_t = std::make_shared<std::vector<SparseSourceReceptor>>();
  std::vector<std::vector<double>> backgrounds;
  for (int m = 0; m < network.regime_count(); ++m) {
    regime_t->push_back(transport::sparsify(network.source_receptor(m), 0.0, network.size()));
    const auto b = network.background_ugm3(m);
    backgrounds.emplace_back(b.begin(), b.end());
  }
  const transport::SparseExpectedTransport expected(regime_t, backgrounds, weather);
  const Date january = s.start_date;  // the default starts on 1 January
  Matrix t;
  std::vector<double> b;
  expected.over(january, 31, t, b);
  const auto pi = weather::stationary_distribution(weather->season_transition(weather->season_of(january)));
  const std::size_t n = network.size();
  double worst = 0.0, worst_b = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      double want = 0.0;
      for (std::size_t m = 0; m < pi.size(); ++m) want += pi[m] * network.source_receptor(static_cast<int>(m))(i, j);
      worst = std::max(worst, std::fabs(t(i, j) - want) / std::fabs(want));
    }
  }
  for (std::size_t j = 0; j < n; ++j) {
    double want = 0.0;
    for (std::size_t m = 0; m < pi.size(); ++m) want += pi[m] * backgrounds[m][j];
    worst_b = std::max(worst_b, std::fabs(b[j] - want) / want);
  }
  EXPECT_LT(worst, 1e-12);
  EXPECT_LT(worst_b, 1e-12);
}

struct Periods final : Recorder {
  std::vector<std::vector<double>> effort, pm25;
  bool sparse = false;
  void on_period(const PeriodRecord& p) override {
    effort.emplace_back(p.effort.begin(), p.effort.end());
    pm25.emplace_back(p.mean_pm25_ugm3.begin(), p.mean_pm25_ugm3.end());
    sparse = p.game.sparse_source_receptor != nullptr && p.game.source_receptor.rows() == 0;
  }
};

Periods run(const ScenarioDescription& s, const ScenarioModels& m, const std::string& rule) {
  Periods out;
  Simulation sim(s, plugins_for(m, rule), RunOptions{2013, 0});
  sim.run(out);
  return out;
}

// Worst over periods and jurisdictions of |sparse - dense| / max(dense, floor).
double worst(const std::vector<std::vector<double>>& a, const std::vector<std::vector<double>>& b, double floor) {
  double w = 0.0;
  for (std::size_t p = 0; p < a.size(); ++p) {
    for (std::size_t j = 0; j < a[p].size(); ++j) w = std::max(w, std::fabs(a[p][j] - b[p][j]) / std::max(floor, std::fabs(b[p][j])));
  }
  return w;
}

// The whole year through the sparse path against the dense one. They differ by design: the sparse
// expected T is the regime-weighted steady state (the dense is the exact stationary mean), 1e-4 of
// T(i, i) is dropped, and the daily step is ETD2RK instead of exp(-M dt) (docs/performance.md).
// Stated tolerances (measured worst, omega 0.6, seed 2013: effort 0.019 nash / 0.027 planner,
// PM2.5 2.1 % / 2.7 %): period-mean effort within 0.04 absolute (a fraction of baseline),
// period-mean PM2.5 within 5 %.
TEST(SparseRun, DefaultYearMatchesTheDensePathWithinTheApproximation) {
  ScenarioDescription s = default_scenario();
  s.levers.organizational_mechanism = 0.6;  // omega > 0: nash reads the spillovers too
  const ScenarioModels dense = build_models(s);
  const ScenarioModels sparse = build_models(s, 0);
  ASSERT_FALSE(sparse_game(dense));
  ASSERT_TRUE(sparse_game(sparse));
  for (const std::string rule : {"nash", "planner"}) {
    const Periods d = run(s, dense, rule), p = run(s, sparse, rule);
    ASSERT_EQ(d.effort.size(), p.effort.size());
    EXPECT_FALSE(d.sparse);
    EXPECT_TRUE(p.sparse);
    const double effort = worst(p.effort, d.effort, 1.0), pm25 = worst(p.pm25, d.pm25, 1.0);
    std::cout << rule << ": worst effort difference " << effort << ", worst period PM2.5 " << pm25 << "\n";
    EXPECT_LT(effort, 0.04) << rule;
    EXPECT_LT(pm25, 0.05) << rule;
  }
}

// The scenario's transport.daily_step "truncated" reaches the sparse network: the same year with
// the truncated day-long operator stays within its measured accuracy of the exact sub-stepped one
// (31 cities: worst annual 0.68 %, daily 2.7 %; docs/performance.md), here on monthly means.
TEST(SparseRun, TheScenarioCanChooseTheTruncatedDailyStep) {
  ScenarioDescription s = default_scenario();
  s.days = 120;
  const ScenarioModels exact = build_models(s, 0);
  s.transport.truncated_daily_step = true;
  const ScenarioModels truncated = build_models(s, 0);
  const auto* network = dynamic_cast<const transport::SparseBoxNetwork*>(truncated.transport.get());
  ASSERT_NE(network, nullptr);
  EXPECT_TRUE(network->truncated());
  EXPECT_FALSE(dynamic_cast<const transport::SparseBoxNetwork&>(*exact.transport).truncated());
  const Periods e = run(s, exact, "nash"), t = run(s, truncated, "nash");
  ASSERT_EQ(e.pm25.size(), t.pm25.size());
  const double pm25 = worst(t.pm25, e.pm25, 1.0);
  std::cout << "truncated vs exact: worst monthly PM2.5 " << pm25 << "\n";
  EXPECT_LT(pm25, 0.02);
  EXPECT_GT(pm25, 0.0);  // it is an approximation: something was dropped
  // Below the sparse limit the dense exact step runs; asking for the truncated one is an error.
  EXPECT_THROW((void)build_models(s), InvalidInputError);
}

TEST(SparseRun, RulesWithoutASparseFormAreRefusedWithExit65) {
  ScenarioDescription s = default_scenario();
  const ScenarioModels sparse = build_models(s, 0);
  for (const std::string rule : {"coalition", "evolutionary", "reciprocity"}) {
    try {
      (void)plugins_for(sparse, rule);
      ADD_FAILURE() << rule << " accepted";
    } catch (const InvalidInputError& e) {
      EXPECT_EQ(e.code(), kExitInvalidInput);
      EXPECT_NE(std::string(e.what()).find("limited to 2000 jurisdictions"), std::string::npos) << e.what();
      ASSERT_EQ(e.issues().size(), 1u);
      EXPECT_EQ(e.issues()[0].pointer, "/decision/rule");
    }
  }
  s.decision.rule = "coalition";
  EXPECT_THROW((void)build_models(s, 0), InvalidInputError);
  EXPECT_THROW(require_fits_region_size(s, 0), InvalidInputError);  // what airgov validate calls
  EXPECT_NO_THROW(require_fits_region_size(s));
  s.decision.rule = "planner";
  EXPECT_NO_THROW(require_fits_region_size(s, 0));
  s.decision.rule = "coalition";
  EXPECT_NO_THROW((void)build_models(s));  // the dense path keeps every rule
}

}  // namespace
}  // namespace airgov::assembly
