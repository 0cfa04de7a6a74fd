#include "sim/ensemble/scenario_patch.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <stdexcept>

#include "sim/scenario/load.hpp"

namespace airgov::ensemble {
namespace {

enum Field : int {
  kLever0 = 0,  // .. kLever0 + 5
  kMac = 10, kReferenceEffort, kMaxEffort, kDamage, kTauMax,
  kSulfate = 20, kNitrate,
  kRule = 30, kPeriod, kLag, kInitialCooperators, kImitationNoise, kReciprocityBeta,
  kHeatingFactor = 40,
  kDays = 50,
  kCostMultiplier = 60,
  kWindSpeed = 70, kMixingHeight, kBackground, kDeposition, kWetRemoval, kVenting,
};

struct SimpleTarget {
  const char* pointer;
  int field;
  Range range;
  ModelImpact impact;
};

const std::vector<SimpleTarget>& simple_targets() {
  static const std::vector<SimpleTarget> targets = [] {
    std::vector<SimpleTarget> t;
    static const std::array<std::string, 6> lever_pointers = [] {
      std::array<std::string, 6> p;
      for (std::size_t k = 0; k < 6; ++k) p[k] = std::string("/levers/") + kLeverNames[k];
      return p;
    }();
    for (int k = 0; k < 6; ++k) t.push_back({lever_pointers[k].c_str(), kLever0 + k, Range::unit(), ModelImpact::none});
    t.push_back({"/economics/marginal_abatement_cost_cny_per_t", kMac, Range::positive(), ModelImpact::game});
    t.push_back({"/economics/reference_effort", kReferenceEffort, {0, 1, true, false}, ModelImpact::game});
    t.push_back({"/economics/max_effort", kMaxEffort, Range::unit(), ModelImpact::game});
    t.push_back({"/economics/damage_cny_per_person_per_ugm3", kDamage, Range::at_least(0), ModelImpact::game});
    t.push_back({"/economics/tau_max", kTauMax, {0, 1, false, true}, ModelImpact::game});
    t.push_back({"/chemistry/sulfate_yield", kSulfate, Range::between(0, 1.5), ModelImpact::emissions});
    t.push_back({"/chemistry/nitrate_yield", kNitrate, Range::between(0, 1.35), ModelImpact::emissions});
    t.push_back({"/decision/rule", kRule, {}, ModelImpact::none});
    t.push_back({"/decision/period", kPeriod, {}, ModelImpact::none});
    t.push_back({"/decision/implementation_lag_days", kLag, Range::between(0, 3650), ModelImpact::none});
    t.push_back({"/decision/initial_cooperators", kInitialCooperators, Range::unit(), ModelImpact::none});
    t.push_back({"/decision/imitation_noise", kImitationNoise, Range::at_least(0), ModelImpact::none});
    t.push_back({"/decision/reciprocity_beta", kReciprocityBeta, Range::unit(), ModelImpact::none});
    t.push_back({"/emissions/residential_heating_factor", kHeatingFactor, Range::positive(), ModelImpact::emissions});
    t.push_back({"/days", kDays, Range::between(1, kMaxDays), ModelImpact::none});
    return t;
  }();
  return targets;
}

struct RegimeField {
  const char* name;
  int field;
  Range range;
};
const std::array<RegimeField, 6> kRegimeFields = {{
    {"wind_speed_ms", kWindSpeed, Range::positive()},
    {"mixing_height_m", kMixingHeight, Range::positive()},
    {"background_ugm3", kBackground, Range::at_least(0)},
    {"deposition_velocity_ms", kDeposition, Range::at_least(0)},
    {"wet_removal_per_s", kWetRemoval, Range::at_least(0)},
    {"venting_per_s", kVenting, Range::at_least(0)},
}};

std::vector<std::string> split_pointer(const std::string& pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty() || pointer[0] != '/') return tokens;
  std::string token;
  for (std::size_t k = 1; k <= pointer.size(); ++k) {
    if (k == pointer.size() || pointer[k] == '/') {
      tokens.push_back(token);
      token.clear();
    } else if (pointer[k] == '~' && k + 1 < pointer.size() && (pointer[k + 1] == '0' || pointer[k + 1] == '1')) {
      token += pointer[k + 1] == '0' ? '~' : '/';
      ++k;
    } else {
      token += pointer[k];
    }
  }
  return tokens;
}

// An array element named by index or by its id/name.
std::optional<std::size_t> element(const std::string& token, const std::vector<std::string>& names) {
  if (!token.empty() && token.find_first_not_of("0123456789") == std::string::npos && token.size() < 10) {
    const std::size_t k = std::stoul(token);
    if (k < names.size()) return k;
    return std::nullopt;
  }
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (names[k] == token) return k;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> supported_patch_pointers(const ScenarioDescription& scenario) {
  std::vector<std::string> out;
  for (const auto& t : simple_targets()) out.push_back(t.pointer);
  for (std::size_t k = 0; k < scenario.region.jurisdictions.size(); ++k) {
    out.push_back(fmt::format("/region/jurisdictions/{}/abatement_cost_multiplier", k));
  }
  for (std::size_t k = 0; k < scenario.weather.regimes.size(); ++k) {
    for (const auto& f : kRegimeFields) out.push_back(fmt::format("/weather/regimes/{}/{}", k, f.name));
  }
  return out;
}

std::optional<PatchTarget> resolve_patch_target(const std::string& pointer, const ScenarioDescription& scenario,
                                                const std::string& design_pointer, Issues& issues) {
  for (const auto& t : simple_targets()) {
    if (pointer != t.pointer) continue;
    PatchTarget target;
    target.pointer = t.pointer;
    target.field = t.field;
    target.range = t.range;
    target.impact = t.impact;
    target.integer = t.field == kDays;
    if (t.field == kRule) {
      target.categorical = true;
      target.choices = kRuleNames;
    } else if (t.field == kPeriod) {
      target.categorical = true;
      target.choices = {"month", "year", "horizon"};
    }
    return target;
  }
  const auto tokens = split_pointer(pointer);
  if (tokens.size() == 4 && tokens[0] == "region" && tokens[1] == "jurisdictions" &&
      tokens[3] == "abatement_cost_multiplier") {
    std::vector<std::string> ids;
    for (const auto& j : scenario.region.jurisdictions) ids.push_back(j.id);
    if (auto k = element(tokens[2], ids)) {
      PatchTarget target;
      target.pointer = fmt::format("/region/jurisdictions/{}/abatement_cost_multiplier", *k);
      target.field = kCostMultiplier;
      target.range = Range::positive();
      target.impact = ModelImpact::game;
      target.index = *k;
      return target;
    }
    std::string message = fmt::format("the scenario has no jurisdiction \"{}\" (give an index below {} or an id)",
                                      tokens[2], ids.size());
    if (auto guess = did_you_mean(tokens[2], ids)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
    issues.add(design_pointer, message);
    return std::nullopt;
  }
  if (tokens.size() == 4 && tokens[0] == "weather" && tokens[1] == "regimes") {
    std::vector<std::string> names;
    for (const auto& r : scenario.weather.regimes) names.push_back(r.name);
    const auto k = element(tokens[2], names);
    for (const auto& f : kRegimeFields) {
      if (tokens[3] != f.name || !k) continue;
      PatchTarget target;
      target.pointer = fmt::format("/weather/regimes/{}/{}", *k, f.name);
      target.field = f.field;
      target.range = f.range;
      target.impact = ModelImpact::all;
      target.index = *k;
      return target;
    }
  }
  std::string message = fmt::format("\"{}\" is not a scenario value a design can vary", pointer);
  if (auto guess = did_you_mean(pointer, supported_patch_pointers(scenario))) {
    message += fmt::format(" (did you mean \"{}\"?)", *guess);
  } else {
    message += "; supported: /levers/<lever>, /economics/<field>, /chemistry/<yield>, /decision/rule, "
               "/decision/<option>, /emissions/residential_heating_factor, /days, "
               "/region/jurisdictions/<k>/abatement_cost_multiplier, /weather/regimes/<k>/<field>";
  }
  issues.add(design_pointer, message);
  return std::nullopt;
}

void apply_patch(ScenarioDescription& s, const PatchTarget& target, const PatchValue& value) {
  if (target.categorical) {
    const auto* text = std::get_if<std::string>(&value);
    if (!text) throw std::invalid_argument(target.pointer + ": expected one of its named values");
    if (std::find(target.choices.begin(), target.choices.end(), *text) == target.choices.end()) {
      throw std::invalid_argument(fmt::format("{}: \"{}\" is not allowed", target.pointer, *text));
    }
    if (target.field == kRule) s.decision.rule = *text;
    else s.decision.period = *text;
    return;
  }
  const auto* number = std::get_if<double>(&value);
  if (!number) throw std::invalid_argument(target.pointer + ": expected a number");
  const double v = target.integer ? std::round(*number) : *number;
  if (!std::isfinite(v) || !target.range.contains(v)) {
    throw std::invalid_argument(fmt::format("{}: {} is outside {}", target.pointer, v, target.range.describe()));
  }
  double* lever[] = {&s.levers.laws_regulations, &s.levers.organizational_mechanism, &s.levers.information_platform,
                     &s.levers.joint_enforcement_supervision, &s.levers.technology, &s.levers.funding};
  switch (target.field) {
    case kMac: s.economics.marginal_abatement_cost_cny_per_t = v; return;
    case kReferenceEffort: s.economics.reference_effort = v; return;
    case kMaxEffort: s.economics.max_effort = v; return;
    case kDamage: s.economics.damage_cny_per_person_per_ugm3 = v; return;
    case kTauMax: s.economics.tau_max = v; return;
    case kSulfate: s.chemistry.sulfate_yield = v; return;
    case kNitrate: s.chemistry.nitrate_yield = v; return;
    case kLag: s.decision.implementation_lag_days = v; return;
    case kInitialCooperators: s.decision.initial_cooperators = v; return;
    case kImitationNoise: s.decision.imitation_noise = v; return;
    case kReciprocityBeta: s.decision.reciprocity_beta = v; return;
    case kHeatingFactor: s.emissions.residential_heating_factor = v; return;
    case kDays: s.days = static_cast<int>(v); return;
    case kCostMultiplier: s.region.jurisdictions.at(target.index).abatement_cost_multiplier = v; return;
    case kWindSpeed: s.weather.regimes.at(target.index).wind_speed_ms = v; return;
    case kMixingHeight: s.weather.regimes.at(target.index).mixing_height_m = v; return;
    case kBackground: s.weather.regimes.at(target.index).background_ugm3 = v; return;
    case kDeposition: s.weather.regimes.at(target.index).deposition_velocity_ms = v; return;
    case kWetRemoval: s.weather.regimes.at(target.index).wet_removal_per_s = v; return;
    case kVenting: s.weather.regimes.at(target.index).venting_per_s = v; return;
    default: break;
  }
  if (target.field >= kLever0 && target.field < kLever0 + 6) {
    *lever[target.field - kLever0] = v;
    return;
  }
  throw std::invalid_argument(target.pointer + ": unsupported target");
}

}  // namespace airgov::ensemble
