#include "tools/airgov/serve/presets.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <filesystem>

#include "sim/scenario/json_reader.hpp"
#include "sim/scenario/load.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/embedded.hpp"
#include "tools/airgov/serve/api_error.hpp"

namespace airgov::serve {
namespace {

// Only the copies compiled into the binary: a preset id never reaches the file system.
class EmbeddedSource final : public DocumentSource {
 public:
  std::optional<std::string> read(const std::string& path) const override {
    const std::string normal = std::filesystem::path(path).lexically_normal().string();
    for (const auto& file : embedded::files())
      if (file.path == normal) return std::string(file.content);
    return std::nullopt;
  }
};

std::shared_ptr<const Preset> make_preset(std::string id, std::string file, ScenarioDescription scenario) {
  auto p = std::make_shared<Preset>();
  p->id = std::move(id);
  p->file = std::move(file);
  p->scenario = std::move(scenario);
  p->models = assembly::build_models(p->scenario);
  return p;
}

}  // namespace

PresetLibrary::PresetLibrary(const std::string& custom_file) {
  if (!custom_file.empty()) {
    presets_.push_back(make_preset("custom", custom_file, cli::load(custom_file)));
    default_id_ = "custom";
  }
  EmbeddedSource source;
  presets_.push_back(make_preset("default", cli::kDefaultScenario, load_scenario(cli::kDefaultScenario, source)));
  if (default_id_.empty()) default_id_ = "default";
  std::vector<std::string> library;
  for (const auto& file : embedded::files()) {
    const std::string path(file.path);
    if (path.rfind("scenarios/library/", 0) == 0 && path.ends_with(".json")) library.push_back(path);
  }
  std::sort(library.begin(), library.end());
  for (const auto& path : library) {
    const std::string id = std::filesystem::path(path).stem().string();
    presets_.push_back(make_preset(id, path, load_scenario(path, source)));
  }
  spdlog::debug("serve: {} presets loaded", presets_.size());
}

std::vector<std::string> PresetLibrary::ids() const {
  std::vector<std::string> out;
  for (const auto& p : presets_) out.push_back(p->id);
  return out;
}

std::shared_ptr<const Preset> PresetLibrary::find(const std::string& id, const std::string& parameter) const {
  for (const auto& p : presets_)
    if (p->id == id) return p;
  std::string hint;
  if (auto m = did_you_mean(id, ids())) hint = fmt::format(" (did you mean \"{}\"?)", *m);
  std::string list;
  for (const auto& p : presets_) list += (list.empty() ? "" : ", ") + p->id;
  throw ApiError(400, parameter, fmt::format("unknown preset \"{}\"{}; expected one of {}", id, hint, list));
}

nlohmann::json PresetLibrary::list_json() const {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : presets_) {
    const auto& s = p->scenario;
    nlohmann::json levers = nlohmann::json::object();
    const double values[] = {s.levers.laws_regulations, s.levers.organizational_mechanism,
                             s.levers.information_platform, s.levers.joint_enforcement_supervision,
                             s.levers.technology, s.levers.funding};
    for (std::size_t k = 0; k < kLeverNames.size(); ++k) levers[kLeverNames[k]] = values[k];
    out.push_back({{"id", p->id},
                   {"file", p->file},
                   {"name", s.name},
                   {"description", s.description},
                   {"rule", s.decision.rule},
                   {"period", s.decision.period},
                   {"seed", s.seed},
                   {"days", s.days},
                   {"start_date", s.start_date.iso()},
                   {"jurisdictions", s.region.jurisdictions.size()},
                   {"events", s.events.size()},
                   {"levers", levers}});
  }
  return out;
}

nlohmann::json region_json(const RegionSpec& region) {
  nlohmann::json js = nlohmann::json::array();
  for (const auto& j : region.jurisdictions)
    js.push_back({{"id", j.id},
                  {"name", j.name},
                  {"name_zh", j.name_zh},
                  {"province", j.province},
                  {"lat", j.lat_deg},
                  {"lon", j.lon_deg},
                  {"population_million", j.population_million},
                  {"groups", j.groups}});
  nlohmann::json ties = nlohmann::json::array();
  for (const auto& t : region.ties) ties.push_back({{"from", t.from}, {"to", t.to}, {"kind", t.kind}});
  return {{"name", region.name}, {"jurisdictions", js}, {"ties", ties}};
}

}  // namespace airgov::serve
