#include "models/economics/linear_game.hpp"

#include <stdexcept>
#include <string>

#include "models/economics/abatement.hpp"
#include "models/economics/closed_form.hpp"
#include "models/economics/damage.hpp"
#include "models/institutions/lever_effects.hpp"

namespace airgov::economics {
namespace {

void require_size(std::size_t actual, std::size_t expected, const char* what) {
  if (actual != expected) {
    throw std::invalid_argument(std::string("LinearQuadraticGame: ") + what + " has " +
                                std::to_string(actual) + " entries, expected " +
                                std::to_string(expected));
  }
}

}  // namespace

LinearQuadraticGame::LinearQuadraticGame(const ScenarioDescription& scenario)
    : economics_(scenario.economics), explicit_game_(scenario.game) {
  for (const JurisdictionSpec& j : scenario.region.jurisdictions) {
    cost_multiplier_.push_back(j.abatement_cost_multiplier);
    population_persons_.push_back(j.population_million * 1e6);
  }
}

GameParameters LinearQuadraticGame::game(const Levers& levers,
                                         const Matrix& expected_source_receptor,
                                         std::span<const double> expected_background_ugm3,
                                         std::span<const double> baseline_t_per_year) const {
  const std::size_t n = baseline_t_per_year.size();
  // An empty matrix: the caller sets the sparse T instead (above the dense limit).
  if (expected_source_receptor.rows() != 0 || expected_source_receptor.cols() != 0) {
    require_size(expected_source_receptor.rows(), n, "source-receptor matrix (rows)");
    require_size(expected_source_receptor.cols(), n, "source-receptor matrix (columns)");
  }
  require_size(expected_background_ugm3.size(), n, "background");

  GameParameters g;
  g.baseline_t_per_year.assign(baseline_t_per_year.begin(), baseline_t_per_year.end());
  g.source_receptor = expected_source_receptor;
  g.background_ugm3.assign(expected_background_ugm3.begin(), expected_background_ugm3.end());
  g.max_effort = economics_.max_effort;
  g.levers = levers;

  if (explicit_game_) {
    require_size(explicit_game_->cost_coefficient.size(), n, "explicit cost coefficients");
    require_size(explicit_game_->damage_weight.size(), n, "explicit damage weights");
    g.cost_coefficient = explicit_game_->cost_coefficient;
    g.damage_weight = explicit_game_->damage_weight;
  } else {
    require_size(cost_multiplier_.size(), n, "jurisdictions");
    g.cost_coefficient.resize(n);
    g.damage_weight.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      // Derived from this period's baseline, so a growing economy's cost per tonne at a given
      // fractional cut stays at the estimated marginal cost.
      // A jurisdiction that emits nothing cannot abate (effort 0, capped by its zero baseline);
      // its c is then taken per tonne of a 1 t/yr baseline so that it stays finite.
      g.cost_coefficient[i] =
          cost_coefficient_from_mac(economics_.marginal_abatement_cost_cny_per_t,
                                    cost_multiplier_[i], economics_.reference_effort,
                                    baseline_t_per_year[i] > 0 ? baseline_t_per_year[i] : 1.0);
      g.damage_weight[i] = damage_weight_cny_per_ugm3(
          population_persons_[i], economics_.damage_cny_per_person_per_ugm3);
    }
  }

  // Technology lowers every government's cost (explicit c_i included).
  const double factor = technology_cost_factor(economics_.tau_max, levers.technology);
  for (double& c : g.cost_coefficient) c *= factor;

  // The other five levers act through the institutional terms (models/institutions).
  g.institutions = institutions::institutional_terms(levers, economics_.marginal_abatement_cost_cny_per_t);
  return g;
}

PeriodAccount LinearQuadraticGame::account(const GameParameters& game,
                                           std::span<const double> effort,
                                           std::span<const double> concentration_ugm3) const {
  const std::size_t n = game.size();
  require_size(concentration_ugm3.size(), n, "concentration");
  const std::vector<double> abatement = abatement_from_effort(game, effort);

  PeriodAccount result;
  result.abatement_cost_cny = abatement_costs(game, abatement);
  result.damage_cny.resize(n);
  result.payoff_cny.resize(n);
  result.transfer_cny = institutional_transfers(game, abatement);  // expected fines and rewards
  for (std::size_t i = 0; i < n; ++i) {
    result.damage_cny[i] = damage_cny(game.damage_weight[i], concentration_ugm3[i]);
    result.payoff_cny[i] = -(result.abatement_cost_cny[i] + result.damage_cny[i]) + result.transfer_cny[i];
  }
  return result;
}

}  // namespace airgov::economics
