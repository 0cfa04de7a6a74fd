// airgov_bench: the benchmark suite of docs/performance.md (Google Benchmark).
//
//   build/airgov_bench                                   # everything (~2-3 minutes)
//   build/airgov_bench --benchmark_filter='Default'      # the default scenario only
//   build/airgov_bench --smoke WORKLOAD                  # one fixed workload, for callgrind
//
// The --smoke mode runs a fixed amount of work between CALLGRIND_START/STOP_INSTRUMENTATION so
// that `valgrind --tool=callgrind --instr-atstart=no` counts exactly its instructions
// (tools/bench/smoke compares them with tools/bench/baseline.json).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "models/assembly/models.hpp"
#include "models/transport/box_network.hpp"
#include "models/transport/sparse_box_network.hpp"
#include "sim/scenario/load.hpp"
#include "sim/simulation/simulation.hpp"
#include "tools/airgov/analysis.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/synth.hpp"

#ifdef AIRGOV_HAVE_CALLGRIND
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

namespace {

using namespace airgov;

const ScenarioDescription& default_scenario() {
  static const ScenarioDescription s = cli::load("");
  return s;
}
const assembly::ScenarioModels& default_models() {
  static const assembly::ScenarioModels m = assembly::build_models(default_scenario());
  return m;
}

RegionSpec make_synthetic(int n) {
  Issues issues("synthetic");
  RegionSpec r = read_region(cli::synthetic_region(n, 1), "", issues);
  issues.throw_if_any();
  return r;
}
const RegionSpec& synthetic(int n) {
  static std::map<int, RegionSpec> cache;
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, make_synthetic(n)).first;
  return it->second;
}

transport::SparseBoxNetwork::Options no_dense_views() {
  transport::SparseBoxNetwork::Options o;
  o.dense_views = false;
  return o;
}
const transport::SparseBoxNetwork& sparse_network(int n) {
  static std::map<int, std::unique_ptr<transport::SparseBoxNetwork>> cache;
  auto it = cache.find(n);
  if (it == cache.end()) {
    auto model = std::make_unique<transport::SparseBoxNetwork>(
        transport::SparseBoxNetwork::from_scenario(synthetic(n), default_scenario().weather, no_dense_views()));
    it = cache.emplace(n, std::move(model)).first;
  }
  return *it->second;
}

// PM2.5-equivalent emission of each jurisdiction at no effort (primary + yields x precursors).
std::vector<double> pm25_equivalent(const RegionSpec& region) {
  std::vector<double> e;
  for (const auto& j : region.jurisdictions) {
    double sum = 0;
    for (std::size_t t = 0; t < j.emissions_t_per_year.size(); ++t) {
      double tracer = 0;
      for (double v : j.emissions_t_per_year[t]) tracer += v;
      sum += tracer * (t == 0 ? 1.0 : t == 1 ? 0.5 : 0.3);
    }
    e.push_back(sum);
  }
  return e;
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

class NullRecorder final : public Recorder {};

// ---- The default scenario (31 jurisdictions, 365 days).

// One run with summary outputs only (what `airgov run` does per rule; models built once).
void BM_DefaultRun(benchmark::State& state) {
  const auto& scenario = default_scenario();
  const auto& models = default_models();
  for (auto _ : state) {
    RunSummary summary = cli::simulate(scenario, models, "nash", RunOptions{scenario.seed, 0});
    benchmark::DoNotOptimize(summary);
  }
  state.counters["jurisdiction_days/s"] = benchmark::Counter(
      static_cast<double>(scenario.days) * static_cast<double>(scenario.region.jurisdictions.size()),
      benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_DefaultRun)->Unit(benchmark::kMicrosecond);

// Per-run set-up: constructing the Simulation from the typed description and the scenario's
// models: the weather drawn up front and the run's state arrays; the calendar, region graph and
// initial state come from the scenario's shared set-up (BM_DefaultScenarioSetup).
void BM_DefaultRunSetup(benchmark::State& state) {
  const auto& scenario = default_scenario();
  const auto& models = default_models();
  for (auto _ : state) {
    Simulation simulation(scenario, assembly::plugins_for(models, "nash", scenario.decision), RunOptions{scenario.seed, 0});
    benchmark::DoNotOptimize(simulation);
  }
}
BENCHMARK(BM_DefaultRunSetup)->Unit(benchmark::kMicrosecond);

// The scenario's shared set-up (calendar, region graph with its atmospheric layer, initial state):
// built once per scenario by assembly::build_models and reused by every run since issue 7.
void BM_DefaultScenarioSetup(benchmark::State& state) {
  const auto& scenario = default_scenario();
  const auto& models = default_models();
  for (auto _ : state) {
    ScenarioSetup setup(scenario, SetupModels{models.transport, models.expected, models.emissions});
    benchmark::DoNotOptimize(setup);
  }
}
BENCHMARK(BM_DefaultScenarioSetup)->Unit(benchmark::kMicrosecond);

// The fairness report of `airgov run` (tools/airgov/analysis): the horizon's game, Nash and
// cooperative payoffs, the sampled Shapley value (31 players, 2,000 orders) and the transfers.
void BM_DefaultFairness(benchmark::State& state) {
  const auto& scenario = default_scenario();
  const auto& models = default_models();
  for (auto _ : state) {
    const cli::GameFairness f = cli::game_fairness(cli::horizon_game(scenario, models), scenario.seed);
    benchmark::DoNotOptimize(f);
  }
}
BENCHMARK(BM_DefaultFairness)->Unit(benchmark::kMillisecond);

// The engine's daily step alone (decision periods included as they fall, every ~30 days).
void BM_DefaultDailyStep(benchmark::State& state) {
  const auto& scenario = default_scenario();
  const auto& models = default_models();
  NullRecorder recorder;
  auto simulation = std::make_unique<Simulation>(scenario, assembly::plugins_for(models, "nash", scenario.decision),
                                                 RunOptions{scenario.seed, 0});
  for (auto _ : state) {
    if (simulation->done()) {
      state.PauseTiming();
      simulation = std::make_unique<Simulation>(scenario, assembly::plugins_for(models, "nash", scenario.decision),
                                                RunOptions{scenario.seed, 0});
      state.ResumeTiming();
    }
    simulation->step(recorder);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(scenario.region.jurisdictions.size()));
}
BENCHMARK(BM_DefaultDailyStep)->Unit(benchmark::kNanosecond);

// The transport step alone (dense, 31 boxes: two 31 x 31 mat-vecs).
void BM_DefaultTransportStep(benchmark::State& state) {
  const auto& models = default_models();
  const std::vector<double> emission = pm25_equivalent(default_scenario().region);
  std::vector<double> x(emission.size(), 50.0);
  int day = 0;
  for (auto _ : state) {
    models.transport->step(day++ % models.transport->regime_count(), emission, x);
    benchmark::DoNotOptimize(x.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(emission.size()));
}
BENCHMARK(BM_DefaultTransportStep)->Unit(benchmark::kNanosecond);

// Region construction: the transport coefficients (dense box network, 4 regimes).
void BM_DefaultRegionConstruction(benchmark::State& state) {
  const auto& scenario = default_scenario();
  for (auto _ : state) {
    auto network = transport::BoxNetwork::from_scenario(scenario.region, scenario.weather);
    benchmark::DoNotOptimize(network);
  }
}
BENCHMARK(BM_DefaultRegionConstruction)->Unit(benchmark::kMicrosecond);

// Every model of the scenario (transport, expected transport per season, emissions, game).
void BM_DefaultBuildModels(benchmark::State& state) {
  const auto& scenario = default_scenario();
  for (auto _ : state) {
    auto models = assembly::build_models(scenario);
    benchmark::DoNotOptimize(models);
  }
}
BENCHMARK(BM_DefaultBuildModels)->Unit(benchmark::kMicrosecond);

// Scenario load: the built-in default (scenario, region and weather JSON parsed and validated).
void BM_ScenarioLoad(benchmark::State& state) {
  for (auto _ : state) {
    ScenarioDescription scenario = cli::load("");
    benchmark::DoNotOptimize(scenario);
  }
}
BENCHMARK(BM_ScenarioLoad)->Unit(benchmark::kMicrosecond);

// Sweep throughput: 8 independent runs (seeds 1..8) of the default scenario, models shared,
// split over `threads` std::threads (no sim/ensemble sweep existed when this was written).
void BM_Sweep(benchmark::State& state) {
  const auto& scenario = default_scenario();
  const auto& models = default_models();
  const int threads = static_cast<int>(state.range(0));
  constexpr int kRuns = 8;
  for (auto _ : state) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (int run = t; run < kRuns; run += threads) {
          RunSummary s = cli::simulate(scenario, models, "nash", RunOptions{static_cast<std::uint64_t>(run + 1), 0});
          benchmark::DoNotOptimize(s);
        }
      });
    }
    for (auto& th : pool) th.join();
  }
  state.counters["runs/s"] = benchmark::Counter(kRuns, benchmark::Counter::kIsIterationInvariantRate);
}
// Wall time per 8 runs; the CPU column is the whole process's CPU time (all threads), so equal
// CPU at 1 and 2 threads means no contention cost, and the wall ratio shows what the machine
// gave (on a loaded shared machine, less than two cores).
BENCHMARK(BM_Sweep)->Arg(1)->Arg(2)->UseRealTime()->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

// ---- Synthetic regions (airgov synth), N = 100 ... 100,000.

void synthetic_sizes(benchmark::internal::Benchmark* b) {
  for (int n : {100, 1000, 10000, 100000}) b->Arg(n);
}

// Generating the region document and reading it (the loader's checks included).
void BM_SynthLoad(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    RegionSpec r = make_synthetic(n);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_SynthLoad)->Apply(synthetic_sizes)->Unit(benchmark::kMillisecond);

// Region construction with the sparse network: Delaunay, fluxes, CSR, steady background.
void BM_SynthConstruction(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const RegionSpec& region = synthetic(n);
  std::size_t bytes = 0, nnz = 0;
  int substeps = 0, sweeps = 0;
  for (auto _ : state) {
    auto network = transport::SparseBoxNetwork::from_scenario(region, default_scenario().weather, no_dense_views());
    bytes = network.memory_bytes();
    nnz = 0;
    for (int r = 0; r < network.regime_count(); ++r) {
      nnz += network.nonzeros(r);
      substeps = std::max(substeps, network.substeps(r));
      sweeps = std::max(sweeps, network.steady_sweeps(r));
    }
    benchmark::DoNotOptimize(network);
  }
  state.counters["operator_MiB"] = static_cast<double>(bytes) / (1 << 20);
  state.counters["nnz_all_regimes"] = static_cast<double>(nnz);
  state.counters["max_substeps"] = substeps;
  state.counters["max_gs_sweeps"] = sweeps;
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_SynthConstruction)->Apply(synthetic_sizes)->Unit(benchmark::kMillisecond)->MinTime(0.2);

// The sparse daily transport step, regimes in turn; items = jurisdiction-days (one tracer).
void BM_SynthStep(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const auto& network = sparse_network(n);
  const std::vector<double> emission = pm25_equivalent(synthetic(n));
  std::vector<double> x(static_cast<std::size_t>(n), 50.0);
  int day = 0;
  double substeps = 0, flops = 0;
  for (int r = 0; r < network.regime_count(); ++r) {
    substeps += network.substeps(r);
    // Per sub-step (ETD2RK): two sparse products, 2 flops per off-diagonal non-zero each, and
    // 8 flops per box (predictor 4, corrector 3, plus the day's source once per sub-step).
    const double off_diagonal = static_cast<double>(network.nonzeros(r)) - n;
    flops += (4.0 * off_diagonal + 8.0 * n) * network.substeps(r);
  }
  for (auto _ : state) {
    network.step(day++ % network.regime_count(), emission, x);
    benchmark::DoNotOptimize(x.data());
  }
  state.SetItemsProcessed(state.iterations() * n);
  state.counters["mean_substeps"] = substeps / network.regime_count();
  state.counters["flops_per_day"] = flops / network.regime_count();
}
BENCHMARK(BM_SynthStep)->Apply(synthetic_sizes)->Unit(benchmark::kMicrosecond);

// The dense step on the same synthetic region, for comparison (N = 100 only: the dense build is
// O(n^3)).
void BM_SynthDenseStep(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const auto network = transport::BoxNetwork::from_scenario(synthetic(n), default_scenario().weather);
  const std::vector<double> emission = pm25_equivalent(synthetic(n));
  std::vector<double> x(static_cast<std::size_t>(n), 50.0);
  int day = 0;
  for (auto _ : state) {
    network.step(day++ % network.regime_count(), emission, x);
    benchmark::DoNotOptimize(x.data());
  }
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_SynthDenseStep)->Arg(100)->Unit(benchmark::kMicrosecond);

// A whole run (default settings, nash, 365 days) on a synthetic region: the decision game
// (expected transport, n^2 rules) is part of it.
void BM_SynthRun(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  ScenarioDescription scenario = default_scenario();
  scenario.region = synthetic(n);
  const auto models = assembly::build_models(scenario);
  for (auto _ : state) {
    RunSummary summary = cli::simulate(scenario, models, "nash", RunOptions{scenario.seed, 0});
    benchmark::DoNotOptimize(summary);
  }
  state.counters["jurisdiction_days/s"] = benchmark::Counter(static_cast<double>(scenario.days) * n,
                                                             benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_SynthRun)->Arg(100)->Unit(benchmark::kMillisecond);
// Above the dense limit: the sparse game (regime-weighted steady T kept sparse, built once in
// build_models outside the timed loop, ~18 s CPU); one iteration is several seconds.
BENCHMARK(BM_SynthRun)->Arg(10000)->Iterations(1)->Unit(benchmark::kMillisecond);

// ---- Large N: the truncated day-long operator and the sparse source-receptor (issue 7 part B).

transport::SparseBoxNetwork::Options truncated_options(double threshold, std::size_t k) {
  transport::SparseBoxNetwork::Options o = no_dense_views();
  o.truncated_step = true;
  o.truncation_threshold = threshold;
  o.max_per_column = k;
  return o;
}
// Default truncation (threshold 1e-4 of the column's mass, K = 128); built once per N. Building
// it costs ~1 s at N = 1,000 and minutes at 10,000 (docs/performance.md); not offered at 100,000.
const transport::SparseBoxNetwork& truncated_network(int n) {
  static std::map<int, std::unique_ptr<transport::SparseBoxNetwork>> cache;
  auto it = cache.find(n);
  if (it == cache.end()) {
    auto model = std::make_unique<transport::SparseBoxNetwork>(transport::SparseBoxNetwork::from_scenario(
        synthetic(n), default_scenario().weather, truncated_options(1e-4, 128)));
    it = cache.emplace(n, std::move(model)).first;
  }
  return *it->second;
}

// Building the truncated operator (with the exact sparse network it starts from).
void BM_SynthTruncatedConstruction(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  double nnz = 0, dropped = 0;
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto network = transport::SparseBoxNetwork::from_scenario(synthetic(n), default_scenario().weather,
                                                              truncated_options(1e-4, 128));
    nnz = dropped = 0;
    for (int r = 0; r < network.regime_count(); ++r) {
      nnz += static_cast<double>(network.truncated_nonzeros(r));
      for (std::size_t i = 0; i < network.size(); ++i) dropped += network.dropped_fraction(r, i, true);
    }
    nnz /= network.regime_count() * static_cast<double>(n);
    dropped /= network.regime_count() * static_cast<double>(n);
    bytes = network.memory_bytes();
    benchmark::DoNotOptimize(network);
  }
  state.counters["nnz_per_row"] = nnz;
  state.counters["mean_dropped_emission_share"] = dropped;
  state.counters["operator_MiB"] = static_cast<double>(bytes) / (1 << 20);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_SynthTruncatedConstruction)->Arg(100)->Arg(1000)->Iterations(1)->Unit(benchmark::kMillisecond);

// The truncated daily step (Phi X + H E + g, one sparse product each); items = jurisdiction-days.
void BM_SynthTruncatedStep(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const auto& network = truncated_network(n);
  const std::vector<double> emission = pm25_equivalent(synthetic(n));
  std::vector<double> x(static_cast<std::size_t>(n), 50.0);
  int day = 0;
  double nnz = 0;
  for (int r = 0; r < network.regime_count(); ++r) nnz += static_cast<double>(network.truncated_nonzeros(r));
  for (auto _ : state) {
    network.step(day++ % network.regime_count(), emission, x);
    benchmark::DoNotOptimize(x.data());
  }
  state.SetItemsProcessed(state.iterations() * n);
  state.counters["nnz_per_row"] = nnz / network.regime_count() / n;
  state.counters["flops_per_day"] = 2.0 * nnz / network.regime_count() + n;
}
BENCHMARK(BM_SynthTruncatedStep)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

// The steady source-receptor of every regime kept sparse (threshold 1e-4 of T(i, i), K = 64),
// by the local push: what the decision game above the dense limit would need per regime.
void BM_SynthSparseSourceReceptor(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const auto& network = sparse_network(n);
  double nnz = 0, dropped = 0;
  for (auto _ : state) {
    nnz = dropped = 0;
    for (int r = 0; r < network.regime_count(); ++r) {
      const SparseSourceReceptor t = network.steady_source_receptor(r, 1e-4, 64);
      nnz += static_cast<double>(t.nonzeros());
      for (std::size_t i = 0; i < t.size(); ++i) {
        double kept = 0;
        for (double v : t.coefficients(i)) kept += v;
        dropped += t.dropped_ugm3_per_t_per_year[i] / (kept + t.dropped_ugm3_per_t_per_year[i]);
      }
      benchmark::DoNotOptimize(t);
    }
  }
  state.counters["nnz_per_source"] = nnz / network.regime_count() / n;
  state.counters["mean_dropped_share"] = dropped / network.regime_count() / n;
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_SynthSparseSourceReceptor)->Apply(synthetic_sizes)->Iterations(1)->Unit(benchmark::kMillisecond);

// ---- --smoke WORKLOAD: fixed work, counted by callgrind.

int smoke(const std::string& workload) {
  if (workload == "default_run") {
    const auto& scenario = default_scenario();
    const auto& models = default_models();
    CALLGRIND_START_INSTRUMENTATION;
    RunSummary summary = cli::simulate(scenario, models, "nash", RunOptions{scenario.seed, 0});
    CALLGRIND_STOP_INSTRUMENTATION;
    benchmark::DoNotOptimize(summary);
  } else if (workload == "default_fairness") {
    const auto& scenario = default_scenario();
    const auto& models = default_models();
    CALLGRIND_START_INSTRUMENTATION;
    const cli::GameFairness f = cli::game_fairness(cli::horizon_game(scenario, models), scenario.seed);
    CALLGRIND_STOP_INSTRUMENTATION;
    benchmark::DoNotOptimize(f);
  } else if (workload == "default_load_build") {
    CALLGRIND_START_INSTRUMENTATION;
    const ScenarioDescription scenario = cli::load("");
    auto models = assembly::build_models(scenario);
    CALLGRIND_STOP_INSTRUMENTATION;
    benchmark::DoNotOptimize(models);
  } else if (workload == "sparse_build_2000") {
    const RegionSpec& region = synthetic(2000);
    const auto& weather = default_scenario().weather;
    CALLGRIND_START_INSTRUMENTATION;
    auto network = transport::SparseBoxNetwork::from_scenario(region, weather, no_dense_views());
    CALLGRIND_STOP_INSTRUMENTATION;
    benchmark::DoNotOptimize(network);
  } else if (workload == "sparse_step_2000") {
    const auto& network = sparse_network(2000);
    const std::vector<double> emission = pm25_equivalent(synthetic(2000));
    std::vector<double> x(emission.size(), 50.0);
    CALLGRIND_START_INSTRUMENTATION;
    for (int day = 0; day < 8; ++day) network.step(day % network.regime_count(), emission, x);
    CALLGRIND_STOP_INSTRUMENTATION;
    benchmark::DoNotOptimize(x.data());
  } else if (workload == "truncated_300") {
    // The truncated day-long operator: its construction and 8 steps (issue 7 part B).
    const RegionSpec& region = synthetic(300);
    const std::vector<double> emission = pm25_equivalent(region);
    std::vector<double> x(emission.size(), 50.0);
    const auto& weather = default_scenario().weather;
    CALLGRIND_START_INSTRUMENTATION;
    auto network = transport::SparseBoxNetwork::from_scenario(region, weather, truncated_options(1e-4, 128));
    for (int day = 0; day < 8; ++day) network.step(day % network.regime_count(), emission, x);
    CALLGRIND_STOP_INSTRUMENTATION;
    benchmark::DoNotOptimize(x.data());
  } else if (workload == "sparse_push_300") {
    // The sparse steady source-receptor of every regime by local push.
    const auto& network = sparse_network(300);
    CALLGRIND_START_INSTRUMENTATION;
    for (int r = 0; r < network.regime_count(); ++r) {
      const SparseSourceReceptor t = network.steady_source_receptor(r, 1e-4, 64);
      benchmark::DoNotOptimize(t);
    }
    CALLGRIND_STOP_INSTRUMENTATION;
  } else {
    std::fprintf(stderr,
                 "airgov_bench --smoke: unknown workload '%s' (default_run, default_fairness, "
                 "default_load_build, sparse_build_2000, sparse_step_2000, truncated_300, sparse_push_300)\n",
                 workload.c_str());
    return 64;
  }
  return 0;
}

// --truncation-accuracy N THRESHOLD K [dense]: the truncated day-long operator against the
// sub-stepped ETD2RK (and the exact dense step with `dense`, N <= 2000) over a year of regimes
// changing every 1-4 days, with its construction and step times (wall). docs/performance.md.
int truncation_accuracy(int argc, char** argv) {
  using clock = std::chrono::steady_clock;
  auto seconds = [](clock::time_point t) { return std::chrono::duration<double>(clock::now() - t).count(); };
  const int n = std::atoi(argv[2]);
  const double threshold = std::atof(argv[3]);
  const auto k = static_cast<std::size_t>(std::atol(argv[4]));
  const bool dense = argc > 5 && std::strcmp(argv[5], "dense") == 0;
  if (n < 1 || threshold < 0 || k < 1 || (dense && n > 2000)) {
    std::fprintf(stderr, "airgov_bench --truncation-accuracy N THRESHOLD K [dense]: N >= 1, THRESHOLD >= 0, K >= 1, dense only for N <= 2000\n");
    return 64;
  }
  const RegionSpec& region = synthetic(n);
  const auto& weather = default_scenario().weather;
  const std::vector<double> e = pm25_equivalent(region);
  auto t0 = clock::now();
  const auto truncated = transport::SparseBoxNetwork::from_scenario(region, weather, truncated_options(threshold, k));
  const double build = seconds(t0);
  const auto& substepped = sparse_network(n);
  std::unique_ptr<transport::BoxNetwork> exact;
  if (dense) exact = std::make_unique<transport::BoxNetwork>(transport::BoxNetwork::from_scenario(region, weather));
  const int regimes = truncated.regime_count();
  double nnz = 0, dropped_phi = 0, dropped_h = 0;
  for (int m = 0; m < regimes; ++m) {
    nnz += static_cast<double>(truncated.truncated_nonzeros(m));
    for (std::size_t i = 0; i < truncated.size(); ++i) {
      dropped_phi += truncated.dropped_fraction(m, i, false);
      dropped_h += truncated.dropped_fraction(m, i, true);
    }
  }
  const double rows = static_cast<double>(regimes) * n;
  std::printf("N %d threshold %g K %zu: construction %.2f s wall, %.1f non-zeros per row (Phi + H), mean dropped share "
              "Phi %.4f H %.4f, %.1f MiB\n",
              n, threshold, k, build, nnz / rows, dropped_phi / rows, dropped_h / rows,
              static_cast<double>(truncated.memory_bytes()) / (1 << 20));
  std::vector<double> x(static_cast<std::size_t>(n), 50.0);
  auto time_step = [&](const transport::SparseBoxNetwork& net, int days) {
    const auto t = clock::now();
    for (int d = 0; d < days; ++d) net.step(d % regimes, e, x);
    return seconds(t) / days;
  };
  const double fast = time_step(truncated, 20), slow = time_step(substepped, n >= 10000 ? 4 : 20);
  std::printf("  step: truncated %.3f ms (%.3g jurisdiction-days/s), sub-stepped %.3f ms (%.3g /s), %.1fx\n", fast * 1e3,
              n / fast, slow * 1e3, n / slow, slow / fast);
  auto year = [&](const TransportModel& reference, const char* name) {
    const auto b0 = reference.background_ugm3(0);
    std::vector<double> a(b0.begin(), b0.end()), b = a, sum_a(a.size(), 0.0), sum_b(a.size(), 0.0);
    double worst = 0, mean = 0;
    int m = 0;
    for (int day = 0; day < 365; ++day) {
      if (day % (1 + day % 4) == 0) m = (m + 1 + day % 3) % regimes;
      reference.step(m, e, a);
      truncated.step(m, e, b);
      for (std::size_t j = 0; j < a.size(); ++j) {
        const double d = std::fabs(b[j] - a[j]) / a[j];
        worst = std::max(worst, d);
        mean += d / (365.0 * n);
        sum_a[j] += a[j];
        sum_b[j] += b[j];
      }
    }
    double annual_worst = 0, annual_mean = 0;
    for (std::size_t j = 0; j < a.size(); ++j) {
      const double d = std::fabs(sum_b[j] - sum_a[j]) / sum_a[j];
      annual_worst = std::max(annual_worst, d);
      annual_mean += d / n;
    }
    std::printf("  against %s: daily mean %.4f worst %.4f; annual mean %.4f worst %.4f\n", name, mean, worst,
                annual_mean, annual_worst);
  };
  year(substepped, "the sub-stepped ETD2RK step");
  if (exact) year(*exact, "the exact dense step");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--smoke") == 0) return smoke(argv[2]);
  if ((argc == 5 || argc == 6) && std::strcmp(argv[1], "--truncation-accuracy") == 0) {
    return truncation_accuracy(argc, argv);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 64;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
