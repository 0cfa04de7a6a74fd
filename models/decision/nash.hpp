#pragma once
// The "nash" rule (MODEL.md section 5.1): each government cuts what maximises its own payoff.
#include <span>
#include <string>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::decision {

// Best-response abatement, t/yr: A_i = (d_i T_ii + omega * sum_{j != i} d_j T_ij) / c_i, capped to
// [0, max_effort * Ebar_i]. With quadratic cost and linear damage, i's payoff is separable in A_i
// (others' abatement only shifts X_i by a constant), so this is a dominant strategy: it does not
// depend on what the others do or on what i observes of them.
// omega in [0, 1] is the organizational weight on the damage i causes its neighbours (0: purely
// territorial, 1: counts it as its own, which is the planner); else std::invalid_argument.
std::vector<double> nash_abatement(const GameParameters& game, double omega = 0.0);

class NashRule final : public DecisionRule {
 public:
  std::string name() const override { return "nash"; }
  // Writes A_i^N / Ebar_i, with omega from the organizational mechanism and the targets, fines,
  // rewards and legal floor of the period's institutional terms.
  void decide(const DecisionContext& context, std::span<double> effort) override;
};

}  // namespace airgov::decision
