#pragma once
// A simulation: one scenario, one replicate, stepped day by day through the phases of MODEL.md
// section 3. A day: policy events dated today; decisions if a period starts today; weather;
// emissions; transport; air quality; recording; the period's account if it ends today.
#include <cstdint>
#include <span>
#include <vector>

#include "sim/record/recorder.hpp"
#include "sim/region/region.hpp"
#include "sim/schedule/calendar.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/simulation/plugins.hpp"
#include "sim/simulation/scenario_setup.hpp"

namespace airgov {

struct RunOptions {
  std::uint64_t seed = 0;
  std::uint64_t replicate = 0;
};

class Simulation {
 public:
  Simulation(const ScenarioDescription& scenario, Plugins plugins, RunOptions options);

  // All remaining days.
  void run(Recorder& recorder);
  // One day; false when the horizon is already reached (interactive use: the web view).
  bool step(Recorder& recorder);
  bool done() const { return day_ >= calendar_.days(); }
  int day() const { return day_; }
  // Changes the levers from today on (a classroom slider); they enter the next period's game.
  void set_levers(const Levers& levers) { levers_ = levers; }
  std::span<const double> concentration_ugm3() const { return concentration_ugm3_; }
  std::span<const double> effort() const { return effort_; }

  const Region& region() const { return region_; }
  const Calendar& calendar() const { return calendar_; }
  const Levers& levers() const { return levers_; }

 private:
  void apply_events(Date today);
  void start_period(const DecisionPeriod& period);
  void close_period(const DecisionPeriod& period, Recorder& recorder);
  void draw_weather();
  // Eco-compensation in force during the period, as net annual rates received (CNY/yr).
  std::vector<double> compensation(const DecisionPeriod& period) const;
  // Expected source-receptor matrix and background over the days of a period.
  void expected_transport(const DecisionPeriod& period, Matrix& t, std::vector<double>& background) const;

  const ScenarioDescription& scenario_;
  Plugins plugins_;
  RunOptions options_;
  // Shared by every run of the scenario (plugins_.setup when it fits, else built here).
  std::shared_ptr<const ScenarioSetup> setup_;
  const Region& region_;
  const Calendar& calendar_;
  Levers levers_;
  std::size_t next_event_ = 0;
  int day_ = 0;
  std::size_t period_ = 0;
  std::vector<const PolicyEvent*> events_;  // sorted by date
  std::span<const std::vector<std::size_t>> neighbours_;  // institutional layer, for the rules

  // State arrays (structure of arrays, one entry per jurisdiction).
  std::vector<double> decided_effort_;  // what the rule chose for the period
  std::vector<double> effort_;          // in force today (approaches the decided one with the lag)
  std::vector<double> period_effort_sum_;
  std::vector<double> combined_effort_;  // 1 - (1 - effort)(1 - emergency cut)
  std::vector<double> emergency_cut_;
  std::vector<int> alert_days_;
  std::vector<double> yesterday_pm25_;
  std::vector<int> regimes_;  // the weather of every day, drawn up front (forecasts may look ahead)
  struct ResolvedTransfer {
    std::size_t from, to;
    const TransferSpec* spec;
  };
  std::vector<ResolvedTransfer> transfers_;
  std::vector<double> emission_t_per_year_;
  std::vector<double> concentration_ugm3_;
  std::vector<DailyAirQuality> air_quality_;
  std::vector<double> period_pm25_sum_;
  GameParameters game_;
};

}  // namespace airgov
