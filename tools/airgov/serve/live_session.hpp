#pragma once
// One live simulation in the browser: a preset, a rule, a seed and the levers, stepped a few
// days per request. Beside it runs the planner on the same seed (same weather) and the same
// lever history, so the price of anarchy can be shown as the days go by. Each step returns the
// new days (PM2.5, AQI class, effort per jurisdiction) and closed decision periods (cost,
// damage, transfers, payoff per jurisdiction); the page keeps the history, the server does not.
// Not thread-safe: the store locks a session while it is used.
#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>

#include "sim/record/run_summary.hpp"
#include "sim/simulation/simulation.hpp"
#include "tools/airgov/serve/human_rule.hpp"
#include "tools/airgov/serve/presets.hpp"

namespace airgov::serve {

// The web app's horizon limit (ten years of days): a page never needs more, and it bounds the
// work one session can ask of the server.
inline constexpr int kMaxSessionDays = 3660;
inline constexpr int kMaxStepDays = 366;

struct SessionSettings {
  std::shared_ptr<const Preset> preset;
  std::string rule;  // of every government the people do not play
  unsigned long long seed = 0;
  Levers levers;
  int days = 0;  // horizon
};

// Reads {"preset", "rule", "seed", "days", "levers"} (all optional; the preset's values by
// default) and checks each; throws ApiError 400 naming the member.
SessionSettings read_settings(const nlohmann::json& body, const PresetLibrary& presets);

class LiveSession {
 public:
  explicit LiveSession(SessionSettings settings);
  LiveSession(const LiveSession&) = delete;
  LiveSession& operator=(const LiveSession&) = delete;

  // Steps up to `days` days (fewer at the horizon): {"frames": [...], "periods": [...], "state"}.
  nlohmann::json step(int days);
  // Steps until the current decision period closes (participatory rounds).
  nlohmann::json step_period();
  // Levers from today on, for this run and its planner benchmark.
  void set_levers(const Levers& levers);
  void set_overrides(std::map<std::size_t, double> overrides) { human_->set_overrides(std::move(overrides)); }

  // Settings, day, monitors (regional attainment and heavy days, PM2.5, cost, payoff, price of
  // anarchy) and per-jurisdiction totals so far.
  nlohmann::json state() const;
  nlohmann::json settings_json() const;
  const SessionSettings& settings() const { return settings_; }
  const ScenarioDescription& scenario() const { return *scenario_; }
  bool done() const { return simulation_->done(); }
  int periods_closed() const { return periods_closed_; }

 private:
  class Frames;
  nlohmann::json advance(int max_days, bool until_period_end);

  SessionSettings settings_;
  std::unique_ptr<ScenarioDescription> scenario_;  // the engine keeps a reference to it
  HumanOverrideRule* human_ = nullptr;               // owned by the simulation's plug-ins
  std::unique_ptr<Simulation> simulation_;
  std::unique_ptr<Simulation> planner_;  // null when the rule is the planner
  RunSummary summary_;
  RunSummary planner_summary_;
  int periods_closed_ = 0;
};

}  // namespace airgov::serve
