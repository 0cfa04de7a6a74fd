#include "tools/airgov/sweep_runner.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <mutex>
#include <numeric>
#include <thread>

#include "models/economics/linear_game.hpp"
#include "models/emissions/seasonal_emissions.hpp"
#include "models/sensitivity/morris.hpp"
#include "models/sensitivity/saltelli.hpp"
#include "sim/core/errors.hpp"
#include "sim/ensemble/parallel_runs.hpp"
#include "sim/ensemble/results_table.hpp"
#include "sim/record/run_summary.hpp"
#include "tools/airgov/analysis.hpp"
#include "tools/airgov/cli_common.hpp"

namespace airgov::cli {

namespace fs = std::filesystem;
using namespace ensemble;

Shard parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  try {
    if (slash == std::string::npos) throw std::invalid_argument("no slash");
    std::size_t used = 0;
    const std::string a = text.substr(0, slash), b = text.substr(slash + 1);
    const auto i = std::stoull(a, &used);
    if (used != a.size()) throw std::invalid_argument("i");
    const auto n = std::stoull(b, &used);
    if (used != b.size()) throw std::invalid_argument("n");
    if (n == 0 || i >= n) throw std::invalid_argument("range");
    return {i, n};
  } catch (const std::exception&) {
    throw UsageError(fmt::format("--shard {}: expected i/N with 0 <= i < N (e.g. 0/4)", text));
  }
}

std::optional<Shard> shard_from_slurm() {
  const char* id = std::getenv("SLURM_ARRAY_TASK_ID");
  const char* count = std::getenv("SLURM_ARRAY_TASK_COUNT");
  if (!id || !count) return std::nullopt;
  const char* min = std::getenv("SLURM_ARRAY_TASK_MIN");
  try {
    const long long i = std::stoll(id) - (min ? std::stoll(min) : 0);
    const long long n = std::stoll(count);
    if (i < 0 || n <= 0 || i >= n) throw std::invalid_argument("range");
    return Shard{static_cast<std::uint64_t>(i), static_cast<std::uint64_t>(n)};
  } catch (const std::exception&) {
    throw UsageError(fmt::format("SLURM_ARRAY_TASK_ID={} SLURM_ARRAY_TASK_MIN={} SLURM_ARRAY_TASK_COUNT={}: "
                                 "not a shard (give --shard i/N)", id, min ? min : "", count));
  }
}

RunPlan make_plan(const Design& design) {
  if (design.method != SamplingMethod::saltelli && design.method != SamplingMethod::morris) return RunPlan(design);
  sensitivity::Problem problem;
  for (const auto& p : design.parameters) problem.parameters.push_back({p.name, p.lower, p.upper});
  sensitivity::Rows rows;
  try {
    rows = design.method == SamplingMethod::saltelli
               ? sensitivity::saltelli_sample(problem, design.points, design.max_order, design.seed)
               : sensitivity::morris_sample(problem, design.points, design.morris_levels, design.seed);
  } catch (const std::invalid_argument& e) {
    throw InvalidInputError({InputIssue{design.file, "/sampling", e.what()}});
  }
  std::vector<double> values;
  values.reserve(rows.size() * design.parameters.size());
  for (const auto& row : rows) {
    for (std::size_t k = 0; k < row.size(); ++k) {
      values.push_back(design.parameters[k].target.integer ? std::round(row[k]) : row[k]);
    }
  }
  return RunPlan(design, std::move(values));
}

std::vector<std::string> sweep_columns(const Design& design) {
  std::vector<std::string> c{"run_id", "point_id", "replicate", "seed"};
  for (const auto& p : design.parameters) c.push_back(p.name);
  for (const auto& o : design.outcomes) c.push_back(o);
  for (const std::size_t j : design.jurisdictions) {
    for (const auto& o : design.outcomes) {
      if (std::find(kJurisdictionOutcomeNames.begin(), kJurisdictionOutcomeNames.end(), o) ==
          kJurisdictionOutcomeNames.end()) continue;
      c.push_back(o + "." + design.scenario.region.jurisdictions[j].id);
    }
  }
  return c;
}

namespace {

std::string number(double v) { return std::isfinite(v) ? fmt::format("{}", v) : std::string(); }

double outcome(const std::string& name, const OutcomeTotals& t, double deaths) {
  if (name == "pm25_mean") return t.pm25_mean_ugm3;
  if (name == "attainment_days") return t.attainment_days;
  if (name == "heavy_days") return t.heavy_days;
  if (name == "mean_effort") return t.mean_effort;
  if (name == "cost") return t.abatement_cost_cny;
  if (name == "damage") return t.damage_cny;
  if (name == "payoff") return t.payoff_cny;
  if (name == "deaths") return deaths;
  return std::nan("");
}

// Models of a point: shared when the varied parameters do not touch them, else rebuilt.
assembly::ScenarioModels models_for(const Design& design, const ScenarioDescription& s,
                                    const assembly::ScenarioModels& base) {
  const ModelImpact impact = design.impact();
  if (impact == ModelImpact::all) return assembly::build_models(s);
  assembly::ScenarioModels m = base;
  if (impact >= ModelImpact::game) m.game = std::make_shared<economics::LinearQuadraticGame>(s);
  if (impact >= ModelImpact::emissions) {
    m.emissions = std::make_shared<emissions::SeasonalEmissions>(s);
    assembly::refresh_setup(m, s);  // its initial state depends on the emissions
  }
  return m;
}

}  // namespace

std::string run_row(const Design& design, const RunPlan& plan, const assembly::ScenarioModels& models,
                    const RunSpec& run, PointModelsCache& cache) {
  const ScenarioDescription s = plan.scenario(run.point_id);
  // Models a patch invalidates are rebuilt once per point and worker (replicates of a point have
  // consecutive run ids, so they mostly reuse them).
  if (design.impact() != ModelImpact::none && (cache.point != run.point_id || !cache.models)) {
    cache.models.reset();
    cache.models = models_for(design, s, models);
    cache.point = run.point_id;
  }
  const auto& m = design.impact() == ModelImpact::none ? models : *cache.models;
  // The seed carries the run: `airgov run --seed <seed>` on the patched scenario gives the same run.
  const RunOptions options{run.seed, 0};
  const RunSummary summary = simulate(s, m, s.decision.rule, options);
  const auto cities = summary.jurisdictions();
  const OutcomeTotals region = summary.region();
  std::vector<double> deaths;
  if (std::find(design.outcomes.begin(), design.outcomes.end(), "deaths") != design.outcomes.end()) deaths = attributable_deaths(s, pm25_means(cities));
  std::vector<std::string> cells{std::to_string(run.run_id), std::to_string(run.point_id),
                                 std::to_string(run.replicate), std::to_string(run.seed)};
  for (std::size_t k = 0; k < design.parameters.size(); ++k) cells.push_back(plan.cell(run.point_id, k));
  for (const auto& o : design.outcomes) {
    if (o == "pm25_pop_weighted") cells.push_back(number(summary.population_weighted_pm25(s.region)));
    else if (o == "social_cost") cells.push_back(number(summary.social_cost_cny()));
    else if (o == "cooperation_index") {
      const RunSummary planner = s.decision.rule == "planner" ? summary : simulate(s, m, "planner", options);
      const double reference = planner.region().mean_effort;
      cells.push_back(reference > 0 ? number(region.mean_effort / reference) : std::string());
    } else {
      cells.push_back(number(outcome(o, region, std::accumulate(deaths.begin(), deaths.end(), 0.0))));
    }
  }
  for (const std::size_t j : design.jurisdictions) {
    for (const auto& o : design.outcomes) {
      if (std::find(kJurisdictionOutcomeNames.begin(), kJurisdictionOutcomeNames.end(), o) ==
          kJurisdictionOutcomeNames.end()) continue;
      cells.push_back(number(outcome(o, cities[j], deaths.empty() ? std::nan("") : deaths[j])));
    }
  }
  std::string line = csv_line(cells);
  line.pop_back();
  return line;
}

fs::path default_out(const Design& design, Shard shard) {
  const std::string stem = design.name.empty() ? "sweep" : design.name;
  if (shard.count == 1) return stem + ".csv";
  return fmt::format("{}.shard-{}-of-{}.csv", stem, shard.index, shard.count);
}

namespace {

Manifest base_manifest(const Design& design, const RunPlan& plan, const std::vector<std::string>& columns) {
  Manifest m;
  m.tool_version = AIRGOV_VERSION;
  m.design_name = design.name;
  m.design_sha256 = design.sha256;
  m.scenario_sha256 = design.scenario.sha256;
  m.runs_total = plan.runs();
  m.points = plan.points();
  m.replicates = static_cast<std::uint64_t>(design.replicates);
  m.columns = columns;
  return m;
}

std::string duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--:--";
  const auto s = static_cast<long long>(seconds);
  return fmt::format("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
}

}  // namespace

int run_sweep(const SweepOptions& options) {
  const Design design = load_design(options.design, ScenarioSource());
  const RunPlan plan = make_plan(design);
  const auto columns = sweep_columns(design);
  const std::string header = csv_line(columns);
  const Shard shard = options.shard;
  const fs::path out = options.out.empty() ? default_out(design, shard) : fs::path(options.out);
  const fs::path manifest_file = manifest_path(out);

  Manifest manifest = base_manifest(design, plan, columns);
  manifest.shard_index = shard.index;
  manifest.shard_count = shard.count;
  manifest.shard_runs = plan.runs() / shard.count + (shard.index < plan.runs() % shard.count ? 1 : 0);

  std::error_code ec;
  ExistingTable existing;
  if (fs::exists(out, ec)) {
    if (options.resume) {
      if (fs::exists(manifest_file, ec)) {
        const Manifest old = read_manifest(manifest_file);
        if (old.design_sha256 != manifest.design_sha256 || old.scenario_sha256 != manifest.scenario_sha256 ||
            old.tool_version != manifest.tool_version || old.shard_index != shard.index ||
            old.shard_count != shard.count) {
          throw UsageError(fmt::format("{}: --resume: the table was written by another design, scenario, tool "
                                       "version or shard (its manifest says so); use another --out",
                                       out.string()));
        }
      }
      existing = scan_table(out, header);
    } else if (!options.force) {
      throw CannotWriteError(fmt::format("{} exists: give --resume to continue it or --force to replace it",
                                         out.string()));
    } else {
      fs::remove(out, ec);
      fs::remove(manifest_file, ec);
    }
  }
  // The run ids still to do, in order.
  std::vector<bool> done(plan.runs(), false);
  std::uint64_t max_done = 0;
  for (const auto id : existing.run_ids) {
    if (id >= plan.runs() || id % shard.count != shard.index) {
      throw InvalidInputError({InputIssue{out.string(), "", fmt::format("run id {} does not belong to this shard", id)}});
    }
    done[id] = true;
    max_done = std::max(max_done, id);
  }
  std::vector<std::uint64_t> sequence;
  for (std::uint64_t id = shard.index; id < plan.runs(); id += shard.count) {
    if (!done[id]) sequence.push_back(id);
  }
  bool sorted = existing.sorted && (existing.run_ids.empty() || sequence.empty() || sequence.front() > max_done);
  std::vector<bool>().swap(done);
  if (!existing.run_ids.empty()) {
    spdlog::info("{}: resuming: {} runs already done, {} to do", out.string(), existing.run_ids.size(), sequence.size());
  }

  manifest.date = utc_now_iso();
  write_manifest(out, manifest);
  std::ofstream table(out, std::ios::binary | std::ios::app);
  if (!table) throw CannotWriteError(fmt::format("{}: cannot open for writing", out.string()));
  if (!existing.exists) table << header << std::flush;

  const unsigned threads = worker_count(options.threads, sequence.size());
  spdlog::debug("building the shared models");
  const assembly::ScenarioModels models = design.impact() == ModelImpact::all ? assembly::ScenarioModels{}
                                                                              : assembly::build_models(design.scenario);
  // Each worker keeps the models of its current point in its own slot (sim/ensemble/parallel_runs.hpp).
  std::vector<PointModelsCache> caches(threads);
  const auto start = std::chrono::steady_clock::now();
  // Progress: a bar on a terminal, a plain line every 10 s otherwise.
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  const bool show = options.progress && spdlog::get_level() <= spdlog::level::info;
  auto last_line = start;
  const std::size_t total = sequence.size();
  auto progress = [&](std::size_t now_done, std::size_t) {
    if (!show || total == 0) return;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - start).count();
    const double rate = elapsed > 0 ? static_cast<double>(now_done) / elapsed : 0;
    const double eta = rate > 0 ? static_cast<double>(total - now_done) / rate : -1;
    if (tty) {
      const int width = 30;
      const int filled = static_cast<int>(width * static_cast<double>(now_done) / static_cast<double>(total));
      std::cerr << fmt::format("\r[{}{}] {}/{} runs  {:.1f} runs/s  ETA {}  ", std::string(filled, '#'),
                               std::string(width - filled, ' '), now_done, total, rate, duration(eta))
                << std::flush;
      if (now_done == total) std::cerr << '\n';
    } else if (now - last_line > std::chrono::seconds(10) || now_done == total) {
      last_line = now;
      std::cerr << fmt::format("sweep: {}/{} runs, {:.1f} runs/s, ETA {}\n", now_done, total, rate, duration(eta));
    }
  };
  const ParallelRunsResult ran = run_in_parallel(
      table, sequence, threads,
      [&](std::uint64_t run_id, unsigned worker) {
        return run_row(design, plan, models, plan.run(run_id), caches[worker]) + "\n";
      },
      progress);
  std::vector<FailedRun> failed;
  for (const auto& f : ran.failures) {
    const RunSpec run = plan.run(f.run_id);
    failed.push_back({run.run_id, run.point_id, run.replicate, run.seed, f.error});
  }
  table.close();
  if (ran.write_failed || table.fail()) throw CannotWriteError(fmt::format("{}: write failed", out.string()));
  if (!sorted) sort_table(out);

  for (const auto& f : failed) spdlog::error("run {} (point {}, replicate {}) failed: {}", f.run_id, f.point_id, f.replicate, f.error);
  manifest.failed = failed;
  manifest.complete = true;
  manifest.date = utc_now_iso();
  write_manifest(out, manifest);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  spdlog::info("{}: {} runs in {:.1f} s ({:.1f} runs/s, {} threads){}", out.string(), total, seconds,
               seconds > 0 ? static_cast<double>(total) / seconds : 0.0, threads,
               failed.empty() ? "" : fmt::format(", {} failed (see {})", failed.size(), manifest_file.string()));
  return failed.empty() ? kExitOk : kExitInternal;
}

std::vector<fs::path> tables_in(const fs::path& dir, const fs::path& exclude) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw MissingFileError(fmt::format("{}: no such folder", dir.string()));
  std::vector<fs::path> out;
  const fs::path excluded = fs::weakly_canonical(exclude, ec);
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const fs::path p = entry.path();
    if (p.string().ends_with(".manifest.json") || !fs::exists(manifest_path(p))) continue;
    if (fs::weakly_canonical(p, ec) == excluded) continue;
    out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

int merge_shards(const std::vector<fs::path>& tables, const fs::path& out, bool allow_partial) {
  if (tables.empty()) throw InvalidInputError({InputIssue{out.string(), "", "no shard tables to merge"}});
  std::vector<Manifest> manifests;
  for (const auto& t : tables) manifests.push_back(read_manifest(manifest_path(t)));
  const Manifest& first = manifests[0];
  std::vector<InputIssue> issues;
  std::vector<bool> shard_seen(first.shard_count, false);
  for (std::size_t k = 0; k < tables.size(); ++k) {
    const Manifest& m = manifests[k];
    const std::string file = manifest_path(tables[k]).string();
    if (m.design_sha256 != first.design_sha256 || m.scenario_sha256 != first.scenario_sha256 ||
        m.columns != first.columns || m.runs_total != first.runs_total) {
      issues.push_back({file, "/design", fmt::format("from a different design ({} {}) than {} ({} {})", m.design_name,
                                                     m.design_sha256.substr(0, 12), tables[0].string(),
                                                     first.design_name, first.design_sha256.substr(0, 12))});
      continue;
    }
    if (m.tool_version != first.tool_version) {
      issues.push_back({file, "/tool_version", fmt::format("written by airgov {}, {} by {}", m.tool_version,
                                                           tables[0].string(), first.tool_version)});
    }
    if (m.shard_count != first.shard_count || m.shard_index >= first.shard_count) {
      issues.push_back({file, "/shard", fmt::format("shard {}/{} does not belong to a split in {}", m.shard_index,
                                                    m.shard_count, first.shard_count)});
    } else if (shard_seen[m.shard_index]) {
      issues.push_back({file, "/shard/index", fmt::format("shard {}/{} is given twice", m.shard_index, m.shard_count)});
    } else {
      shard_seen[m.shard_index] = true;
    }
  }
  if (!issues.empty()) throw InvalidInputError(issues);

  const fs::path tmp = out.string() + ".merging.tmp";
  std::vector<bool> seen(first.runs_total, false);
  Manifest merged = first;
  merged.failed.clear();
  bool complete = true;
  for (const auto& m : manifests) {
    complete = complete && m.complete;
    merged.failed.insert(merged.failed.end(), m.failed.begin(), m.failed.end());
  }
  std::sort(merged.failed.begin(), merged.failed.end(), [](const auto& a, const auto& b) { return a.run_id < b.run_id; });
  try {
    std::ofstream os(tmp, std::ios::binary | std::ios::trunc);
    if (!os) throw CannotWriteError(fmt::format("{}: cannot create", tmp.string()));
    merge_tables(tables, os, [&](std::uint64_t id) {
      if (id >= seen.size()) throw InvalidInputError({InputIssue{out.string(), "", fmt::format("run id {} is beyond the design's {} runs", id, seen.size())}});
      seen[id] = true;
    });
    os.flush();
    if (!os) throw CannotWriteError(fmt::format("{}: write failed", tmp.string()));
  } catch (...) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw;
  }
  for (const auto& f : merged.failed) {
    if (f.run_id < seen.size()) seen[f.run_id] = true;
  }
  std::vector<std::uint64_t> missing;
  std::uint64_t missing_count = 0;
  for (std::uint64_t id = 0; id < seen.size(); ++id) {
    if (seen[id]) continue;
    ++missing_count;
    if (missing.size() < 10) missing.push_back(id);
  }
  if (missing_count > 0 && !allow_partial) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw InvalidInputError({InputIssue{out.string(), "", fmt::format("{} run ids are missing (first: {}); merge the "
                                                                     "missing shards, resume them, or give --allow-partial",
                                                                     missing_count, fmt::join(missing, ", "))}});
  }
  std::error_code ec;
  fs::rename(tmp, out, ec);
  if (ec) throw CannotWriteError(fmt::format("{}: cannot write: {}", out.string(), ec.message()));
  merged.complete = complete && missing_count == 0;
  merged.shard_index = 0;
  merged.shard_count = 1;
  merged.shard_runs = merged.runs_total;
  merged.date = utc_now_iso();
  write_manifest(out, merged);
  spdlog::info("{}: merged {} tables{}", out.string(), tables.size(),
               missing_count ? fmt::format(", {} run ids missing", missing_count) : "");
  return merged.failed.empty() ? kExitOk : kExitInternal;
}

}  // namespace airgov::cli
