#pragma once
// The "planner" rule (MODEL.md section 5.2): full cooperation, the benchmark every other outcome
// is measured against (price of anarchy).
#include <span>
#include <string>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::decision {

// Abatement minimising the social cost, t/yr: A_i = sum_j d_j T_ij / c_i, capped to
// [0, max_effort * Ebar_i].
std::vector<double> planner_abatement(const GameParameters& game);

class PlannerRule final : public DecisionRule {
 public:
  std::string name() const override { return "planner"; }
  // Writes A_i^C / Ebar_i.
  void decide(const DecisionContext& context, std::span<double> effort) override;
};

}  // namespace airgov::decision
