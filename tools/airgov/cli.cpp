#include <spdlog/spdlog.h>

#include <iostream>

#include "sim/core/errors.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"

namespace airgov::cli {

int main(int argc, char** argv) {
  CLI::App app{"airgov: an agent-based simulator of intergovernmental cooperation on air pollution in\n"
               "Beijing-Tianjin-Hebei and the surrounding cities. Governments choose how much to cut\n"
               "emissions under six institutional levers; the engine steps weather, emissions, transport\n"
               "between cities and air quality day by day, and reports PM2.5, AQI days, cost and payoffs.\n\n"
               "Exit codes: 0 ok, 64 usage, 65 invalid input, 66 missing file, 70 internal error,\n"
               "73 cannot write output.",
               "airgov"};
  app.set_version_flag("--version", std::string("airgov ") + AIRGOV_VERSION);
  bool verbose = false, quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log details to stderr");
  app.add_flag("-q,--quiet", quiet, "Log only errors");
  app.require_subcommand(1);
  app.fallthrough();  // global flags (--verbose, --quiet) may follow the subcommand
  Action chosen;
  add_run_command(app, chosen);
  add_validate_command(app, chosen);
  add_transport_command(app, chosen);
  add_calibrate_command(app, chosen);
  add_hindcast_command(app, chosen);
  add_compare_command(app, chosen);
  add_sweep_command(app, chosen);
  add_merge_command(app, chosen);
  add_synth_command(app, chosen);
  add_schema_command(app, chosen);
  add_sensitivity_command(app, chosen);
  add_sensitivity_run_command(app, chosen);
  add_serve_command(app, chosen);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  configure_logging(verbose, quiet);
  try {
    return chosen ? chosen() : kExitUsage;
  } catch (const AirgovError& e) {
    std::cerr << "airgov: " << e.what() << '\n';
    return e.code();
  } catch (const std::exception& e) {
    std::cerr << "airgov: internal error: " << e.what() << '\n';
    return kExitInternal;
  }
}

}  // namespace airgov::cli
