// The scenario set-up (calendar, region graph, initial state) is built once per scenario and
// shared by its runs: a run with the shared set-up must be bit for bit the run that builds its
// own, and a set-up built for another horizon, period, region or models must not be used.
#include "sim/simulation/scenario_setup.hpp"

#include <gtest/gtest.h>

#include "models/assembly/models.hpp"
#include "sim/record/run_summary.hpp"
#include "sim/simulation/simulation.hpp"
#include "tests/integration/default_scenario_fixture.hpp"

namespace airgov {
namespace {

class ScenarioSetupTest : public testing::DefaultScenarioFixture {};

RunSummary run(const ScenarioDescription& scenario, Plugins plugins, std::uint64_t seed) {
  RunSummary summary(scenario.region.jurisdictions.size());
  Simulation simulation(scenario, std::move(plugins), RunOptions{seed, 0});
  simulation.run(summary);
  return summary;
}

void expect_identical(const RunSummary& a, const RunSummary& b) {
  ASSERT_EQ(a.days(), b.days());
  const auto x = a.jurisdictions(), y = b.jurisdictions();
  ASSERT_EQ(x.size(), y.size());
  for (std::size_t j = 0; j < x.size(); ++j) {
    SCOPED_TRACE(j);
    EXPECT_EQ(x[j].pm25_mean_ugm3, y[j].pm25_mean_ugm3);
    EXPECT_EQ(x[j].days_by_class, y[j].days_by_class);
    EXPECT_EQ(x[j].mean_effort, y[j].mean_effort);
    EXPECT_EQ(x[j].payoff_cny, y[j].payoff_cny);
  }
  EXPECT_EQ(a.social_cost_cny(), b.social_cost_cny());
}

TEST_F(ScenarioSetupTest, SharedSetupGivesTheRunOfAFreshOne) {
  ASSERT_NE(models_->setup, nullptr);
  for (const char* rule : {"nash", "planner", "evolutionary"}) {
    SCOPED_TRACE(rule);
    Plugins own = assembly::plugins_for(*models_, rule, scenario_->decision);
    own.setup = nullptr;
    expect_identical(run(*scenario_, assembly::plugins_for(*models_, rule, scenario_->decision), 7),
                     run(*scenario_, std::move(own), 7));
  }
}

TEST_F(ScenarioSetupTest, FitsOnlyTheScenarioAndModelsItWasBuiltFrom) {
  const ScenarioSetup& setup = *models_->setup;
  const auto* t = models_->transport.get();
  const auto* e = models_->expected.get();
  const auto* m = models_->emissions.get();
  EXPECT_TRUE(setup.fits(*scenario_, t, e, m));
  EXPECT_EQ(setup.calendar().days(), scenario_->days);
  EXPECT_EQ(setup.region().size(), scenario_->region.jurisdictions.size());
  EXPECT_EQ(setup.neighbours().size(), scenario_->region.jurisdictions.size());
  // The initial state is the expected steady state: B + T^T E, ug/m3, plausible for 2013 JJJ.
  for (double x : setup.initial_concentration_ugm3()) {
    EXPECT_GT(x, 5.0);
    EXPECT_LT(x, 400.0);
  }

  ScenarioDescription s = *scenario_;
  s.days = 90;
  EXPECT_FALSE(setup.fits(s, t, e, m));
  s = *scenario_;
  s.decision.period = s.decision.period == "year" ? "month" : "year";
  EXPECT_FALSE(setup.fits(s, t, e, m));
  s = *scenario_;
  s.start_date = s.start_date + 1;
  EXPECT_FALSE(setup.fits(s, t, e, m));
  s = *scenario_;
  s.region.jurisdictions[3].id += "-renamed";
  EXPECT_FALSE(setup.fits(s, t, e, m));
  s = *scenario_;
  s.region.ties.push_back({s.region.jurisdictions[0].id, s.region.jurisdictions[1].id, "pairing"});
  EXPECT_FALSE(setup.fits(s, t, e, m));
  const auto other = assembly::build_models(*scenario_);
  EXPECT_FALSE(setup.fits(*scenario_, t, e, other.emissions.get()));
  EXPECT_FALSE(setup.fits(*scenario_, other.transport.get(), e, m));
}

// A shorter horizon with the models (and set-up) of the full one: the run builds its own.
TEST_F(ScenarioSetupTest, AStaleSetupIsNotUsed) {
  ScenarioDescription s = *scenario_;
  s.days = 90;
  Plugins own = assembly::plugins_for(*models_, "nash", s.decision);
  own.setup = nullptr;
  const RunSummary fresh = run(s, std::move(own), 3);
  const RunSummary shared = run(s, assembly::plugins_for(*models_, "nash", s.decision), 3);
  EXPECT_EQ(shared.days(), 90);
  expect_identical(shared, fresh);
}

}  // namespace
}  // namespace airgov
