// airgov run [SCENARIO]: one simulation, its report, and optionally its output files.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <iostream>
#include <optional>

#include "models/assembly/models.hpp"
#include "models/decision/rule_factory.hpp"
#include "sim/core/errors.hpp"
#include "sim/record/atomic_output.hpp"
#include "sim/record/csv_recorders.hpp"
#include "sim/record/json_output.hpp"
#include "sim/record/run_summary.hpp"
#include "sim/scenario/load.hpp"
#include "sim/simulation/simulation.hpp"
#include "tools/airgov/analysis.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"
#include "tools/airgov/html_report.hpp"
#include "tools/airgov/run_report.hpp"

namespace airgov::cli {
namespace {

struct RunArguments {
  std::string scenario;
  std::string out;
  bool force = false;
  std::optional<unsigned long long> seed;
  std::optional<int> days;
  std::optional<std::string> rule;
  std::string format = "table";
  std::string report;  // self-contained HTML report (tools/airgov/html_report.hpp)
};

std::vector<std::string> ids_of(const RegionSpec& region) {
  std::vector<std::string> ids;
  for (const auto& j : region.jurisdictions) ids.push_back(j.id);
  return ids;
}

int run(const RunArguments& args) {
  ScenarioDescription scenario = load(args.scenario);
  if (args.days) scenario.days = *args.days;
  if (args.rule) scenario.decision.rule = *args.rule;
  const unsigned long long seed = args.seed.value_or(scenario.seed);
  if (!args.report.empty()) check_report_folder(args.report);  // before the run, not after
  std::unique_ptr<AtomicDirectory> out;
  if (!args.out.empty()) out = std::make_unique<AtomicDirectory>(args.out, args.force);

  spdlog::debug("building models for {} jurisdictions", scenario.region.jurisdictions.size());
  const auto models = assembly::build_models(scenario);
  RunSummary summary(scenario.region.jurisdictions.size());
  ReportSeries series;
  {
    std::ofstream daily, decisions;
    std::vector<Recorder*> recorders{&summary};
    if (!args.report.empty()) recorders.push_back(&series);
    std::unique_ptr<DailyCsvRecorder> daily_recorder;
    std::unique_ptr<DecisionsCsvRecorder> decision_recorder;
    if (out) {
      daily.open(out->path("daily.csv"), std::ios::binary);
      decisions.open(out->path("decisions.csv"), std::ios::binary);
      if (!daily || !decisions) throw CannotWriteError(fmt::format("{}: cannot create output files", args.out));
      daily_recorder = std::make_unique<DailyCsvRecorder>(daily, ids_of(scenario.region), models.regime_names);
      decision_recorder = std::make_unique<DecisionsCsvRecorder>(decisions, ids_of(scenario.region));
      recorders.push_back(daily_recorder.get());
      recorders.push_back(decision_recorder.get());
    }
    RecorderFan fan(recorders);
    Simulation simulation(scenario, assembly::plugins_for(models, scenario.decision.rule, scenario.decision),
                          RunOptions{seed, 0});
    simulation.run(fan);
    if (out && (!daily.flush() || !decisions.flush())) throw CannotWriteError(fmt::format("{}: write failed", args.out));
  }

  // The benchmarks on the same seed (same weather): Nash, the reference of gains, deaths avoided
  // and extra costs, and the planner, the reference of the price of anarchy. A run whose rule is
  // one of them is its own benchmark.
  const std::string& rule = scenario.decision.rule;
  std::optional<RunSummary> nash, planner;
  if (rule != "nash") nash = simulate(scenario, models, "nash", RunOptions{seed, 0});
  if (rule != "planner") planner = simulate(scenario, models, "planner", RunOptions{seed, 0});
  const RunResult result =
      analyse_run(scenario, models, rule, seed, summary, nash ? *nash : summary, planner ? *planner : summary);
  // Checked for NaN and infinity (exit 70, nothing written) before anything is written or printed.
  const std::string summary_text =
      out || args.format == "json" ? json_text(summary_json(result), 2, "summary.json") : std::string();
  if (out) {
    write_file_atomically(out->path("summary.json"), summary_text + "\n");
    out->commit();
    spdlog::info("wrote {}/daily.csv, decisions.csv and summary.json", args.out);
  }
  if (!args.report.empty()) {
    write_report(args.report, run_report_html(result, series));
    spdlog::info("wrote the report {}", args.report);
  }
  if (args.format == "json") std::cout << summary_text << '\n';
  else if (args.format == "csv") std::cout << format_csv(result);
  else std::cout << format_table(result);
  return kExitOk;
}

}  // namespace

void add_run_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<RunArguments>();
  auto* sub = app.add_subcommand("run", "Simulate a scenario (the built-in JJJ 2013 scenario by default) and print "
                                        "its report");
  sub->add_option("SCENARIO", args->scenario, "Scenario file (JSON); default: the built-in scenarios/default.json");
  sub->add_option("--out", args->out,
                  "Write daily.csv, decisions.csv and summary.json into this new folder (written whole or not at all)");
  sub->add_flag("--force", args->force, "Replace the --out folder if it exists");
  sub->add_option("--seed", args->seed, "Random seed (default: the scenario's)")->check(CLI::NonNegativeNumber);
  sub->add_option("--days", args->days, "Simulate this many days (default: the scenario's)")
      ->check(CLI::Range(0, kMaxDays));
  sub->add_option("--rule", args->rule, "Decision rule of every government")
      ->check(CLI::IsMember(decision::rule_names()));
  sub->add_option("--format", args->format, "How to print the report")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  sub->add_option("--report", args->report,
                  "Also write a self-contained HTML report (charts, map and data inlined; opens offline)");
  sub->callback([args, &chosen] { chosen = [args] { return run(*args); }; });
}

}  // namespace airgov::cli
