// airgov hindcast [SCENARIO]: the historical scenario (default the built-in
// scenarios/historical/jjj-2013-2023.json) over several replicates against the observed record:
// per series simulated (mean, 90 % band) vs observed annual PM2.5 and day counts, the error on
// the fitted and held-out years, a chart, and with --out the tables hindcast.csv and
// transport.csv (tools/airgov/hindcast.hpp).
#include <spdlog/spdlog.h>

#include <iostream>

#include "sim/record/atomic_output.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"
#include "tools/airgov/hindcast.hpp"
#include "tools/airgov/hindcast_chart.hpp"

namespace airgov::cli {
namespace {

struct HindcastArguments {
  std::string scenario;
  int replicates = hindcast::kDefaultReplicates;
  std::optional<unsigned long long> seed;
  std::string out;
  bool force = false;
  std::string chart;
  std::string observations = hindcast::kDefaultObservations;
  std::string format = "table";
};

int run_hindcast(const HindcastArguments& args) {
  const ScenarioDescription scenario = load(args.scenario.empty() ? hindcast::kDefaultScenario : args.scenario);
  const hindcast::Observations observed = hindcast::load_observations(args.observations, ScenarioSource());
  // Refuse an existing --out before the work, not after it.
  std::optional<AtomicDirectory> out;
  if (!args.out.empty()) out.emplace(args.out, args.force);
  hindcast::Options options;
  options.replicates = args.replicates;
  options.seed = args.seed.value_or(scenario.seed);
  options.apportion = out.has_value();
  options.progress = [&](int r) {
    spdlog::info("[{}/{}] {}: replicate {} (seed {})", r + 1, args.replicates, scenario.name, r, options.seed);
  };
  const hindcast::Result result = hindcast::run(scenario, observed, options);
  const std::string svg = hindcast::chart_svg("airgov hindcast: " + scenario.name, result);
  if (out) {
    write_file_atomically(out->path("hindcast.csv"), hindcast::csv(result));
    write_file_atomically(out->path("transport.csv"), hindcast::transport_csv(scenario, result));
    write_file_atomically(out->path("hindcast.svg"), svg);
    out->commit();
    spdlog::info("wrote {}/hindcast.csv, transport.csv and hindcast.svg", args.out);
  }
  const std::string chart = !args.chart.empty() ? args.chart : out ? "" : "hindcast.svg";
  if (!chart.empty()) {
    write_file_atomically(chart, svg);
    spdlog::info("wrote {}", chart);
  }
  std::cout << (args.format == "csv" ? hindcast::csv(result) : hindcast::table(scenario, result));
  return 0;
}

}  // namespace

void add_hindcast_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<HindcastArguments>();
  auto* sub = app.add_subcommand("hindcast", "The historical scenario 2013-2023 against the observed PM2.5 and "
                                             "heavy-pollution days: fitted 2013-2016, held out 2017-2018");
  sub->add_option("SCENARIO", args->scenario,
                  "Scenario file (JSON); default: the built-in scenarios/historical/jjj-2013-2023.json");
  sub->add_option("--replicates", args->replicates, "Weather replicates (key (seed, r))")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  sub->add_option("--seed", args->seed, "Random seed (default: the scenario's)")->check(CLI::NonNegativeNumber);
  sub->add_option("--out", args->out, "Write hindcast.csv, transport.csv and hindcast.svg into this new folder");
  sub->add_flag("--force", args->force, "Replace the --out folder if it exists");
  sub->add_option("--chart", args->chart, "Write the SVG chart here (default hindcast.svg without --out)");
  sub->add_option("--observations", args->observations, "Observed series (JSON)")->capture_default_str();
  sub->add_option("--format", args->format, "How to print")->check(CLI::IsMember({"table", "csv"}))->capture_default_str();
  sub->callback([args, &chosen] { chosen = [args] { return run_hindcast(*args); }; });
}

}  // namespace airgov::cli
