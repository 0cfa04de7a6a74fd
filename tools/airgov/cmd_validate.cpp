// airgov validate SCENARIO...: checks every file, reports every problem, changes nothing.
#include <fmt/format.h>

#include <iostream>

#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"

namespace airgov::cli {

void add_validate_command(CLI::App& app, Action& chosen) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto* sub = app.add_subcommand("validate", "Check scenario files and report every problem found (exit 65 if any is "
                                             "invalid, 66 if any is missing)");
  sub->add_option("SCENARIO", *files, "Scenario files (JSON) to check")->required();
  sub->callback([files, &chosen] {
    chosen = [files] {
      return load_every(*files, [](const std::string& file, ScenarioDescription&& scenario) {
        std::cout << fmt::format("{}: valid ({} jurisdictions, {} days from {})\n", file,
                                 scenario.region.jurisdictions.size(), scenario.days, scenario.start_date.iso());
      });
    };
  });
}

}  // namespace airgov::cli
