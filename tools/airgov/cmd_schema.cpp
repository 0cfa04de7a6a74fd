// airgov schema KIND: prints the JSON Schema (Draft 7) of one input format. The schemas live in
// sim/scenario/schemas/ and are compiled into the binary. They describe the shape of each file
// (members, types, ranges); `airgov validate` checks that and the rules across members too.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "tools/airgov/commands.hpp"
#include "tools/airgov/embedded.hpp"

namespace airgov::cli {

void add_schema_command(CLI::App& app, Action& chosen) {
  auto kind = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("schema", "Print the JSON Schema (Draft 7) of an input format: scenario, region, "
                                           "weather or design");
  sub->add_option("KIND", *kind, "scenario, region, weather or design")
      ->required()
      ->check(CLI::IsMember({"scenario", "region", "weather", "design"}));
  sub->callback([kind, &chosen] {
    chosen = [kind] {
      const std::string path = "sim/scenario/schemas/" + *kind + ".schema.json";
      for (const auto& file : embedded::schema_files()) {
        if (file.path == path) {
          std::cout << file.content;
          return 0;
        }
      }
      std::cerr << fmt::format("airgov: internal error: no schema {} built in\n", path);
      return 70;
    };
  });
}

}  // namespace airgov::cli
