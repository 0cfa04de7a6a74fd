#pragma once
// A design: a base scenario, the parameters to vary (each a JSON Pointer into the scenario), a
// sampling plan, replicates and the outcomes to record. Loaded and validated like a scenario
// (every problem at once, each with its JSON Pointer; InvalidInputError, exit 65).
//
//   {"schema_version": 1, "name": "levers", "scenario": "../default.json", "seed": 1,
//    "replicates": 2, "fixed": {"/days": 90},
//    "parameters": [{"name": "funding", "pointer": "/levers/funding", "lower": 0, "upper": 1},
//                   {"name": "rule", "pointer": "/decision/rule", "values": ["nash", "planner"]}],
//    "sampling": {"method": "grid", "levels": 3},      // or random/lhs with "points": N, or
//    //  saltelli ("points": N, a power of two; "max_order": 1|2) or morris ("points": trajectories, "levels")
//    "seeds": "per_run",                                // or "per_replicate" (common random numbers)
//    "outcomes": ["pm25_mean", "attainment_days", "cost", "cooperation_index"],
//    "per_jurisdiction": ["beijing"]}                   // or true (all), default false
#include <cstdint>
#include <string>
#include <vector>

#include "sim/ensemble/scenario_patch.hpp"
#include "sim/scenario/document_source.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::ensemble {

inline constexpr int kDesignSchemaVersion = 1;

struct DesignParameter {
  std::string name;     // column name in the table
  PatchTarget target;   // where it goes in the scenario
  double lower = 0, upper = 0;                 // numeric range (random, lhs, grid levels)
  std::vector<double> values;                  // explicit numeric values (grid)
  std::vector<std::string> categories;         // explicit string values (categorical targets)
  bool explicit_values() const { return !values.empty() || !categories.empty(); }
  // Number of grid levels: explicit values, else `levels`.
  int levels = 0;
};

// saltelli and morris points come from models/sensitivity (SALib's row order), so the tools build
// their RunPlan from those samples (RunPlan(design, points)).
enum class SamplingMethod { grid, random, lhs, saltelli, morris };
enum class SeedPolicy { per_run, per_replicate };

// Outcomes a design may record (regional unless per_jurisdiction also asks for cities).
inline const std::vector<std::string> kOutcomeNames = {
    "pm25_mean",          // annual mean PM2.5, arithmetic mean of the members (ug/m3)
    "pm25_pop_weighted",  // population-weighted mean (region only)
    "attainment_days",    // days with AQI(PM2.5) <= 100 (mean of members)
    "heavy_days",         // days with AQI(PM2.5) > 200
    "mean_effort",        // fraction of emissions cut
    "cost",               // abatement cost, CNY over the run (sum of members)
    "damage",             // damage as governments value it, CNY
    "payoff",             // payoff, CNY (sum of members)
    "social_cost",        // ex-ante social cost, CNY (region only)
    "deaths",             // attributable deaths per year (needs the scenario's health section)
    "cooperation_index",  // mean effort / the planner's mean effort on the same seed (region only)
};
// Outcomes that exist per jurisdiction.
inline const std::vector<std::string> kJurisdictionOutcomeNames = {
    "pm25_mean", "attainment_days", "heavy_days", "mean_effort", "cost", "damage", "payoff", "deaths"};

struct Design {
  std::string file;
  std::string name;
  std::string sha256;           // of the design document
  std::string scenario_file;    // as resolved
  ScenarioDescription scenario; // base scenario with `fixed` applied
  ModelImpact fixed_impact = ModelImpact::none;
  std::uint64_t seed = 1;
  int replicates = 1;
  SamplingMethod method = SamplingMethod::grid;
  std::uint64_t points = 0;     // random/lhs: points; saltelli: N (base points); morris: trajectories; grid: computed
  int max_order = 2;            // saltelli: 2 adds second-order rows (N(2D+2) runs), 1: N(D+2)
  int morris_levels = 4;        // morris: grid levels (even)
  SeedPolicy seeds = SeedPolicy::per_run;
  std::vector<DesignParameter> parameters;
  std::vector<std::string> outcomes;
  std::vector<std::size_t> jurisdictions;  // per-jurisdiction columns for these (region order)
  // The largest impact of any varied parameter: which models a run must rebuild.
  ModelImpact impact() const;
};

// Loads the design and its base scenario (path relative to the design file).
Design load_design(const std::string& path, const DocumentSource& source);

}  // namespace airgov::ensemble
