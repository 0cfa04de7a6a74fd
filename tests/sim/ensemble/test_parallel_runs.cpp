// sim/ensemble/parallel_runs: the sweep's worker pool. Rows come out in sequence order whatever
// the thread count and finishing order; a failed run writes nothing and is reported; a worker's
// index is its own. tools/check also runs this suite under ThreadSanitizer (build-tsan).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "sim/ensemble/parallel_runs.hpp"

namespace airgov::ensemble {
namespace {

std::vector<std::uint64_t> ids(std::uint64_t first, std::uint64_t step, std::size_t n) {
  std::vector<std::uint64_t> out;
  for (std::size_t k = 0; k < n; ++k) out.push_back(first + step * k);
  return out;
}

// A row whose cost varies with the run id, so that later runs often finish first.
std::string slow_row(std::uint64_t id) {
  std::this_thread::sleep_for(std::chrono::microseconds((id * 7919) % 500));
  return std::to_string(id) + "," + std::to_string(id * id) + "\n";
}

TEST(ParallelRuns, RowsComeOutInSequenceOrderForAnyThreadCount) {
  const auto sequence = ids(3, 4, 200);  // a shard's run ids: 3, 7, 11, ...
  std::string expected;
  for (const auto id : sequence) expected += std::to_string(id) + "," + std::to_string(id * id) + "\n";
  for (const unsigned threads : {1u, 2u, 3u, 8u}) {
    std::ostringstream out;
    const auto result = run_in_parallel(out, sequence, threads, [](std::uint64_t id, unsigned) { return slow_row(id); });
    EXPECT_TRUE(result.failures.empty());
    EXPECT_FALSE(result.write_failed);
    EXPECT_EQ(out.str(), expected) << threads << " threads";
  }
}

TEST(ParallelRuns, AFailedRunWritesNothingAndIsReportedInRunIdOrder) {
  const auto sequence = ids(0, 1, 50);
  std::ostringstream out;
  const auto result = run_in_parallel(out, sequence, 4, [](std::uint64_t id, unsigned) -> std::string {
    if (id % 10 == 9) throw std::runtime_error("run " + std::to_string(id) + " diverged");
    if (id == 20) throw 42;  // not a std::exception
    return slow_row(id);
  });
  ASSERT_EQ(result.failures.size(), 6u);
  EXPECT_EQ(result.failures[0].run_id, 9u);
  EXPECT_EQ(result.failures[0].error, "run 9 diverged");
  EXPECT_EQ(result.failures[2].run_id, 20u);
  EXPECT_EQ(result.failures[2].error, "unknown error");
  EXPECT_EQ(result.failures[5].run_id, 49u);
  std::istringstream lines(out.str());
  std::size_t rows = 0;
  for (std::string line; std::getline(lines, line); ++rows) {
    const auto id = std::stoull(line.substr(0, line.find(',')));
    EXPECT_NE(id % 10, 9u);
    EXPECT_NE(id, 20u);
  }
  EXPECT_EQ(rows, 44u);
}

TEST(ParallelRuns, AWorkersSlotIsNeverUsedByTwoThreadsAtOnce) {
  // Each worker counts its runs in its own slot without a lock: under ThreadSanitizer a slot
  // shared by two threads would be a reported race, and here the counts would not add up.
  const auto sequence = ids(0, 1, 300);
  const unsigned threads = 3;
  std::vector<std::size_t> per_worker(worker_count(threads, sequence.size()), 0);
  ASSERT_EQ(per_worker.size(), 3u);
  std::ostringstream out;
  run_in_parallel(out, sequence, threads, [&](std::uint64_t id, unsigned worker) {
    ++per_worker.at(worker);
    return slow_row(id);
  });
  std::size_t total = 0;
  for (const auto n : per_worker) total += n;
  EXPECT_EQ(total, 300u);
}

TEST(ParallelRuns, ProgressEndsWithEverythingDone) {
  std::vector<std::size_t> seen;
  std::ostringstream out;
  run_in_parallel(
      out, ids(0, 1, 40), 2, [](std::uint64_t id, unsigned) { return slow_row(id); },
      [&](std::size_t done, std::size_t total) {
        EXPECT_EQ(total, 40u);
        EXPECT_LE(done, total);
        if (!seen.empty()) {
          EXPECT_GE(done, seen.back());
        }
        seen.push_back(done);
      },
      std::chrono::milliseconds(1));
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen.back(), 40u);
}

TEST(ParallelRuns, AThrowingProgressFunctionLetsTheRunsFinishThenRethrows) {
  std::ostringstream out;
  std::atomic<int> rows{0};
  EXPECT_THROW(run_in_parallel(
                   out, ids(0, 1, 30), 2,
                   [&](std::uint64_t id, unsigned) {
                     ++rows;
                     return slow_row(id);
                   },
                   [](std::size_t, std::size_t) { throw std::runtime_error("terminal gone"); },
                   std::chrono::milliseconds(1)),
               std::runtime_error);
  EXPECT_EQ(rows.load(), 30);
  const std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 30);
}

TEST(ParallelRuns, NoRunsStartsNoWorkAndWritesNothing) {
  std::ostringstream out;
  bool called = false;
  const auto result = run_in_parallel(out, {}, 4, [&](std::uint64_t, unsigned) {
    called = true;
    return std::string("x\n");
  });
  EXPECT_FALSE(called);
  EXPECT_TRUE(out.str().empty());
  EXPECT_TRUE(result.failures.empty());
  EXPECT_EQ(worker_count(4, 0), 1u);
  EXPECT_EQ(worker_count(4, 2), 2u);
  EXPECT_EQ(worker_count(2, 100), 2u);
  EXPECT_GE(worker_count(0, 100), 1u);
}

}  // namespace
}  // namespace airgov::ensemble
