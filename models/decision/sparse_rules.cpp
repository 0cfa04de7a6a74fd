#include "models/decision/sparse_rules.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "models/decision/capped_abatement.hpp"

namespace airgov::decision {
namespace {

// The checks of economics::check_game that do not involve the dense matrix.
void check_sparse_game(const GameParameters& game, const SparseSourceReceptor& t) {
  const std::size_t n = game.size();
  if (game.cost_coefficient.size() != n || game.damage_weight.size() != n || t.size() != n ||
      t.dropped_ugm3_per_t_per_year.size() != n) {
    throw std::invalid_argument("sparse rule: game vectors and source-receptor rows disagree on the size (" +
                                std::to_string(n) + " jurisdictions)");
  }
  for (std::uint32_t j : t.receptor) {
    if (j >= n) throw std::invalid_argument("sparse rule: receptor index out of range");
  }
}

}  // namespace

std::vector<double> nash_abatement(const GameParameters& game, const SparseSourceReceptor& t, double omega) {
  if (!(omega >= 0 && omega <= 1)) {
    throw std::invalid_argument("nash_abatement: omega must be in [0, 1], got " + std::to_string(omega));
  }
  check_sparse_game(game, t);
  const std::size_t n = game.size();
  std::vector<double> abatement(n);
  for (std::size_t i = 0; i < n; ++i) {
    double spillover = 0, own = 0;
    const auto receptors = t.receptors(i);
    const auto coefficients = t.coefficients(i);
    for (std::size_t k = 0; k < receptors.size(); ++k) {
      const std::size_t j = receptors[k];
      if (j != i) {
        spillover += game.damage_weight[j] * coefficients[k];
      } else {
        own = game.damage_weight[i] * coefficients[k];
      }
    }
    const double benefit = own + omega * spillover + game.institutions.subsidy_cny_per_t;
    abatement[i] = institutional_best_response(benefit, game.cost_coefficient[i], game.institutions,
                                               game.baseline_t_per_year[i], game.max_effort);
  }
  return abatement;
}

std::vector<double> planner_abatement(const GameParameters& game, const SparseSourceReceptor& t) {
  check_sparse_game(game, t);
  const std::size_t n = game.size();
  std::vector<double> abatement(n);
  for (std::size_t i = 0; i < n; ++i) {
    double benefit = 0;
    const auto receptors = t.receptors(i);
    const auto coefficients = t.coefficients(i);
    for (std::size_t k = 0; k < receptors.size(); ++k) benefit += game.damage_weight[receptors[k]] * coefficients[k];
    const double max_a = game.max_effort * game.baseline_t_per_year[i];
    const double floor = std::min(max_a, game.institutions.legal_floor_effort * game.baseline_t_per_year[i]);
    abatement[i] = std::max(floor, capped_abatement(benefit, game.cost_coefficient[i], max_a));
  }
  return abatement;
}

}  // namespace airgov::decision
