#include "models/fairness/coalition_game.hpp"

#include <memory>
#include <stdexcept>
#include <string>

#include "models/decision/capped_abatement.hpp"
#include "models/economics/closed_form.hpp"
#include "models/fairness/chander_tulkens.hpp"

namespace airgov::fairness {

std::vector<double> coalition_abatement(const GameParameters& game, std::uint64_t members) {
  economics::check_game(game);
  const std::size_t n = game.size();
  require_players(n, "coalition_abatement");
  const double omega = game.institutions.omega;
  if (!(omega >= 0 && omega <= 1)) {
    throw std::invalid_argument("coalition_abatement: omega must be in [0, 1], got " +
                                std::to_string(omega));
  }
  std::vector<double> abatement(n);
  for (std::size_t i = 0; i < n; ++i) {
    // Whose damage i counts in full: its coalition's if it has joined, else its own only.
    const std::uint64_t group = contains(members, i) ? members : singleton(i);
    double benefit = 0;  // damage avoided per t/yr cut at i, as i's group counts it
    for (std::size_t j = 0; j < n; ++j) {
      const double weight = contains(group, j) ? 1.0 : omega;
      benefit += weight * game.damage_weight[j] * game.source_receptor(i, j);
    }
    // The centre pays subsidies and fines, so they count for the group as for a lone government.
    // Header-only helper shared with decision::nash_abatement (no link dependency on it).
    abatement[i] = decision::institutional_best_response(
        benefit + game.institutions.subsidy_cny_per_t, game.cost_coefficient[i], game.institutions,
        game.baseline_t_per_year[i], game.max_effort);
  }
  return abatement;
}

CoalitionValue coalition_value(const GameParameters& game) {
  // Shared, immutable copy: the function may outlive the caller's game and is cheap to copy.
  auto shared = std::make_shared<const GameParameters>(game);
  return [shared](std::uint64_t members) {
    const std::vector<double> payoff =
        economics::payoffs(*shared, coalition_abatement(*shared, members));
    double sum = 0;
    for (std::size_t i = 0; i < payoff.size(); ++i) {
      if (contains(members, i)) sum += payoff[i];
    }
    return sum;
  };
}

std::vector<double> nash_payoffs(const GameParameters& game) {
  return economics::payoffs(game, coalition_abatement(game, 0));
}

std::vector<double> cooperative_payoffs(const GameParameters& game) {
  return economics::payoffs(game, coalition_abatement(game, grand_coalition(game.size())));
}

ShapleyEstimate shapley_value(const GameParameters& game, const ShapleyOptions& options) {
  return shapley_value(game.size(), coalition_value(game), options);
}

std::vector<double> shapley_transfers(const GameParameters& game, const ShapleyEstimate& shapley) {
  return shapley_transfers(shapley.value, cooperative_payoffs(game));
}

std::vector<double> chander_tulkens_transfers(const GameParameters& game) {
  return chander_tulkens_transfers(nash_payoffs(game), cooperative_payoffs(game),
                                   game.damage_weight);
}

}  // namespace airgov::fairness
