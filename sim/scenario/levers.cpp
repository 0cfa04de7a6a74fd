#include "sim/scenario/levers.hpp"

#include <stdexcept>
#include <string>

namespace airgov {

double& lever(Levers& levers, std::size_t k) {
  double* fields[] = {&levers.laws_regulations, &levers.organizational_mechanism, &levers.information_platform,
                      &levers.joint_enforcement_supervision, &levers.technology, &levers.funding};
  if (k >= kLeverNames.size()) throw std::out_of_range("lever index " + std::to_string(k));
  return *fields[k];
}

double lever(const Levers& levers, std::size_t k) { return lever(const_cast<Levers&>(levers), k); }

bool set_lever(Levers& levers, std::string_view name, double value) {
  for (std::size_t k = 0; k < kLeverNames.size(); ++k) {
    if (name == kLeverNames[k]) {
      lever(levers, k) = value;
      return true;
    }
  }
  return false;
}

nlohmann::json levers_json(const Levers& levers) {
  nlohmann::json out = nlohmann::json::object();
  for (std::size_t k = 0; k < kLeverNames.size(); ++k) out[kLeverNames[k]] = lever(levers, k);
  return out;
}

}  // namespace airgov
