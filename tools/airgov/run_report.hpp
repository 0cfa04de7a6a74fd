#pragma once
// The results of `airgov run`: summary.json, and the report printed as a table, JSON or CSV.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "sim/record/run_summary.hpp"
#include "sim/scenario/scenario.hpp"
#include "tools/airgov/analysis.hpp"

namespace airgov::cli {

// A run with its benchmarks on the same seed (same weather) and what is computed from them.
struct RunResult {
  const ScenarioDescription& scenario;
  std::string rule;
  unsigned long long seed = 0;
  const RunSummary& summary;
  const RunSummary& nash;     // the Nash benchmark (the run itself when its rule is nash)
  const RunSummary& planner;  // the planner benchmark (the run itself when its rule is planner)
  std::vector<double> deaths;       // attributable deaths per year per jurisdiction; empty: no health
  std::vector<double> nash_deaths;  // the same at the Nash benchmark
  Levers game_levers;               // levers of the horizon's game (mean over the horizon)
  // Full cooperation with transfers, on the horizon's game; none beyond fairness::kMaxPlayers
  // governments (coalitions are bitmasks of 64 bits).
  std::optional<GameFairness> fairness;
};

// Computes the health and fairness parts from the three summaries.
RunResult analyse_run(const ScenarioDescription& scenario, const assembly::ScenarioModels& models,
                      const std::string& rule, unsigned long long seed, const RunSummary& summary,
                      const RunSummary& nash, const RunSummary& planner);

nlohmann::ordered_json summary_json(const RunResult& result);
std::string format_table(const RunResult& result);
std::string format_csv(const RunResult& result);

}  // namespace airgov::cli
