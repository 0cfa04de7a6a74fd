#pragma once
// The sweep's table: a plain CSV, one header row and one row per run, rows in run-id order.
// Rows are written and flushed as runs finish, never held all in memory: a worker may finish run
// ids out of order, and OrderedRowWriter keeps at most a bounded window of finished rows until the
// rows before them are written. A killed sweep leaves a usable prefix (perhaps with a torn last
// line); resuming drops the torn line, skips the run ids present, and appends the others, so the
// file may then hold several ascending runs of ids. sort_table() merges them (a streaming k-way
// merge over the file, constant memory) into one ascending order; merge_tables() does the same
// over the files of several shards.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <condition_variable>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace airgov::ensemble {

std::string csv_line(const std::vector<std::string>& cells);

// What a table file already holds. A torn last line (no newline) is cut off the file.
struct ExistingTable {
  bool exists = false;
  std::vector<std::uint64_t> run_ids;  // in file order
  bool sorted = true;                  // strictly ascending
};
// Throws InvalidInputError when the header differs from `header` or a row has no valid run id.
ExistingTable scan_table(const std::filesystem::path& file, const std::string& header);

// Writes rows in the order of `sequence` (run ids), whatever order they finish in.
class OrderedRowWriter {
 public:
  OrderedRowWriter(std::ostream& out, std::vector<std::uint64_t> sequence, std::size_t window);
  // Blocks until position `index` of the sequence is inside the window (so finished but unwritten
  // rows never exceed it); returns its run id.
  std::uint64_t acquire(std::size_t index);
  // The row of position `index` (nullopt: the run failed, nothing is written).
  void finish(std::size_t index, std::optional<std::string> row);
  std::size_t written() const;  // positions done (rows and failures)
  bool write_failed() const;

 private:
  std::ostream& out_;
  std::vector<std::uint64_t> sequence_;
  std::size_t window_;
  std::size_t next_ = 0;
  std::map<std::size_t, std::optional<std::string>> pending_;
  bool failed_ = false;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
};

// Rewrites `file` (header + rows) with its rows in ascending run-id order, atomically.
void sort_table(const std::filesystem::path& file);

// Merges tables (each a sequence of ascending runs) into `out`, ascending by run id. Calls
// `on_row(run_id)` per row; throws InvalidInputError on a duplicate run id or a differing header.
void merge_tables(const std::vector<std::filesystem::path>& inputs, std::ostream& out,
                  const std::function<void(std::uint64_t)>& on_row = {});

// ---- The sidecar manifest, FILE.manifest.json.
std::filesystem::path manifest_path(const std::filesystem::path& table);

struct FailedRun {
  std::uint64_t run_id = 0;
  std::uint64_t point_id = 0;
  std::uint64_t replicate = 0;
  std::uint64_t seed = 0;
  std::string error;
};

struct Manifest {
  std::string tool_version;
  std::string design_name;
  std::string design_sha256;
  std::string scenario_sha256;
  std::uint64_t runs_total = 0;   // the whole design
  std::uint64_t points = 0;
  std::uint64_t replicates = 0;
  std::vector<std::string> columns;
  bool complete = false;          // every run of this file's share has a row or a failure
  std::vector<FailedRun> failed;  // ascending run id
  std::string date;               // ISO 8601 UTC, when written (not covered by reproducibility)
  std::uint64_t shard_index = 0;  // shard fields: not covered by reproducibility
  std::uint64_t shard_count = 1;
  std::uint64_t shard_runs = 0;
  nlohmann::ordered_json to_json() const;
  static Manifest from_json(const nlohmann::json& json, const std::string& file);
};

Manifest read_manifest(const std::filesystem::path& file);
void write_manifest(const std::filesystem::path& table, const Manifest& manifest);
std::string utc_now_iso();

}  // namespace airgov::ensemble
