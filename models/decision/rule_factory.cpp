#include "models/decision/rule_factory.hpp"

#include <stdexcept>

#include "models/decision/coalition.hpp"
#include "models/decision/evolutionary.hpp"
#include "models/decision/reciprocity.hpp"
#include "models/decision/nash.hpp"
#include "models/decision/planner.hpp"

namespace airgov::decision {

const std::vector<std::string>& rule_names() {
  static const std::vector<std::string> names = {"nash", "planner", "coalition", "evolutionary", "reciprocity"};
  return names;
}

std::unique_ptr<DecisionRule> make_rule(const std::string& name, const DecisionSpec& options) {
  if (name == "nash") return std::make_unique<NashRule>();
  if (name == "planner") return std::make_unique<PlannerRule>();
  if (name == "coalition") return std::make_unique<CoalitionRule>();
  if (name == "evolutionary") {
    EvolutionaryOptions evolutionary;
    evolutionary.initial_cooperator_share = options.initial_cooperators;
    evolutionary.noise_scale_cny = options.imitation_noise;
    return std::make_unique<EvolutionaryRule>(evolutionary);
  }
  if (name == "reciprocity") return std::make_unique<ReciprocityRule>(ReciprocityOptions{options.reciprocity_beta});
  std::string known;
  for (const std::string& n : rule_names()) known += (known.empty() ? "" : ", ") + n;
  throw std::invalid_argument("unknown decision rule '" + name + "'; known rules: " + known);
}

}  // namespace airgov::decision
