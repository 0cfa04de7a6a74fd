#include "models/decision/nash.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "models/decision/capped_abatement.hpp"
#include "models/decision/sparse_rules.hpp"
#include "models/economics/closed_form.hpp"

namespace airgov::decision {

std::vector<double> nash_abatement(const GameParameters& game, double omega) {
  if (!(omega >= 0 && omega <= 1)) {
    throw std::invalid_argument("nash_abatement: omega must be in [0, 1], got " +
                                std::to_string(omega));
  }
  economics::check_game(game);
  const std::size_t n = game.size();
  std::vector<double> abatement(n);
  for (std::size_t i = 0; i < n; ++i) {
    // Cutting 1 t/yr lowers X_j by T_ij; i values its own receptor fully, the others by omega.
    double spillover = 0;
    for (std::size_t j = 0; j < n; ++j) {
      if (j != i) spillover += game.damage_weight[j] * game.source_receptor(i, j);
    }
    const double own = game.damage_weight[i] * game.source_receptor(i, i);
    const double benefit = own + omega * spillover + game.institutions.subsidy_cny_per_t;
    abatement[i] = institutional_best_response(benefit, game.cost_coefficient[i], game.institutions,
                                               game.baseline_t_per_year[i], game.max_effort);
  }
  return abatement;
}

void NashRule::decide(const DecisionContext& context, std::span<double> effort) {
  if (effort.size() != context.game.size()) {
    throw std::invalid_argument("NashRule: effort has the wrong size");
  }
  // Above the dense limit the game carries the sparse T only (models/decision/sparse_rules.hpp).
  const GameParameters& game = context.game;
  const std::vector<double> result = economics::effort_from_abatement(
      game, game.sparse_source_receptor && game.source_receptor.rows() == 0
                ? nash_abatement(game, *game.sparse_source_receptor, game.institutions.omega)
                : nash_abatement(game, game.institutions.omega));
  std::ranges::copy(result, effort.begin());
}

}  // namespace airgov::decision
