// airgov compare A.json B.json [...]: scenarios side by side over replicates with common random
// numbers, who gains and who pays against the first, and the transfers that would make everyone
// gain in moving from the first to the last.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>

#include "models/assembly/models.hpp"
#include "sim/core/errors.hpp"
#include "sim/record/atomic_output.hpp"
#include "sim/record/json_output.hpp"
#include "tools/airgov/analysis.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"
#include "tools/airgov/compare_report.hpp"
#include "tools/airgov/html_report.hpp"

namespace airgov::cli {
namespace {

inline constexpr int kMaxReplicates = 100000;

struct CompareArguments {
  std::vector<std::string> files;
  std::size_t replicates = 10;
  std::optional<unsigned long long> seed;
  std::string format = "table";
  std::string out;
  std::string report;  // self-contained HTML report (tools/airgov/html_report.hpp)
};

int compare(const CompareArguments& args) {
  if (args.files.size() < 2) throw UsageError("compare needs at least two scenarios");
  // Every file is loaded before anything runs, and every problem of every file is reported.
  std::vector<ScenarioDescription> loaded;
  const int exit_code =
      load_every(args.files, [&](const std::string&, ScenarioDescription&& s) { loaded.push_back(std::move(s)); });
  if (exit_code != kExitOk) return exit_code;
  if (!args.out.empty()) {
    const auto parent = std::filesystem::absolute(args.out).parent_path();
    if (!std::filesystem::is_directory(parent)) {
      throw CannotWriteError(fmt::format("{}: folder {} does not exist", args.out, parent.string()));
    }
  }
  if (!args.report.empty()) check_report_folder(args.report);  // before the runs, not after

  Comparison c;
  c.seed = args.seed.value_or(loaded.front().seed);
  c.replicates = args.replicates;
  GameParameters last_game;
  for (std::size_t s = 0; s < loaded.size(); ++s) {
    ScenarioRuns runs{args.files[s], std::move(loaded[s]), {}};
    const auto& scenario = runs.scenario;
    spdlog::info("[{}/{}] {}: {} replicate{} of rule {}, seed {}", s + 1, loaded.size(), runs.file, c.replicates,
                 c.replicates == 1 ? "" : "s", scenario.decision.rule, c.seed);
    const auto models = assembly::build_models(scenario);
    for (std::size_t r = 0; r < c.replicates; ++r) {
      const RunSummary summary = simulate(scenario, models, scenario.decision.rule, RunOptions{c.seed, r});
      runs.replicates.push_back(replicate_outcome(scenario, summary));
    }
    if (s + 1 == loaded.size()) last_game = horizon_game(scenario, models);
    c.scenarios.push_back(std::move(runs));
  }
  analyse_comparison(c, last_game);

  // Checked for NaN and infinity (exit 70, nothing written) before anything is written or printed.
  const std::string json = !args.out.empty() || args.format == "json"
                               ? json_text(compare_json(c), 2, "the comparison")
                               : std::string();
  if (!args.out.empty()) {
    write_file_atomically(args.out, json + "\n");
    spdlog::info("wrote {}", args.out);
  }
  if (!args.report.empty()) {
    write_report(args.report, compare_report_html(c));
    spdlog::info("wrote the report {}", args.report);
  }
  if (args.format == "json") std::cout << json << '\n';
  else if (args.format == "csv") std::cout << format_compare_csv(c);
  else std::cout << format_compare_table(c);
  return kExitOk;
}

}  // namespace

void add_compare_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<CompareArguments>();
  auto* sub = app.add_subcommand(
      "compare", "Scenarios side by side over the same weather replicates: outcomes with 90 % intervals, who gains "
                 "and who pays against the first, and transfers that would make everyone gain");
  sub->add_option("SCENARIO", args->files, "Scenario files (JSON), at least two; the first is the reference (A)")
      ->required()
      ->expected(2, -1);
  sub->add_option("--replicates", args->replicates, "Replicates (weather draws) per scenario")
      ->check(CLI::Range(1, kMaxReplicates))
      ->capture_default_str();
  sub->add_option("--seed", args->seed, "Master seed (default: the first scenario's)")->check(CLI::NonNegativeNumber);
  sub->add_option("--format", args->format, "How to print the comparison")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  sub->add_option("--out", args->out, "Also write the comparison as JSON to this file (written whole or not at all)");
  sub->add_option("--report", args->report,
                  "Also write a self-contained HTML report (charts, map and data inlined; opens offline)");
  sub->callback([args, &chosen] { chosen = [args] { return compare(*args); }; });
}

}  // namespace airgov::cli
