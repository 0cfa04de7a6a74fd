#pragma once
// The governments' game of MODEL.md section 4: quadratic abatement cost, linear damage.
//
// game() prices one decision period: c_i from the marginal abatement cost (or given), scaled by
// technology; d_i from population (or given); the expected transport and baseline of the period.
// account() prices what actually happened: the efforts chosen and the concentrations realised.
#include <optional>
#include <span>
#include <vector>

#include "sim/interfaces/game.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::economics {

class LinearQuadraticGame final : public GameModel {
 public:
  // Keeps what the game needs from the scenario: its economics, each jurisdiction's cost
  // multiplier and population (region order), and the explicit game if one is given.
  explicit LinearQuadraticGame(const ScenarioDescription& scenario);

  // Throws std::invalid_argument when the sizes of the matrix, background, baseline and the
  // jurisdictions (or the explicit game) disagree, or when a baseline is <= 0 and c must be
  // derived from the marginal abatement cost.
  GameParameters game(const Levers& levers, const Matrix& expected_source_receptor,
                      std::span<const double> expected_background_ugm3,
                      std::span<const double> baseline_t_per_year) const override;

  // Per jurisdiction: K_i(A_i) with A_i = effort_i * Ebar_i, D_i = d_i X_i at the realised
  // concentration, payoff -(K_i + D_i).
  PeriodAccount account(const GameParameters& game, std::span<const double> effort,
                        std::span<const double> concentration_ugm3) const override;

 private:
  EconomicsSpec economics_;
  std::vector<double> cost_multiplier_;
  std::vector<double> population_persons_;
  std::optional<ExplicitGame> explicit_game_;
};

}  // namespace airgov::economics
