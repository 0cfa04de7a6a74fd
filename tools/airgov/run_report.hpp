#pragma once
// The results of `airgov run`: summary.json, and the report printed as a table, JSON or CSV.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "sim/record/run_summary.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::cli {

// Social cost of the same scenario and seed under the two benchmark rules.
struct Benchmarks {
  double nash_social_cost_cny = 0;
  double planner_social_cost_cny = 0;
  double nash_pm25_ugm3 = 0;     // regional arithmetic mean
  double planner_pm25_ugm3 = 0;
};

struct RunResult {
  const ScenarioDescription& scenario;
  std::string rule;
  unsigned long long seed = 0;
  const RunSummary& summary;
  std::optional<Benchmarks> benchmarks;
};

nlohmann::ordered_json summary_json(const RunResult& result);
std::string format_table(const RunResult& result);
std::string format_csv(const RunResult& result);

}  // namespace airgov::cli
