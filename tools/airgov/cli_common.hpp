#pragma once
// What every subcommand shares: logging, finding scenarios (on disk, or built into the binary),
// and turning errors into exit codes.
#include <cstddef>
#include <string>

#include "sim/scenario/document_source.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::cli {

inline constexpr const char* kDefaultScenario = "scenarios/default.json";

// Reads from disk; a path that is not on disk but names a file of the built-in scenario library
// (e.g. "scenarios/library/territorial.json") is read from the binary, so examples work from
// any folder.
class ScenarioSource final : public DocumentSource {
 public:
  std::optional<std::string> read(const std::string& path) const override;
};

// Loads and validates a scenario ("" = the built-in default).
ScenarioDescription load(const std::string& path);

void configure_logging(bool verbose, bool quiet);

// Word-wraps text into lines of at most `width` characters, each ending in a newline (a longer
// word stays whole on its own line).
std::string wrap(const std::string& text, std::size_t width);

}  // namespace airgov::cli
