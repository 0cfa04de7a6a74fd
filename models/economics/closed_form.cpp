#include "models/economics/closed_form.hpp"

#include "models/institutions/fund.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

#include "models/economics/abatement.hpp"
#include "models/economics/damage.hpp"

namespace airgov::economics {

// A malformed game is a programming error upstream, never bad user input (the loader checks
// that), so a standard exception is enough.
void check_game(const GameParameters& game) {
  const std::size_t n = game.size();
  // Above the dense limit the dense T is empty and the sparse one carries the game.
  const bool sparse = game.sparse_source_receptor && game.source_receptor.rows() == 0 &&
                      game.source_receptor.cols() == 0 && game.sparse_source_receptor->size() == n;
  if (game.cost_coefficient.size() != n || game.damage_weight.size() != n ||
      game.background_ugm3.size() != n ||
      (!sparse && (game.source_receptor.rows() != n || game.source_receptor.cols() != n))) {
    throw std::invalid_argument("GameParameters: sizes disagree with the " + std::to_string(n) +
                                " baseline emissions");
  }
}

namespace {

void check_size(const GameParameters& game, std::span<const double> values, const char* what) {
  check_game(game);
  if (values.size() != game.size()) {
    throw std::invalid_argument(std::string(what) + ": expected " + std::to_string(game.size()) +
                                " values, got " + std::to_string(values.size()));
  }
}

}  // namespace

std::vector<double> abatement_from_effort(const GameParameters& game,
                                          std::span<const double> effort) {
  check_size(game, effort, "effort");
  std::vector<double> abatement(game.size());
  for (std::size_t i = 0; i < game.size(); ++i) {
    abatement[i] = effort[i] * game.baseline_t_per_year[i];
  }
  return abatement;
}

std::vector<double> effort_from_abatement(const GameParameters& game,
                                          std::span<const double> abatement_t_per_year) {
  check_size(game, abatement_t_per_year, "abatement");
  std::vector<double> effort(game.size(), 0.0);
  for (std::size_t i = 0; i < game.size(); ++i) {
    const double baseline = game.baseline_t_per_year[i];
    if (baseline > 0) {
      effort[i] = std::clamp(abatement_t_per_year[i] / baseline, 0.0, game.max_effort);
    }
  }
  return effort;
}

std::vector<double> concentrations(const GameParameters& game,
                                   std::span<const double> abatement_t_per_year) {
  check_size(game, abatement_t_per_year, "abatement");
  std::vector<double> x(game.background_ugm3);
  for (std::size_t i = 0; i < game.size(); ++i) {
    const double emission = game.baseline_t_per_year[i] - abatement_t_per_year[i];
    if (game.source_receptor.rows() == 0 && game.sparse_source_receptor) {
      const auto receptors = game.sparse_source_receptor->receptors(i);
      const auto values = game.sparse_source_receptor->coefficients(i);
      for (std::size_t e = 0; e < receptors.size(); ++e) x[receptors[e]] += values[e] * emission;
      continue;
    }
    const auto row = game.source_receptor.row(i);
    for (std::size_t j = 0; j < game.size(); ++j) x[j] += row[j] * emission;
  }
  return x;
}

std::vector<double> abatement_costs(const GameParameters& game,
                                    std::span<const double> abatement_t_per_year) {
  check_size(game, abatement_t_per_year, "abatement");
  std::vector<double> cost(game.size());
  for (std::size_t i = 0; i < game.size(); ++i) {
    cost[i] = abatement_cost_cny(game.cost_coefficient[i], abatement_t_per_year[i]);
  }
  return cost;
}

std::vector<double> institutional_transfers(const GameParameters& game,
                                            std::span<const double> abatement_t_per_year) {
  const InstitutionalTerms& t = game.institutions;
  const std::vector<double> reward = institutions::rewards_within_fund(game, abatement_t_per_year);
  std::vector<double> out(game.size());
  for (std::size_t i = 0; i < game.size(); ++i) {
    const double shortfall = std::max(0.0, t.target_effort * game.baseline_t_per_year[i] - abatement_t_per_year[i]);
    out[i] = reward[i] - t.detection_probability * t.penalty_cny_per_t * shortfall;
  }
  return out;
}

std::vector<double> payoffs(const GameParameters& game,
                            std::span<const double> abatement_t_per_year) {
  const std::vector<double> x = concentrations(game, abatement_t_per_year);
  const std::vector<double> transfers = institutional_transfers(game, abatement_t_per_year);
  std::vector<double> payoff = abatement_costs(game, abatement_t_per_year);
  for (std::size_t i = 0; i < game.size(); ++i) {
    payoff[i] = -(payoff[i] + damage_cny(game.damage_weight[i], x[i])) + transfers[i];
  }
  return payoff;
}

double social_cost(const GameParameters& game, std::span<const double> abatement_t_per_year) {
  const std::vector<double> x = concentrations(game, abatement_t_per_year);
  const std::vector<double> cost = abatement_costs(game, abatement_t_per_year);
  double sum = 0;
  for (std::size_t i = 0; i < game.size(); ++i) sum += cost[i] + damage_cny(game.damage_weight[i], x[i]);
  return sum;
}

double price_of_anarchy(double outcome_social_cost, double planner_social_cost) {
  if (!(outcome_social_cost >= 0) || !(planner_social_cost >= 0)) {
    throw std::invalid_argument("price_of_anarchy: social costs must be >= 0");
  }
  if (planner_social_cost == 0) {
    return outcome_social_cost == 0 ? 1.0 : std::numeric_limits<double>::infinity();
  }
  return outcome_social_cost / planner_social_cost;
}

}  // namespace airgov::economics
