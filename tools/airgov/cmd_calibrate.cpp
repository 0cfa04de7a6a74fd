// airgov calibrate [SCENARIO] --out FILE: base-year emissions by inversion (issue 4). Estimates
// one non-negative scale factor per observed city (and one per group of unobserved cities) on the
// prior emissions of the scenario's region so that the simulated annual means of the base year
// fit the observed ones, prints the fit and writes the calibrated region file atomically. The
// science is in models/calibration/.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>

#include "models/assembly/models.hpp"
#include "models/calibration/annual_response.hpp"
#include "models/calibration/calibrated_region.hpp"
#include "models/calibration/inversion.hpp"
#include "models/calibration/observations.hpp"
#include "models/calibration/targets.hpp"
#include "sim/core/errors.hpp"
#include "sim/record/atomic_output.hpp"
#include "sim/scenario/load.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"

namespace airgov::cli {
namespace {

inline constexpr const char* kDefaultObservations = "scenarios/observations/pm25-annual.csv";

struct CalibrateArguments {
  std::string scenario;
  std::string region;
  std::string observations = kDefaultObservations;
  std::optional<int> year;
  int replicates = 20;
  std::optional<unsigned long long> seed;
  std::string out;
  std::string format = "table";
};

// The prior region document: --region, else the file (or inline object) the scenario names.
std::string region_document(const CalibrateArguments& args, const std::string& scenario_file) {
  const ScenarioSource source;
  const std::string path = args.region.empty() ? scenario_file : args.region;
  const ParsedDocument doc = read_document(path, source);
  if (!args.region.empty()) return doc.text;
  const Json* region = doc.json.is_object() && doc.json.contains("region") ? &doc.json.at("region") : nullptr;
  if (!region) throw InternalError(fmt::format("{}: no /region after validation", scenario_file));
  if (!region->is_string()) return region->dump();
  const std::string region_path = source.resolve(scenario_file, region->get<std::string>());
  const auto text = source.read(region_path);
  if (!text) throw MissingFileError(fmt::format("{}: /region: file not found: {}", scenario_file, region_path));
  return *text;
}

// Replaces the scenario's region by the prior given with --region (same jurisdictions required,
// so that every per-jurisdiction vector of the scenario still fits).
void use_prior_region(ScenarioDescription& scenario, const std::string& path, const std::string& text) {
  Issues issues(path);
  RegionSpec region;
  if (auto json = parse_json(text, issues)) region = read_region(*json, "", issues);
  issues.throw_if_any();
  const auto& old = scenario.region.jurisdictions;
  bool same = region.jurisdictions.size() == old.size();
  for (std::size_t j = 0; same && j < old.size(); ++j) same = region.jurisdictions[j].id == old[j].id;
  if (!same) {
    throw InvalidInputError({InputIssue{path, "/jurisdictions",
                                        "the prior region must list the scenario region's jurisdictions, same ids "
                                        "in the same order"}});
  }
  scenario.region = std::move(region);
}

std::string percent(double relative) { return fmt::format("{:+.1f}%", 100 * relative); }

int run_calibrate(const CalibrateArguments& args) {
  const std::string scenario_file = args.scenario.empty() ? kDefaultScenario : args.scenario;
  ScenarioDescription scenario = load(args.scenario);
  const std::string region_text = region_document(args, scenario_file);
  if (!args.region.empty()) use_prior_region(scenario, args.region, region_text);
  const int year = args.year.value_or(scenario.emissions.base_year);
  const unsigned long long seed = args.seed.value_or(scenario.seed);
  // Built into the binary, so that calibrate works from any folder; a file on disk takes precedence.
  const auto observations =
      calibration::parse_observations(read_input(args.observations, "observations file"), args.observations);
  const calibration::CalibrationSetup setup = calibration::match_observations(scenario.region, observations, year);
  if (setup.targets.empty()) {
    throw InvalidInputError({InputIssue{args.observations, "",
                                        fmt::format("no observed {} annual mean matches a city, a whole province or "
                                                    "a whole group of the region",
                                                    year)}});
  }

  const auto models = assembly::build_models(scenario);
  calibration::AnnualResponse response;
  try {
    response = calibration::annual_response(scenario, models, seed, args.replicates, year);
  } catch (const std::invalid_argument& e) {
    throw UsageError(fmt::format("--year {}: {}", year, e.what()));
  }
  const calibration::CalibrationResult result = calibration::invert(response, setup);
  const auto& js = scenario.region.jurisdictions;

  // The fit, per target.
  std::string table = fmt::format(
      "Calibration of {} emissions: scenario {} (seed {}, mean of {} weather replicates, {} days of {}), "
      "observations {}\n",
      year, scenario.name, seed, args.replicates, response.days, year, args.observations);
  table += fmt::format("{:<34} {:<8} {:>8} {:>8} {:>10} {:>7}  {:<16} {:>7}\n", "observed", "kind", "observed", "prior",
                       "calibrated", "error", "factor of", "factor");
  std::string csv = "target,kind,members,observed_ugm3,prior_ugm3,calibrated_ugm3,relative_error,factor_group,factor\n";
  for (std::size_t k = 0; k < setup.targets.size(); ++k) {
    const auto& t = setup.targets[k];
    const auto& f = result.fit[k];
    const double error = (f.calibrated_ugm3 - t.observed_ugm3) / t.observed_ugm3;
    std::string group, factor;
    if (t.kind == "city") {
      const std::size_t g = setup.factor_of[t.members[0]];
      group = setup.factors[g].name;
      factor = fmt::format("{:.4f}", result.group_factor[g]);
    } else {
      group = fmt::format("(mean of {})", t.members.size());
    }
    std::string label = t.label.size() > 34 ? t.label.substr(0, 31) + "..." : t.label;
    table += fmt::format("{:<34} {:<8} {:>8.1f} {:>8.1f} {:>10.1f} {:>7}  {:<16} {:>7}\n", label, t.kind,
                         t.observed_ugm3, f.prior_ugm3, f.calibrated_ugm3, percent(error), group, factor);
    std::string quoted = t.label;
    if (quoted.find_first_of(",\"") != std::string::npos) {
      std::string q = "\"";
      for (char c : quoted) q += c == '"' ? std::string("\"\"") : std::string(1, c);
      quoted = q + "\"";
    }
    csv += fmt::format("{},{},{},{},{:.6f},{:.6f},{:.6f},{},{}\n", quoted, t.kind, t.members.size(), t.observed_ugm3,
                       f.prior_ugm3, f.calibrated_ugm3, error, group, factor);
  }
  table += fmt::format("RMS relative error over the {} targets: prior {:.1f} %, calibrated {:.1f} %\n\n",
                       setup.targets.size(), 100 * result.prior_rms_relative_error, 100 * result.rms_relative_error);
  table += "Factor groups (one non-negative factor on every tracer and sector of the members' prior emissions):\n";
  for (std::size_t g = 0; g < setup.factors.size(); ++g) {
    const auto& group = setup.factors[g];
    if (group.members.size() == 1 && group.name == js[group.members[0]].id) continue;  // shown above
    std::string members;
    for (std::size_t j : group.members) members += (members.empty() ? "" : ", ") + js[j].id;
    table += fmt::format("  {:<16} {:>7.4f}  {}{}\n", group.name, result.group_factor[g],
                         result.group_fitted[g] ? "" : "(no observation: kept at the prior) ", members);
  }
  if (!setup.skipped.empty()) {
    table += fmt::format("Observations of {} not used:\n", year);
    for (const auto& s : setup.skipped) table += fmt::format("  line {}: {}: {}\n", s.line, s.label, s.reason);
  }

  if (!args.out.empty()) {
    calibration::CalibrationNote note;
    note.year = year;
    for (std::size_t j = 0; j < js.size(); ++j) {
      const std::size_t g = setup.factor_of[j];
      note.group_of.push_back(setup.factors[g].name);
      note.fitted.push_back(result.group_fitted[g]);
    }
    note.summary = fmt::format(
        "airgov calibrate: emissions scaled so that the simulated {} annual mean PM2.5 (no policy, mean of {} weather "
        "replicates of seed {} of scenario {}) fits the observed annual means of {} ({} targets: cities, whole "
        "provinces and whole groups; non-negative least squares on relative errors, Lawson-Hanson); one factor per "
        "observed city, one per province for its unobserved cities when the province average is observed, one for "
        "the remaining cities; RMS relative error {:.2f} % (prior {:.1f} %). The prior values and labels are kept in "
        "each jurisdiction's status. See docs/parameters.md, Calibration.",
        year, args.replicates, seed, scenario.name, args.observations, setup.targets.size(),
        100 * result.rms_relative_error, 100 * result.prior_rms_relative_error);
    std::vector<std::string> ids;
    for (const auto& j : js) ids.push_back(j.id);
    std::string text;
    try {
      text = calibration::calibrated_region_json(region_text, ids, result.factor, note);
    } catch (const std::exception& e) {
      throw InvalidInputError({InputIssue{args.region.empty() ? scenario_file : args.region, "/region", e.what()}});
    }
    write_file_atomically(args.out, text);
    table += fmt::format("Wrote the calibrated region to {}\n", args.out);
  }
  std::cout << (args.format == "csv" ? csv : table);
  return kExitOk;
}

}  // namespace

void add_calibrate_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<CalibrateArguments>();
  auto* sub = app.add_subcommand("calibrate", "Base-year emissions by inversion: scale factors on the prior emissions "
                                              "so that simulated annual PM2.5 fits the observed; writes the "
                                              "calibrated region");
  sub->add_option("SCENARIO", args->scenario, "Scenario file (JSON); default: the built-in scenarios/default.json");
  sub->add_option("--region", args->region,
                  "Prior region file to calibrate instead of the scenario's (same jurisdictions)");
  sub->add_option("--observations", args->observations, "Observed annual PM2.5 (CSV as shared/data/pm25-annual.csv)")
      ->capture_default_str();
  sub->add_option("--year", args->year, "Year to fit (default: the scenario's emissions base_year)");
  sub->add_option("--replicates", args->replicates, "Weather replicates averaged in the response")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  sub->add_option("--seed", args->seed, "Random seed (default: the scenario's)")->check(CLI::NonNegativeNumber);
  sub->add_option("--out", args->out, "Write the calibrated region file here (atomically)");
  sub->add_option("--format", args->format, "How to print the fit")->check(CLI::IsMember({"table", "csv"}))
      ->capture_default_str();
  sub->callback([args, &chosen] { chosen = [args] { return run_calibrate(*args); }; });
}

}  // namespace airgov::cli
