#include "sim/ensemble/parallel_runs.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "sim/ensemble/results_table.hpp"

namespace airgov::ensemble {

unsigned worker_count(unsigned threads, std::size_t runs) {
  const unsigned wanted = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(wanted, std::max<std::size_t>(1, runs)));
}

ParallelRunsResult run_in_parallel(std::ostream& out, const std::vector<std::uint64_t>& sequence, unsigned threads,
                                   const RowFunction& row, const ProgressFunction& progress,
                                   std::chrono::milliseconds tick) {
  const unsigned workers = worker_count(threads, sequence.size());
  const std::size_t total = sequence.size();
  OrderedRowWriter writer(out, sequence, 4 * workers + 64);
  std::atomic<std::size_t> next{0};
  // Guards the failures and the count of finished runs, which wakes the calling thread.
  std::mutex mutex;
  std::condition_variable finished_cv;
  std::size_t finished = 0;
  ParallelRunsResult result;

  auto work = [&](unsigned worker) {
    for (;;) {
      const std::size_t index = next.fetch_add(1);
      if (index >= total) return;
      const std::uint64_t run_id = writer.acquire(index);
      std::optional<std::string> line;
      std::optional<std::string> error;
      try {
        line = row(run_id, worker);
      } catch (const std::exception& e) {
        error = e.what();
      } catch (...) {
        error = "unknown error";
      }
      writer.finish(index, std::move(line));
      std::lock_guard lock(mutex);
      if (error) result.failures.push_back({run_id, std::move(*error)});
      ++finished;
      finished_cv.notify_all();
    }
  };

  std::vector<std::thread> pool;
  pool.reserve(workers);
  for (unsigned w = 0; w < workers; ++w) pool.emplace_back(work, w);
  // A progress function that throws stops the reports, not the runs: the workers are joined
  // before the exception goes on (a joinable std::thread destroyed would terminate the program).
  std::exception_ptr progress_error;
  {
    std::unique_lock lock(mutex);
    // At least one report, the last with everything done, even when the runs end before the
    // first wait (or there are none).
    for (;;) {
      finished_cv.wait_for(lock, tick, [&] { return finished == total; });
      const std::size_t done = finished;
      if (progress && !progress_error) {
        lock.unlock();  // a slow progress printer must not hold up the workers
        try {
          progress(done, total);
        } catch (...) {
          progress_error = std::current_exception();
        }
        lock.lock();
      }
      if (done == total) break;
    }
  }
  for (auto& t : pool) t.join();
  if (progress_error) std::rethrow_exception(progress_error);
  std::sort(result.failures.begin(), result.failures.end(),
            [](const RunFailure& a, const RunFailure& b) { return a.run_id < b.run_id; });
  result.write_failed = writer.write_failed();
  return result;
}

}  // namespace airgov::ensemble
