// A live session computes what `airgov run` computes: stepping it to the horizon gives the batch
// run's regional outcomes, and its price of anarchy is the Nash run's social cost over the
// planner's on the same seed. The same seed replays to the same bytes; a lever changes the run.
#include <gtest/gtest.h>

#include "tools/airgov/analysis.hpp"
#include "tools/airgov/serve/live_session.hpp"

namespace airgov::testing {
namespace {

const serve::PresetLibrary& library() {
  static const serve::PresetLibrary presets;
  return presets;
}

serve::SessionSettings settings_of(const std::string& preset, int days) {
  return serve::read_settings({{"preset", preset}, {"days", days}}, library());
}

TEST(LiveSession, SteppedToTheHorizonEqualsTheBatchRun) {
  const auto s = settings_of("territorial", 120);
  serve::LiveSession session(s);
  nlohmann::json last;
  int frames = 0;
  while (!session.done()) {
    last = session.step(7);
    frames += static_cast<int>(last["frames"].size());
  }
  EXPECT_EQ(frames, 120);
  const auto m = last["state"]["monitors"];

  ScenarioDescription scenario = s.preset->scenario;
  scenario.days = 120;
  const auto& models = s.preset->models;
  const RunSummary nash = cli::simulate(scenario, models, "nash", RunOptions{s.seed, 0});
  const RunSummary planner = cli::simulate(scenario, models, "planner", RunOptions{s.seed, 0});
  const auto region = nash.region();
  EXPECT_NEAR(m["pm25_mean_ugm3"].get<double>(), region.pm25_mean_ugm3, 0.005 + 1e-9);
  EXPECT_NEAR(m["attainment_days"].get<double>(), region.attainment_days, 0.005 + 1e-9);
  EXPECT_NEAR(m["heavy_days"].get<double>(), region.heavy_days, 0.005 + 1e-9);
  EXPECT_NEAR(m["social_cost_cny"].get<double>(), nash.social_cost_cny(), 0.5 + 1e-9);
  EXPECT_NEAR(m["planner_social_cost_cny"].get<double>(), planner.social_cost_cny(), 0.5 + 1e-9);
  ASSERT_TRUE(m["price_of_anarchy"].is_number());
  EXPECT_NEAR(m["price_of_anarchy"].get<double>(), nash.social_cost_cny() / planner.social_cost_cny(), 5e-5 + 1e-12);
  // Nash loses something against the planner on the same weather.
  EXPECT_GT(m["price_of_anarchy"].get<double>(), 1.0);
  // Per jurisdiction as well.
  const auto per = nash.jurisdictions();
  ASSERT_EQ(last["state"]["jurisdictions"].size(), per.size());
  for (std::size_t j = 0; j < per.size(); ++j)
    EXPECT_NEAR(last["state"]["jurisdictions"][j]["payoff_cny"].get<double>(), per[j].payoff_cny, 0.5 + 1e-9) << j;
}

TEST(LiveSession, TheSameSeedReplaysToTheSameBytes) {
  auto run = [](unsigned long long seed) {
    auto s = serve::read_settings({{"preset", "default"}, {"days", 60}, {"seed", seed}}, library());
    serve::LiveSession session(s);
    std::string all;
    while (!session.done()) all += session.step(9).dump();
    return all;
  };
  const std::string a = run(7), b = run(7), c = run(8);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);  // another seed, other weather
}

TEST(LiveSession, RaisingLawsRaisesEffortFromTheNextPeriod) {
  serve::LiveSession none(settings_of("territorial", 90));
  serve::LiveSession laws(settings_of("territorial", 90));
  Levers l;
  l.laws_regulations = 1;
  laws.set_levers(l);
  const auto a = none.step(90)["state"]["monitors"], b = laws.step(90)["state"]["monitors"];
  EXPECT_GT(b["mean_effort"].get<double>(), a["mean_effort"].get<double>() + 0.05);
  EXPECT_LT(b["pm25_mean_ugm3"].get<double>(), a["pm25_mean_ugm3"].get<double>());
  EXPECT_EQ(laws.settings_json()["levers"]["laws_regulations"], 1.0);
}

TEST(LiveSession, StepPeriodStopsAtTheEndOfADecisionPeriod) {
  serve::LiveSession session(settings_of("territorial", 365));
  const auto first = session.step_period();
  EXPECT_EQ(first["frames"].size(), 31u);  // January
  ASSERT_EQ(first["periods"].size(), 1u);
  EXPECT_EQ(first["periods"][0]["start_date"], "2013-01-01");
  const auto second = session.step_period();
  EXPECT_EQ(second["frames"].size(), 28u);  // February 2013
  EXPECT_EQ(session.periods_closed(), 2);
}

}  // namespace
}  // namespace airgov::testing
