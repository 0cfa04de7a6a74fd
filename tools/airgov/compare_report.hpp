#pragma once
// The results of `airgov compare`: scenarios side by side over replicates with common random
// numbers (replicate r of every scenario runs with the same (seed, r), hence the same weather),
// the gains of each jurisdiction against the first scenario, and the transfers that would make
// everyone gain in moving from the first scenario to the last.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "sim/record/run_summary.hpp"
#include "sim/scenario/scenario.hpp"
#include "tools/airgov/analysis.hpp"

namespace airgov::cli {

// One replicate of one scenario: what the report needs of its summary.
struct ReplicateOutcome {
  std::vector<OutcomeTotals> jurisdictions;
  OutcomeTotals region;
  double pm25_population_weighted_ugm3 = 0;
  std::vector<double> deaths;  // per jurisdiction; empty without a health section
};

ReplicateOutcome replicate_outcome(const ScenarioDescription& scenario, const RunSummary& summary);

struct ScenarioRuns {
  std::string file;
  ScenarioDescription scenario;
  std::vector<ReplicateOutcome> replicates;
};

struct Comparison {
  unsigned long long seed = 0;
  std::size_t replicates = 0;
  std::vector<ScenarioRuns> scenarios;
  // Same jurisdictions (ids, in order), start date and horizon in every scenario: only then are
  // per-jurisdiction gains and transfers defined.
  bool comparable = false;
  // The last scenario against the first (means over replicates); set when comparable.
  std::optional<SwitchingFairness> transfers;
};

// Fills `comparable` and `transfers` (the last scenario's horizon game gives d and T).
void analyse_comparison(Comparison& comparison, const GameParameters& last_game);

nlohmann::ordered_json compare_json(const Comparison& comparison);
std::string format_compare_table(const Comparison& comparison);
std::string format_compare_csv(const Comparison& comparison);

}  // namespace airgov::cli
