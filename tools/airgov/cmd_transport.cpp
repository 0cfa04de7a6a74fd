// airgov transport [SCENARIO]: where each city's PM2.5 comes from. Runs the scenario and splits
// every day's concentration exactly into the contribution of each source (the transport is
// linear), then reports per jurisdiction and year the regional share (annual and on good,
// polluted and heavy days),
// imports, exports and net receiver / source status (MODEL.md section 3 definitions), and sets
// them beside the published apportionments (scenarios/observations/transport-shares.csv).
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cmath>
#include <iostream>

#include "models/assembly/models.hpp"
#include "models/calibration/published_shares.hpp"
#include "models/institutions/joint_warning.hpp"
#include "models/transport/source_apportionment.hpp"
#include "sim/core/errors.hpp"
#include "sim/record/atomic_output.hpp"
#include "sim/simulation/simulation.hpp"
#include "tools/airgov/apportionment_recorder.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"
#include "tools/airgov/published_comparison.hpp"

namespace airgov::cli {
namespace {

inline constexpr const char* kDefaultPublished = "scenarios/observations/transport-shares.csv";

struct TransportArguments {
  std::string scenario;
  std::optional<unsigned long long> seed;
  std::string format = "table";
  std::string out;
  bool by_regime = false;
  std::string published = kDefaultPublished;  // "" = no comparison
};

calibration::PublishedApportionment read_published(const std::string& path) {
  return calibration::parse_published_apportionment(read_input(path, "published apportionments"), path);
}

struct Report {
  std::string table;
  std::string csv;
};

// A share as a fraction for the CSV (empty if there was no such day) and as a percentage for the table.
std::string share(double value) { return std::isfinite(value) ? fmt::format("{:.4f}", value) : ""; }
std::string percent(double value) { return std::isfinite(value) ? fmt::format("{:.1f}%", 100 * value) : "-"; }

// Shares annual and by class of day, imports, exports and status: one row per jurisdiction and year.
Report shares_report(const ScenarioDescription& scenario, unsigned long long seed,
                     const std::vector<YearReport>& reports) {
  const std::size_t n = scenario.region.jurisdictions.size();
  std::string csv = "jurisdiction,year,pm25_ugm3,regional_share,regional_share_heavy_days,heavy_days,imports_ugm3,"
                    "exports_ugm3,status,regional_share_good_days,good_days,regional_share_polluted_days,polluted_days\n";
  std::string table;
  for (const auto& report : reports) {
    const auto& r = report.summary;
    table += fmt::format("{} ({}, seed {}): share of PM2.5 from outside each city (regional share), annual and by "
                         "class of day: good (PM2.5 <= 75 ug/m3, AQI <= 100), polluted (75-150), heavy (> 150)\n",
                         report.year, scenario.name, seed);
    table += fmt::format("{:<14} {:>7} {:>9} {:>9} {:>6} {:>9} {:>9} {:>6} {:>8} {:>8}  {}\n", "jurisdiction",
                         "PM2.5", "regional", "on good", "good", "polluted", "on heavy", "heavy", "imports", "exports",
                         "status");
    for (std::size_t j = 0; j < n; ++j) {
      const std::string& id = scenario.region.jurisdictions[j].id;
      const std::string st = transport::net_status(r.imports_ugm3[j], r.exports_ugm3[j]);
      table += fmt::format("{:<14} {:>7.1f} {:>8.1f}% {:>9} {:>6} {:>9} {:>9} {:>6} {:>8.1f} {:>8.1f}  {}\n", id,
                           r.mean_ugm3[j], 100 * r.regional_share[j], percent(r.regional_share_good[j]),
                           r.good_days[j], percent(r.regional_share_polluted[j]), percent(r.regional_share_heavy[j]),
                           r.heavy_days[j], r.imports_ugm3[j], r.exports_ugm3[j], st);
      csv += fmt::format("{},{},{:.3f},{},{},{},{:.3f},{:.3f},{},{},{},{},{}\n", id, report.year, r.mean_ugm3[j],
                         share(r.regional_share[j]), share(r.regional_share_heavy[j]), r.heavy_days[j],
                         r.imports_ugm3[j], r.exports_ugm3[j], st, share(r.regional_share_good[j]), r.good_days[j],
                         share(r.regional_share_polluted[j]), r.polluted_days[j]);
    }
    table += "imports: ug/m3 brought by the other jurisdictions; exports: ug/m3 the city adds to all the others; "
             "balanced: within 10 %; -: no such day.\n\n";
  }
  return Report{table, csv};
}

// Shares by weather regime: one row per jurisdiction, year and regime that occurred.
Report by_regime_report(const ScenarioDescription& scenario, unsigned long long seed,
                        const std::vector<YearReport>& reports) {
  const std::size_t n = scenario.region.jurisdictions.size();
  const auto& regimes = scenario.weather.regimes;
  std::string csv = "jurisdiction,year,regime,days,pm25_ugm3,regional_share,background_share,mass_fraction\n";
  std::string table;
  for (const auto& report : reports) {
    const auto& by_regime = report.summary.by_regime;
    table += fmt::format("{} ({}, seed {}): by weather regime, each jurisdiction's mean PM2.5 on the regime's days, "
                         "the regional and background shares of it, and the regime's part of the year's total\n",
                         report.year, scenario.name, seed);
    table += fmt::format("{:<14} {:<22} {:>5} {:>7} {:>9} {:>10} {:>8}\n", "jurisdiction", "regime", "days", "PM2.5",
                         "regional", "background", "of year");
    for (std::size_t j = 0; j < n; ++j) {
      const std::string& id = scenario.region.jurisdictions[j].id;
      for (std::size_t m = 0; m < by_regime.size(); ++m) {
        const auto& r = by_regime[m];
        if (r.days == 0) continue;
        const std::string& name = regimes[m].name;
        table += fmt::format("{:<14} {:<22} {:>5} {:>7.1f} {:>9} {:>10} {:>8}\n", id, name, r.days, r.mean_ugm3[j],
                             percent(r.regional_share[j]), percent(r.background_share[j]),
                             percent(r.mass_fraction[j]));
        csv += fmt::format("{},{},{},{},{:.3f},{},{},{}\n", id, report.year, name, r.days, r.mean_ugm3[j],
                           share(r.regional_share[j]), share(r.background_share[j]), share(r.mass_fraction[j]));
      }
    }
    table += "regional: 1 - local share (neighbours and background); background: brought in from outside the region; "
             "of year: the regime's days' part of the year's total PM2.5.\n\n";
  }
  return Report{table, csv};
}

int run_transport(const TransportArguments& args) {
  const ScenarioDescription scenario = load(args.scenario);
  // Read before the run, so that a bad file fails fast.
  const std::optional<calibration::PublishedApportionment> published =
      args.by_regime || args.published.empty() ? std::nullopt : std::optional(read_published(args.published));
  const unsigned long long seed = args.seed.value_or(scenario.seed);
  const auto models = assembly::build_models(scenario);
  // The run starts from the expected steady state without abatement (sim/simulation); split it.
  transport::SourceApportionment apportionment = start_apportionment(scenario, models);
  ApportionmentRecorder recorder(apportionment, scenario.days, scenario.start_date);
  Simulation simulation(scenario, assembly::plugins_for(models, scenario.decision.rule, scenario.decision),
                        RunOptions{seed, 0});
  simulation.run(recorder);

  Report report = args.by_regime ? by_regime_report(scenario, seed, recorder.reports)
                                 : shares_report(scenario, seed, recorder.reports);
  if (published) {
    report.table += published_table(compare_with_published(scenario, recorder.reports, *published), args.published);
  }
  if (!args.out.empty()) write_file_atomically(args.out, report.csv);
  std::cout << (args.format == "csv" ? report.csv : report.table);
  return kExitOk;
}

}  // namespace

void add_transport_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<TransportArguments>();
  auto* sub = app.add_subcommand("transport", "Where each city's PM2.5 comes from: local and regional shares (annual "
                                              "and on good, polluted and heavy days), imports, exports, net receivers "
                                              "and sources");
  sub->add_option("SCENARIO", args->scenario, "Scenario file (JSON); default: the built-in scenarios/default.json");
  sub->add_option("--seed", args->seed, "Random seed (default: the scenario's)")->check(CLI::NonNegativeNumber);
  sub->add_option("--format", args->format, "How to print")->check(CLI::IsMember({"table", "csv"}))->capture_default_str();
  sub->add_option("--out", args->out, "Also write the CSV to this file (atomically)");
  sub->add_option("--published", args->published,
                  "Published apportionments to compare with (CSV as shared/data/transport-shares.csv; \"\" for none)")
      ->capture_default_str();
  sub->add_flag("--by-regime", args->by_regime,
                "Report by weather regime instead: days, mean PM2.5, regional and background shares, part of the "
                "year's total");
  sub->callback([args, &chosen] { chosen = [args] { return run_transport(*args); }; });
}

}  // namespace airgov::cli
