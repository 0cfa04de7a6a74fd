// airgov synth --jurisdictions N [--seed S] [--out FILE] [--scenario FILE]: a synthetic region
// (tools/airgov/synth.hpp) for scale tests, and optionally a scenario (the default one with this
// region and the weather inlined) that uses it.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>

#include "sim/core/errors.hpp"
#include "sim/record/atomic_output.hpp"
#include "sim/record/json_output.hpp"
#include "sim/scenario/load.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"
#include "tools/airgov/synth.hpp"

namespace airgov::cli {
namespace {

struct SynthArguments {
  int jurisdictions = 0;
  unsigned long long seed = 1;
  std::string out;
  std::string scenario;
};

Json read_library_json(const std::string& path) {
  const auto text = ScenarioSource().read(path);
  if (!text) throw InternalError(path + ": not found on disk nor built into airgov");
  return Json::parse(*text);
}

int synth(const SynthArguments& args) {
  if (!args.scenario.empty() && args.out.empty()) throw UsageError("synth: --scenario needs --out (the region file it names)");
  const Json region = synthetic_region(args.jurisdictions, args.seed);
  const std::string text = json_text(region, 1, "the synthetic region") + "\n";
  if (args.out.empty()) {
    std::cout << text;
    return kExitOk;
  }
  try {
    write_file_atomically(args.out, text);
    if (!args.scenario.empty()) {
      Json scenario = read_library_json(kDefaultScenario);
      const auto scenario_dir = std::filesystem::absolute(args.scenario).parent_path();
      scenario["name"] = fmt::format("synthetic-{}", args.jurisdictions);
      scenario["description"] = fmt::format(
          "The default scenario (2013 weather, nash) on a synthetic region of {} jurisdictions (airgov synth --seed {}).",
          args.jurisdictions, args.seed);
      scenario["question"] = "How does the simulator scale with the number of jurisdictions?";
      scenario["region"] = std::filesystem::relative(std::filesystem::absolute(args.out), scenario_dir).generic_string();
      scenario["weather"] = read_library_json("scenarios/weather/north-china-plain.json");
      write_file_atomically(args.scenario, json_text(scenario, 2, "the synthetic scenario") + "\n");
    }
  } catch (const AirgovError&) {
    throw;
  } catch (const std::exception& e) {
    throw CannotWriteError(fmt::format("synth: {}", e.what()));
  }
  spdlog::info("wrote {} jurisdictions to {}{}", args.jurisdictions, args.out,
               args.scenario.empty() ? "" : " and a scenario using them to " + args.scenario);
  return kExitOk;
}

}  // namespace

void add_synth_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<SynthArguments>();
  auto* sub = app.add_subcommand("synth", "Write a synthetic region of N jurisdictions (drawn positions, populations and "
                                          "emissions on the North China Plain) for scale tests");
  sub->add_option("--jurisdictions", args->jurisdictions, "Number of jurisdictions")
      ->required()
      ->check(CLI::Range(1, kMaxJurisdictions));
  sub->add_option("--seed", args->seed, "Random seed")->capture_default_str();
  sub->add_option("--out", args->out, "Region file to write (default: standard output)");
  sub->add_option("--scenario", args->scenario,
                  "Also write a scenario (the default one, weather inlined) that uses the region of --out");
  sub->callback([args, &chosen] { chosen = [args] { return synth(*args); }; });
}

}  // namespace airgov::cli
