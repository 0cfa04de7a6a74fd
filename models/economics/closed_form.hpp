#pragma once
// Closed forms of the linear-quadratic game (MODEL.md section 4), evaluated on the expected
// transport of a period: the outcome a profile of abatements leads to, for the decision rules,
// the reports and the tests. (The engine's realised concentrations differ by weather and memory;
// LinearQuadraticGame::account() prices those.)
//
// Abatement A_i is absolute, t/yr; money is CNY/yr. All vectors are in region order and must have
// game.size() entries, else std::invalid_argument.
#include <span>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::economics {

// Throws std::invalid_argument unless c, d, B and T all match the size of the baseline.
void check_game(const GameParameters& game);

// A_i = effort_i * Ebar_i.
std::vector<double> abatement_from_effort(const GameParameters& game,
                                          std::span<const double> effort);

// effort_i = A_i / Ebar_i, clamped to [0, max_effort] so that round-off never leaves the box
// (0 where Ebar_i = 0: there is nothing to cut).
std::vector<double> effort_from_abatement(const GameParameters& game,
                                          std::span<const double> abatement_t_per_year);

// Steady concentrations X_j = B_j + sum_i T_ij (Ebar_i - A_i), ug/m3 (row = source).
std::vector<double> concentrations(const GameParameters& game,
                                   std::span<const double> abatement_t_per_year);

// K_i = c_i A_i^2 / 2 per jurisdiction, CNY/yr.
std::vector<double> abatement_costs(const GameParameters& game,
                                    std::span<const double> abatement_t_per_year);

// pi_i = -(K_i + d_i X_i) + institutional transfer_i, CNY/yr.
// What the institutions move to or from each government, CNY/yr: the reward s A_i minus the
// expected penalty p F max(0, target_i - A_i). Transfers: they cancel out of the social cost.
std::vector<double> institutional_transfers(const GameParameters& game,
                                            std::span<const double> abatement_t_per_year);

std::vector<double> payoffs(const GameParameters& game,
                            std::span<const double> abatement_t_per_year);

// SC = sum_i (K_i + d_i X_i), CNY/yr: transfers (rewards, penalties) cancel out of it.
double social_cost(const GameParameters& game, std::span<const double> abatement_t_per_year);

// PoA = SC(outcome) / SC(planner), >= 1 when planner_social_cost is the planner's optimum. Both
// social costs must be >= 0 (they are with non-negative concentrations); PoA is 1 when both are
// 0 and +infinity when only the planner's is.
double price_of_anarchy(double outcome_social_cost, double planner_social_cost);

}  // namespace airgov::economics
