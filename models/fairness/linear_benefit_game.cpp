#include "models/fairness/linear_benefit_game.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace airgov::fairness {

void check_game(const LinearBenefitGame& game) {
  const std::size_t n = game.size();
  if (game.fixed_cost.size() != n || game.linear_cost.size() != n ||
      game.quadratic_cost.size() != n) {
    throw std::invalid_argument("LinearBenefitGame: coefficient lists differ in size");
  }
  require_players(n, "LinearBenefitGame");
  for (double h : game.quadratic_cost) {
    if (!(h > 0)) throw std::invalid_argument("LinearBenefitGame: quadratic cost must be > 0");
  }
}

std::vector<double> coalition_abatement(const LinearBenefitGame& game, std::uint64_t members) {
  check_game(game);
  const std::size_t n = game.size();
  double coalition_benefit = 0;
  for (std::size_t j = 0; j < n; ++j) {
    if (contains(members, j)) coalition_benefit += game.benefit[j];
  }
  std::vector<double> abatement(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double benefit = contains(members, i) ? coalition_benefit : game.benefit[i];
    abatement[i] = std::max(0.0, (benefit - game.linear_cost[i]) / game.quadratic_cost[i]);
  }
  return abatement;
}

std::vector<double> payoffs(const LinearBenefitGame& game, std::span<const double> abatement) {
  check_game(game);
  if (abatement.size() != game.size()) {
    throw std::invalid_argument("LinearBenefitGame: abatement has the wrong size");
  }
  double total = 0;
  for (double a : abatement) total += a;
  std::vector<double> payoff(game.size());
  for (std::size_t i = 0; i < payoff.size(); ++i) {
    const double a = abatement[i];
    const double cost =
        game.fixed_cost[i] + game.linear_cost[i] * a + game.quadratic_cost[i] * a * a / 2.0;
    payoff[i] = game.benefit[i] * total - cost;
  }
  return payoff;
}

CoalitionValue coalition_value(const LinearBenefitGame& game) {
  check_game(game);
  auto shared = std::make_shared<const LinearBenefitGame>(game);
  return [shared](std::uint64_t members) {
    const std::vector<double> payoff = payoffs(*shared, coalition_abatement(*shared, members));
    double sum = 0;
    for (std::size_t i = 0; i < payoff.size(); ++i) {
      if (contains(members, i)) sum += payoff[i];
    }
    return sum;
  };
}

}  // namespace airgov::fairness
