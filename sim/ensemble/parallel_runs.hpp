#pragma once
// The sweep's worker pool, in the library so that its unit tests run it threaded (and under
// ThreadSanitizer, README "What tools/check runs"). Threads take positions of the run-id sequence
// in order from an atomic counter and hand their rows to an OrderedRowWriter, which writes them in
// sequence order whatever order they finish in, holding at most 4 x threads + 64 finished rows.
//
// What the pool shares between threads is only the writer, the counter and the failure list; the
// row function decides what else it shares (the sweep shares the read-only models of the base
// scenario). State a worker keeps between its runs (the sweep's per-point models) belongs to that
// worker: the row function gets the worker's index, 0 .. threads-1, to keep it in its own slot.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace airgov::ensemble {

struct RunFailure {
  std::uint64_t run_id = 0;
  std::string error;  // the exception's message
};

struct ParallelRunsResult {
  std::vector<RunFailure> failures;  // ascending run id; their rows are not written
  bool write_failed = false;         // the stream went bad
};

using RowFunction = std::function<std::string(std::uint64_t run_id, unsigned worker)>;
// Called from the calling thread about every `tick` while runs go on, and once when all are done.
using ProgressFunction = std::function<void(std::size_t done, std::size_t total)>;

// Runs `row(run_id, worker)` for every run id of `sequence` on `threads` new threads (at least one,
// at most one per run; joined before returning) and writes each row, which must end with its
// newline, to `out` in the order of `sequence`. A row function that throws fails its run only.
ParallelRunsResult run_in_parallel(std::ostream& out, const std::vector<std::uint64_t>& sequence, unsigned threads,
                                   const RowFunction& row, const ProgressFunction& progress = {},
                                   std::chrono::milliseconds tick = std::chrono::milliseconds(200));

// The number of worker threads run_in_parallel starts for `runs` runs when asked for `threads`
// (0 = one per core).
unsigned worker_count(unsigned threads, std::size_t runs);

}  // namespace airgov::ensemble
