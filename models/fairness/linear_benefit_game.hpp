#pragma once
// The textbook public-good game of MODEL.md section 6 ("two countries, linear benefit"):
// n countries abate A_i, total Q = sum_i A_i, payoff P_i = b_i Q - (f_i + g_i A_i + h_i A_i^2 / 2).
// It has a fixed and a linear cost term that GameParameters cannot express; it is here so the
// sharing rules, which only see payoffs and coalition values, are checked against the printed
// reference (and for teaching comparisons).
//
// Coalition S maximising its joint payoff while the others play Nash: member i abates
// (sum_{j in S} b_j - g_i) / h_i, outsider i abates (b_i - g_i) / h_i, both floored at 0
// (payoffs are concave and separable, so these are exact).
#include <cstdint>
#include <span>
#include <vector>

#include "models/fairness/coalition_value.hpp"

namespace airgov::fairness {

struct LinearBenefitGame {
  std::vector<double> benefit;         // b_i, per unit of Q
  std::vector<double> fixed_cost;      // f_i
  std::vector<double> linear_cost;     // g_i
  std::vector<double> quadratic_cost;  // h_i > 0
  std::size_t size() const { return benefit.size(); }
};

// Throws std::invalid_argument when the sizes differ, n > 64, or some h_i <= 0.
void check_game(const LinearBenefitGame& game);

std::vector<double> coalition_abatement(const LinearBenefitGame& game, std::uint64_t members);

std::vector<double> payoffs(const LinearBenefitGame& game, std::span<const double> abatement);

// v(S) = sum_{i in S} P_i(coalition_abatement(game, S)). Keeps its own copy of the game.
CoalitionValue coalition_value(const LinearBenefitGame& game);

}  // namespace airgov::fairness
