#include "models/decision/planner.hpp"

#include <algorithm>
#include <stdexcept>

#include "models/decision/capped_abatement.hpp"
#include "models/decision/sparse_rules.hpp"
#include "models/economics/closed_form.hpp"

namespace airgov::decision {

std::vector<double> planner_abatement(const GameParameters& game) {
  // SC = sum_i c_i A_i^2 / 2 + sum_j d_j (B_j + sum_i T_ij (Ebar_i - A_i))
  //    = const + sum_i (c_i A_i^2 / 2 - A_i sum_j d_j T_ij):
  // a sum of one-variable convex terms, and the constraints are a box (each A_i in its own
  // interval). The problem therefore splits into n independent one-dimensional problems, and
  // for each the constrained minimiser is the unconstrained one projected onto its interval;
  // capping coordinate by coordinate is exactly optimal, not an approximation.
  economics::check_game(game);
  const std::size_t n = game.size();
  std::vector<double> abatement(n);
  for (std::size_t i = 0; i < n; ++i) {
    double benefit = 0;  // damage avoided over all receptors per t/yr cut at i
    for (std::size_t j = 0; j < n; ++j) {
      benefit += game.damage_weight[j] * game.source_receptor(i, j);
    }
    // The legal floor binds the planner too (its interval is [floor, A_max]); penalties and
    // rewards are transfers and do not enter the social cost it minimises.
    const double max_a = game.max_effort * game.baseline_t_per_year[i];
    const double floor = std::min(max_a, game.institutions.legal_floor_effort * game.baseline_t_per_year[i]);
    abatement[i] = std::max(floor, capped_abatement(benefit, game.cost_coefficient[i], max_a));
  }
  return abatement;
}

void PlannerRule::decide(const DecisionContext& context, std::span<double> effort) {
  if (effort.size() != context.game.size()) {
    throw std::invalid_argument("PlannerRule: effort has the wrong size");
  }
  // Above the dense limit the game carries the sparse T only (models/decision/sparse_rules.hpp).
  const GameParameters& game = context.game;
  const std::vector<double> result = economics::effort_from_abatement(
      game, game.sparse_source_receptor && game.source_receptor.rows() == 0
                ? planner_abatement(game, *game.sparse_source_receptor)
                : planner_abatement(game));
  std::ranges::copy(result, effort.begin());
}

}  // namespace airgov::decision
