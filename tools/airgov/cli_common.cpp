#include "tools/airgov/cli_common.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "models/assembly/models.hpp"
#include "sim/core/errors.hpp"
#include "sim/scenario/load.hpp"
#include "tools/airgov/embedded.hpp"

namespace airgov::cli {

std::optional<std::string> ScenarioSource::read(const std::string& path) const {
  if (auto text = FileSystemSource().read(path)) return text;
  const std::string normal = std::filesystem::path(path).lexically_normal().string();
  for (const auto& file : embedded::files()) {
    if (file.path == normal) {
      spdlog::debug("{}: not on disk, using the copy built into airgov", path);
      return std::string(file.content);
    }
  }
  return std::nullopt;
}

std::string read_input(const std::string& path, const std::string& what) {
  auto text = ScenarioSource().read(path);
  if (!text) throw MissingFileError(fmt::format("{}: {} not found", path, what));
  return std::move(*text);
}

ScenarioDescription load(const std::string& path) {
  const std::string file = path.empty() ? kDefaultScenario : path;
  spdlog::debug("loading scenario {}", file);
  return load_scenario(file, ScenarioSource());
}

int load_every(const std::vector<std::string>& files,
               const std::function<void(const std::string& file, ScenarioDescription&& scenario)>& on_loaded) {
  bool missing = false, invalid = false;
  for (const auto& file : files) {
    try {
      auto scenario = load(file);
      assembly::require_fits_region_size(scenario);
      on_loaded(file, std::move(scenario));
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
}

void configure_logging(bool verbose, bool quiet) {
  auto logger = spdlog::stderr_color_mt("airgov");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("%^%l%$: %v");
  spdlog::set_level(verbose ? spdlog::level::debug : quiet ? spdlog::level::err : spdlog::level::info);
}

std::string wrap(const std::string& text, std::size_t width) {
  std::string out, line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!line.empty()) out += line + "\n";
  return out;
}

}  // namespace airgov::cli
