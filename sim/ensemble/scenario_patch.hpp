#pragma once
// Typed patching of a ScenarioDescription by JSON Pointer (RFC 6901). A design names the scenario
// values it varies by pointer (`/levers/funding`); each supported pointer maps to a setter on the
// parsed description, so a sweep parses and validates the base scenario once and each run only
// copies and patches it. Supported pointers (supported_patch_pointers() lists them for a scenario):
//   /levers/<lever>                      the six levers, [0, 1]
//   /economics/<field>                   marginal_abatement_cost_cny_per_t, reference_effort,
//                                        max_effort, damage_cny_per_person_per_ugm3, tau_max
//   /chemistry/sulfate_yield, /chemistry/nitrate_yield
//   /decision/rule, /decision/period     (categorical: string values)
//   /decision/<option>                   implementation_lag_days, initial_cooperators,
//                                        imitation_noise, reciprocity_beta
//   /emissions/residential_heating_factor
//   /days                                (integer)
//   /region/jurisdictions/<k>/abatement_cost_multiplier   (k: index or jurisdiction id)
//   /weather/regimes/<k>/<field>         wind_speed_ms, mixing_height_m, background_ugm3,
//                                        deposition_velocity_ms, wet_removal_per_s, venting_per_s
//                                        (k: index or regime name)
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "sim/scenario/json_reader.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::ensemble {

// Which prebuilt models a patch invalidates (ordered: a larger value includes the smaller ones).
enum class ModelImpact {
  none = 0,       // read by the simulation itself (levers, decision, days)
  game = 1,       // the game model (economics, cost multipliers)
  emissions = 2,  // the emission model (chemistry, emissions)
  all = 3,        // transport and weather: rebuild every model
};

using PatchValue = std::variant<double, std::string>;

struct PatchTarget {
  std::string pointer;                  // canonical, with indices (not ids)
  bool categorical = false;             // takes a string from `choices`
  bool integer = false;                 // numeric values are rounded to whole numbers
  Range range;                          // numeric values
  std::vector<std::string> choices;     // categorical values
  ModelImpact impact = ModelImpact::none;
  std::size_t index = 0;                // jurisdiction or regime index, when the pointer has one
  int field = 0;                        // internal: which setter
};

// The target a pointer names in this scenario; nullopt (and an issue at `design_pointer`, with a
// did-you-mean among the supported pointers) when it names nothing supported.
std::optional<PatchTarget> resolve_patch_target(const std::string& pointer, const ScenarioDescription& scenario,
                                                const std::string& design_pointer, Issues& issues);

// Every supported pointer for this scenario (indices for jurisdictions and regimes).
std::vector<std::string> supported_patch_pointers(const ScenarioDescription& scenario);

// Sets the value. A numeric value of an integer target is rounded. Throws std::invalid_argument
// when the value is of the wrong kind or out of range (a design is checked before any run).
void apply_patch(ScenarioDescription& scenario, const PatchTarget& target, const PatchValue& value);

}  // namespace airgov::ensemble
