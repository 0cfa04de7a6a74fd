#pragma once
// What every subcommand shares: logging, finding scenarios (on disk, or built into the binary),
// and turning errors into exit codes.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

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

// The text of an input file, from disk or else from the copy built into the binary;
// MissingFileError "PATH: WHAT not found" when neither has it.
std::string read_input(const std::string& path, const std::string& what);

// Loads and validates a scenario ("" = the built-in default).
ScenarioDescription load(const std::string& path);

// Loads every file as `validate` checks it (valid, and its models can be built for its number of
// jurisdictions) and reports every problem of every file on stderr, so that one command shows
// them all. Calls on_loaded for each valid file, in order. Returns 66 if a file was missing,
// else 65 if one was invalid, else 0.
int load_every(const std::vector<std::string>& files,
               const std::function<void(const std::string& file, ScenarioDescription&& scenario)>& on_loaded);

void configure_logging(bool verbose, bool quiet);

// Word-wraps text into lines of at most `width` characters, each ending in a newline (a longer
// word stays whole on its own line).
std::string wrap(const std::string& text, std::size_t width);

}  // namespace airgov::cli
