// Runs of one scenario on several threads, as `airgov sweep` runs them (sim/ensemble/
// parallel_runs.hpp): the models of the base scenario shared read-only by every thread, and per
// worker a copy with rebuilt emissions for the points that patch them. The bytes must equal those
// of the same runs on one thread. tools/check also runs this suite under ThreadSanitizer
// (build-tsan), which reports any data race in the models, the scheduler or the pool.
#include <gtest/gtest.h>
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "models/assembly/models.hpp"
#include "models/emissions/seasonal_emissions.hpp"
#include "sim/ensemble/parallel_runs.hpp"
#include "sim/record/run_summary.hpp"
#include "sim/scenario/load.hpp"

namespace airgov::assembly {
namespace {

const std::string kSource = AIRGOV_SOURCE_DIR;

// The default scenario over 40 days: two decision periods (months), a few regimes of weather.
ScenarioDescription short_default() {
  ScenarioDescription s = load_scenario(kSource + "/scenarios/default.json", FileSystemSource());
  s.days = 40;
  return s;
}

// A worker's models for its current point (as tools/airgov/sweep_runner's PointModelsCache).
struct WorkerModels {
  std::optional<std::uint64_t> point;
  std::optional<ScenarioModels> models;
};

// Run r: point r / 2 (even points keep the base models, odd points double the residential heating
// factor, which rebuilds the emissions), seed r + 1; rules alternate between nash and planner.
class Runs {
 public:
  Runs() : base_(short_default()), models_(build_models(base_)) {}

  std::string row(std::uint64_t run_id, WorkerModels& mine) const {
    const std::uint64_t point = run_id / 2;
    ScenarioDescription s = base_;
    const ScenarioModels* m = &models_;
    if (point % 2 == 1) {
      s.emissions.residential_heating_factor = 2.0;
      if (mine.point != point) {
        mine.models = models_;
        mine.models->emissions = std::make_shared<emissions::SeasonalEmissions>(s);
        refresh_setup(*mine.models, s);
        mine.point = point;
      }
      m = &*mine.models;
    }
    const std::string rule = run_id % 2 == 0 ? "nash" : "planner";
    RunSummary summary(s.region.jurisdictions.size());
    Simulation simulation(s, plugins_for(*m, rule, s.decision), RunOptions{run_id + 1, 0});
    simulation.run(summary);
    const OutcomeTotals region = summary.region();
    return fmt::format("{},{},{},{},{}\n", run_id, region.pm25_mean_ugm3, region.mean_effort,
                       region.abatement_cost_cny, region.payoff_cny);
  }

  std::string table(unsigned threads, std::size_t runs) const {
    std::vector<std::uint64_t> ids(runs);
    for (std::size_t k = 0; k < runs; ++k) ids[k] = k;
    std::vector<WorkerModels> workers(ensemble::worker_count(threads, runs));
    std::ostringstream out;
    const auto result = ensemble::run_in_parallel(out, ids, threads, [&](std::uint64_t id, unsigned worker) {
      return row(id, workers.at(worker));
    });
    EXPECT_TRUE(result.failures.empty()) << result.failures.front().error;
    return out.str();
  }

 private:
  ScenarioDescription base_;
  ScenarioModels models_;
};

TEST(ParallelRuns, ThreadsSharingTheModelsGiveTheBytesOfOneThread) {
  const Runs runs;
  const std::string one = runs.table(1, 8);
  std::set<std::string> distinct;
  std::istringstream lines(one);
  std::size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    ASSERT_EQ(line.substr(0, line.find(',')), std::to_string(count));  // in run-id order
    distinct.insert(line.substr(line.find(',')));
  }
  EXPECT_EQ(count, 8u);
  // Each run has its own seed, rule or emissions: no two rows agree.
  EXPECT_EQ(distinct.size(), 8u);
  EXPECT_EQ(runs.table(3, 8), one);
  EXPECT_EQ(runs.table(2, 8), one);
}

}  // namespace
}  // namespace airgov::assembly
