#pragma once
// The scenarios the web app offers: the default scenario and the scenario library built into the
// binary (scenarios/library/*.json), plus the one given on the command line, each loaded and
// validated once at start-up with its models built (the transport coefficients are shared by
// every session of a preset, as a sweep shares them across runs).
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/assembly/models.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::serve {

struct Preset {
  std::string id;    // "default", "territorial", ... (the file's stem), or "custom"
  std::string file;  // "scenarios/library/territorial.json"
  ScenarioDescription scenario;
  assembly::ScenarioModels models;
};

class PresetLibrary {
 public:
  // Loads the built-in scenarios (read from the binary only, never from the working folder) and,
  // when `custom_file` is not empty, that scenario from disk as preset "custom" (the default).
  // Throws the loaders' errors (exit 65/66) for the custom file.
  explicit PresetLibrary(const std::string& custom_file = "");

  const std::vector<std::shared_ptr<const Preset>>& all() const { return presets_; }
  std::vector<std::string> ids() const;
  const std::string& default_id() const { return default_id_; }
  // Throws ApiError 400 naming `parameter` for an unknown id.
  std::shared_ptr<const Preset> find(const std::string& id, const std::string& parameter) const;

  // For GET /api/presets: id, name, description, question, rule, seed, days, start date, levers.
  nlohmann::json list_json() const;

 private:
  std::vector<std::shared_ptr<const Preset>> presets_;
  std::string default_id_;
};

// The jurisdictions of a preset's region for the map: id, names, province, lat/lon, population,
// groups, and the institutional ties.
nlohmann::json region_json(const RegionSpec& region);

}  // namespace airgov::serve
