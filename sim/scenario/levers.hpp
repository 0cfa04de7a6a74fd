#pragma once
// The six institutional levers of the seed study (laws and regulations, organizational
// mechanism, information platform, joint enforcement and supervision, technology, funding):
// the values, their names in scenarios and reports, and access by index or name, so that the
// loaders, the event timeline and the reports share one list.
#include <array>
#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

namespace airgov {

// Each in [0, 1].
struct Levers {
  double laws_regulations = 0;
  double organizational_mechanism = 0;
  double information_platform = 0;
  double joint_enforcement_supervision = 0;
  double technology = 0;
  double funding = 0;
};
inline constexpr std::array<const char*, 6> kLeverNames = {
    "laws_regulations", "organizational_mechanism", "information_platform",
    "joint_enforcement_supervision", "technology", "funding"};

// Lever k, in the order of kLeverNames.
double& lever(Levers& levers, std::size_t k);
double lever(const Levers& levers, std::size_t k);

// Sets the lever called `name`; false (and nothing changed) when no lever has that name.
bool set_lever(Levers& levers, std::string_view name, double value);

// {"laws_regulations": ..., ..., "funding": ...} in the order of kLeverNames.
nlohmann::json levers_json(const Levers& levers);

}  // namespace airgov
