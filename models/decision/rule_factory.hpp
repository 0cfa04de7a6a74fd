#pragma once
// Decision rules by the name a scenario gives them ("decision": {"rule": ...}).
#include <memory>
#include <string>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::decision {

// The names make_rule accepts, in the order they are documented (for messages and validation).
const std::vector<std::string>& rule_names();

// A fresh rule with the scenario's options for it; throws std::invalid_argument naming the known
// rules for any other name.
std::unique_ptr<DecisionRule> make_rule(const std::string& name, const DecisionSpec& options = {});

}  // namespace airgov::decision
