#pragma once
// `airgov sweep` and `airgov merge` in-process: runs a design's run ids in a small std::thread
// pool and streams the table in run-id order (sim/ensemble/results_table.hpp), and merges the
// tables of shards into exactly the bytes of a single-process sweep.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "models/assembly/models.hpp"
#include "sim/ensemble/design.hpp"
#include "sim/ensemble/run_plan.hpp"

namespace airgov::cli {

struct Shard {
  std::uint64_t index = 0;
  std::uint64_t count = 1;
};

// "i/N" with 0 <= i < N; UsageError otherwise.
Shard parse_shard(const std::string& text);
// From SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT when set.
std::optional<Shard> shard_from_slurm();

struct SweepOptions {
  std::string design;
  std::string out;        // "" = <design name>.csv (or .shard-i-of-N.csv)
  unsigned threads = 0;   // 0 = all cores
  bool resume = false;
  bool force = false;
  Shard shard;
  bool progress = true;   // progress on stderr
};

// The design's run plan: grid, random and lhs sampled by sim/ensemble, saltelli and morris by
// models/sensitivity (SALib's row order: a Saltelli or Morris table can go to `airgov sensitivity
// analyze` as it is, one outcome column at a time, with the design's replicates = 1).
ensemble::RunPlan make_plan(const ensemble::Design& design);
ensemble::RunPlan make_plan(ensemble::Design&&) = delete;  // the plan refers to its design

// The table's columns: run_id, point_id, replicate, seed, parameters, outcomes.
std::vector<std::string> sweep_columns(const ensemble::Design& design);

// The models of the point a worker ran last, kept for its next run (one per worker, never shared
// between threads, and never outliving the sweep whose design they were built for).
struct PointModelsCache {
  std::uint64_t point = 0;
  std::optional<assembly::ScenarioModels> models;
};

// One run's row (without the newline), computed with models shared or rebuilt as the patch needs.
std::string run_row(const ensemble::Design& design, const ensemble::RunPlan& plan,
                    const assembly::ScenarioModels& models, const ensemble::RunSpec& run, PointModelsCache& cache);

// Runs the sweep; returns the exit code (0, or 70 when a run failed).
int run_sweep(const SweepOptions& options);
std::filesystem::path default_out(const ensemble::Design& design, Shard shard);

// Merges the shard tables (each with its manifest) into `out` and its manifest. Refuses shards of
// different designs or tool versions, duplicate run ids or shards, and gaps unless allow_partial.
// Returns 0, or 70 when the merged sweep has failed runs.
int merge_shards(const std::vector<std::filesystem::path>& tables, const std::filesystem::path& out,
                 bool allow_partial);
// The tables in a folder: every file X with an X.manifest.json beside it, except `exclude`.
std::vector<std::filesystem::path> tables_in(const std::filesystem::path& dir, const std::filesystem::path& exclude);

}  // namespace airgov::cli
