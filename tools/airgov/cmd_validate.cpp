// airgov validate SCENARIO...: checks every file, reports every problem, changes nothing.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>

#include "models/assembly/models.hpp"
#include "sim/core/errors.hpp"
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
      bool missing = false, invalid = false;
      for (const auto& file : *files) {
        try {
          const auto scenario = load(file);
          assembly::require_fits_region_size(scenario);
          std::cout << fmt::format("{}: valid ({} jurisdictions, {} days from {})\n", file,
                                   scenario.region.jurisdictions.size(), scenario.days, scenario.start_date.iso());
        } catch (const MissingFileError& e) {
          missing = true;
          std::cerr << e.what() << '\n';
        } catch (const InvalidInputError& e) {
          invalid = true;
          std::cerr << e.what() << '\n';
          std::cerr << fmt::format("{}: {} problem{}\n", file, e.issues().size(), e.issues().size() == 1 ? "" : "s");
        }
      }
      return missing ? kExitMissingFile : invalid ? kExitInvalidInput : kExitOk;
    };
  });
}

}  // namespace airgov::cli
