// The design document: base scenario, varied parameters, sampling plan, replicates, outcomes.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "sim/core/sha256.hpp"
#include "sim/ensemble/design.hpp"
#include "sim/ensemble/run_plan.hpp"
#include "sim/scenario/load.hpp"

namespace airgov::ensemble {

ModelImpact Design::impact() const {
  ModelImpact m = ModelImpact::none;
  for (const auto& p : parameters) m = std::max(m, p.target.impact);
  return m;
}

namespace {

// Limits of a design (README, "Input limits"), checked before anything is sampled: the run plan
// keeps every sampled point (8 bytes per parameter) and a sweep a bit per run, so a design past
// them would exhaust memory (a 1000^4 grid did: std::bad_alloc, exit 70) rather than be refused.
inline constexpr std::uint64_t kMaxRuns = std::uint64_t{1} << 31;         // 256 MiB of bits
inline constexpr std::uint64_t kMaxPointValues = std::uint64_t{1} << 25;  // 256 MiB of doubles

bool valid_name(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
  });
}

void read_parameter(const Json& node, const std::string& p, Design& design, Issues& issues) {
  ObjectReader r(node, p, issues);
  DesignParameter param;
  param.name = r.string("name", true).value_or("");
  if (r.has("name") && !param.name.empty() && !valid_name(param.name)) {
    issues.add(r.pointer("name"), fmt::format("\"{}\" is not a column name: use letters, digits, _ . - (at most 64)",
                                              param.name));
  }
  const auto pointer = r.string("pointer", true);
  std::optional<PatchTarget> target;
  if (pointer) target = resolve_patch_target(*pointer, design.scenario, r.pointer("pointer"), issues);
  const auto lower = r.number("lower", {}, false);
  const auto upper = r.number("upper", {}, false);
  const Json* values = r.array("values", false);
  if (r.has("levels")) param.levels = static_cast<int>(r.integer("levels", 1, 1000000, false).value_or(0));
  r.string("description", false);
  r.finish();
  if (!target) return;
  param.target = *target;
  if (values) {
    if (values->empty()) issues.add(r.pointer("values"), "give at least one value");
    for (std::size_t k = 0; k < values->size(); ++k) {
      const std::string vp = r.pointer("values") + "/" + std::to_string(k);
      const Json& v = (*values)[k];
      if (target->categorical) {
        if (!v.is_string()) {
          issues.add(vp, fmt::format("expected a string, found {}", describe(v)));
          continue;
        }
        const auto text = v.get<std::string>();
        if (std::find(target->choices.begin(), target->choices.end(), text) == target->choices.end()) {
          std::string message = fmt::format("\"{}\" is not a value of {}", text, target->pointer);
          if (auto guess = did_you_mean(text, target->choices)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
          issues.add(vp, message);
          continue;
        }
        param.categories.push_back(text);
      } else if (auto number = read_number(v, vp, target->range, issues)) {
        param.values.push_back(*number);
      }
    }
    if (lower || upper) issues.add(p, "give either values or lower and upper, not both");
  } else if (target->categorical) {
    issues.add(p, fmt::format("{} takes named values: give \"values\" (one of {})", target->pointer,
                              fmt::join(target->choices, ", ")));
  } else if (!lower || !upper) {
    issues.add(p, "give lower and upper (or a list of values)");
  } else {
    param.lower = *lower;
    param.upper = *upper;
    if (!(param.lower <= param.upper)) issues.add(r.pointer("upper"), "must be >= lower");
    if (!target->range.contains(param.lower)) {
      issues.add(r.pointer("lower"), fmt::format("{} is outside {} for {}", param.lower, target->range.describe(),
                                                 target->pointer));
    }
    if (!target->range.contains(param.upper)) {
      issues.add(r.pointer("upper"), fmt::format("{} is outside {} for {}", param.upper, target->range.describe(),
                                                 target->pointer));
    }
  }
  design.parameters.push_back(param);
}

}  // namespace

Design load_design(const std::string& path, const DocumentSource& source) {
  const ParsedDocument document = read_document(path, source);
  Issues issues(path);

  Design d;
  d.file = path;
  d.sha256 = sha256_hex(document.text);
  ObjectReader reader(document.json, "", issues);
  check_schema_version(reader, issues, DocumentKind::design);
  d.name = reader.string("name", true).value_or("");
  reader.string("description", false);
  d.seed = static_cast<std::uint64_t>(reader.integer("seed", 0, (1LL << 53), false).value_or(1));
  d.replicates = static_cast<int>(reader.integer("replicates", 1, 1000000, false).value_or(1));
  if (auto seeds = reader.choice("seeds", {"per_run", "per_replicate"}, false)) {
    d.seeds = *seeds == "per_run" ? SeedPolicy::per_run : SeedPolicy::per_replicate;
  }
  const auto scenario = reader.string("scenario", true);
  const Json* fixed = reader.object("fixed", false);
  const Json* parameters = reader.array("parameters", true);
  const Json* sampling = reader.object("sampling", false);
  const Json* outcomes = reader.array("outcomes", true);
  const Json* per_jurisdiction = reader.any("per_jurisdiction", false);
  reader.finish();
  if (!scenario) issues.throw_if_any();
  // The base scenario: its own problems are reported against its own file.
  d.scenario_file = source.resolve(path, *scenario);
  if (!source.read(d.scenario_file)) {
    throw MissingFileError(fmt::format("{}: /scenario: file not found: {}", path, d.scenario_file));
  }
  d.scenario = load_scenario(d.scenario_file, source);

  if (fixed) {
    for (const auto& [pointer, value] : fixed->items()) {
      const std::string p = "/fixed/" + escape_pointer_token(pointer);
      auto target = resolve_patch_target(pointer, d.scenario, p, issues);
      if (!target) continue;
      try {
        if (value.is_string()) apply_patch(d.scenario, *target, value.get<std::string>());
        else if (value.is_number()) apply_patch(d.scenario, *target, value.get<double>());
        else throw std::invalid_argument(fmt::format("expected a number or a string, found {}", describe(value)));
        d.fixed_impact = std::max(d.fixed_impact, target->impact);
      } catch (const std::invalid_argument& e) {
        issues.add(p, e.what());
      }
    }
  }
  int default_levels = 3;
  std::string method = "grid";
  if (sampling) {
    ObjectReader s(*sampling, "/sampling", issues);
    method = s.choice("method", {"grid", "random", "lhs", "saltelli", "morris"}, true).value_or("grid");
    default_levels = static_cast<int>(s.integer("levels", 1, 1000000, false).value_or(3));
    const auto points = s.integer("points", 1, 1LL << 32, method != "grid");
    d.points = static_cast<std::uint64_t>(points.value_or(0));
    if (method == "grid" && s.has("points")) issues.add(s.pointer("points"), "a grid has as many points as its levels give; remove points");
    if (method != "grid" && method != "morris" && s.has("levels")) {
      issues.add(s.pointer("levels"), "levels apply to a grid or Morris trajectories only");
    }
    if (method == "saltelli") {
      d.max_order = static_cast<int>(s.integer("max_order", 1, 2, false).value_or(2));
      if (points && (*points & (*points - 1)) != 0) {
        issues.add(s.pointer("points"), fmt::format("{} is not a power of two (Saltelli's N: 256, 512, 1024, ...)", *points));
      }
    } else if (s.has("max_order")) {
      s.integer("max_order", 1, 2, false);
      issues.add(s.pointer("max_order"), "max_order applies to saltelli only");
    }
    if (method == "morris") {
      d.morris_levels = default_levels = static_cast<int>(s.integer("levels", 2, 1000, false).value_or(4));
      if (d.morris_levels % 2 != 0) issues.add(s.pointer("levels"), "Morris needs an even number of levels");
      if (points && *points < 2) issues.add(s.pointer("points"), "Morris needs at least 2 trajectories");
    }
    s.finish();
    d.method = method == "grid"       ? SamplingMethod::grid
               : method == "random"   ? SamplingMethod::random
               : method == "lhs"      ? SamplingMethod::lhs
               : method == "saltelli" ? SamplingMethod::saltelli
                                      : SamplingMethod::morris;
  }
  if (parameters) {
    std::set<std::string> names, pointers;
    for (std::size_t k = 0; k < parameters->size(); ++k) {
      const std::string p = "/parameters/" + std::to_string(k);
      const std::size_t before = d.parameters.size();
      read_parameter((*parameters)[k], p, d, issues);
      if (d.parameters.size() == before) continue;
      auto& param = d.parameters.back();
      if (param.levels == 0) param.levels = default_levels;
      if (!names.insert(param.name).second) issues.add(p + "/name", fmt::format("\"{}\" is named twice", param.name));
      if (!pointers.insert(param.target.pointer).second) {
        issues.add(p + "/pointer", fmt::format("{} is varied twice", param.target.pointer));
      }
    }
  }
  std::vector<std::string> columns{"run_id", "point_id", "replicate", "seed"};
  for (const auto& param : d.parameters) {
    if (std::find(columns.begin(), columns.end(), param.name) != columns.end()) {
      issues.add("/parameters", fmt::format("\"{}\" is a reserved column name", param.name));
    }
  }
  if (outcomes) {
    for (std::size_t k = 0; k < outcomes->size(); ++k) {
      const std::string p = "/outcomes/" + std::to_string(k);
      const Json& o = (*outcomes)[k];
      if (!o.is_string()) {
        issues.add(p, fmt::format("expected an outcome name, found {}", describe(o)));
        continue;
      }
      const auto name = o.get<std::string>();
      if (std::find(kOutcomeNames.begin(), kOutcomeNames.end(), name) == kOutcomeNames.end()) {
        std::string message = fmt::format("unknown outcome \"{}\"", name);
        if (auto guess = did_you_mean(name, kOutcomeNames)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
        else message += fmt::format("; known: {}", fmt::join(kOutcomeNames, ", "));
        issues.add(p, message);
        continue;
      }
      if (std::find(d.outcomes.begin(), d.outcomes.end(), name) != d.outcomes.end()) {
        issues.add(p, fmt::format("\"{}\" is listed twice", name));
        continue;
      }
      if (name == "deaths" && (d.scenario.health.baseline_mortality_per_1000 <= 0 || d.scenario.health.adult_share <= 0)) {
        issues.add(p, "deaths need the scenario's health section (baseline_mortality_per_1000, adult_share)");
      }
      d.outcomes.push_back(name);
    }
    if (outcomes->empty()) issues.add("/outcomes", "name at least one outcome");
  }
  if (per_jurisdiction) {
    std::vector<std::string> ids;
    for (const auto& j : d.scenario.region.jurisdictions) ids.push_back(j.id);
    if (per_jurisdiction->is_boolean()) {
      if (per_jurisdiction->get<bool>()) {
        for (std::size_t k = 0; k < ids.size(); ++k) d.jurisdictions.push_back(k);
      }
    } else if (per_jurisdiction->is_array()) {
      for (std::size_t k = 0; k < per_jurisdiction->size(); ++k) {
        const std::string p = "/per_jurisdiction/" + std::to_string(k);
        const Json& v = (*per_jurisdiction)[k];
        const auto it = v.is_string() ? std::find(ids.begin(), ids.end(), v.get<std::string>()) : ids.end();
        if (it == ids.end()) {
          std::string message = fmt::format("{} is not a jurisdiction id of the scenario", describe(v));
          if (v.is_string()) {
            if (auto guess = did_you_mean(v.get<std::string>(), ids)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
          }
          issues.add(p, message);
          continue;
        }
        d.jurisdictions.push_back(static_cast<std::size_t>(it - ids.begin()));
      }
    } else {
      issues.add("/per_jurisdiction", fmt::format("expected true, false or a list of jurisdiction ids, found {}",
                                                  describe(*per_jurisdiction)));
    }
  }
  if (d.method == SamplingMethod::saltelli || d.method == SamplingMethod::morris) {
    for (std::size_t k = 0; k < d.parameters.size(); ++k) {
      const auto& param = d.parameters[k];
      if (param.explicit_values() || param.target.categorical || !(param.lower < param.upper)) {
        issues.add(fmt::format("/parameters/{}", k), "Saltelli and Morris sample numeric parameters between "
                                                     "lower and upper (lower < upper), not lists of values");
      }
    }
  }
  if (issues.empty()) {
    const std::uint64_t dims = d.parameters.size();
    const std::uint64_t points = d.method == SamplingMethod::grid       ? grid_size(d, kMaxRuns)
                                 : d.method == SamplingMethod::saltelli ? d.points * (d.max_order == 2 ? 2 * dims + 2 : dims + 2)
                                 : d.method == SamplingMethod::morris   ? d.points * (dims + 1)
                                                                        : d.points;
    const std::string where = d.method == SamplingMethod::grid ? "/parameters" : "/sampling/points";
    if (points == 0 || points > kMaxRuns || points * static_cast<std::uint64_t>(d.replicates) > kMaxRuns) {
      issues.add(where, fmt::format("the design has more than {} runs (the limit); split it into several designs",
                                    kMaxRuns));
    } else if (points * dims > kMaxPointValues) {
      issues.add(where, fmt::format("the design samples {} points of {} parameters: more than {} values (the limit); "
                                    "use fewer points or split it into several designs",
                                    points, dims, kMaxPointValues));
    } else if (d.method == SamplingMethod::grid) {
      d.points = points;
    }
  }
  issues.throw_if_any();
  return d;
}

}  // namespace airgov::ensemble
