#pragma once
// Who gains and who loses relative to Nash, and what the outcome costs society (MODEL.md
// section 5, "report for every run"). Payoffs, social cost and price of anarchy are economics'.
// The Nash and planner profiles are passed in (decision::nash_abatement and planner_abatement)
// so that the benchmarks are the rules' own, not a copy of them.
#include <cstddef>
#include <span>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::fairness {

struct OutcomeComparison {
  std::vector<double> payoff;          // pi_i at the outcome, CNY/yr
  std::vector<double> nash_payoff;     // pi_i at the Nash profile
  std::vector<double> gain_over_nash;  // payoff - nash_payoff; negative: i loses by the outcome
  std::vector<std::size_t> losers;     // i with gain_over_nash < 0, in region order
  double social_cost = 0;              // SC at the outcome, CNY/yr
  double nash_social_cost = 0;
  double planner_social_cost = 0;
  double price_of_anarchy = 1;  // SC(outcome) / SC(planner)
};

// outcome_i - reference_i, element by element (same size, else std::invalid_argument).
std::vector<double> gains(std::span<const double> outcome, std::span<const double> reference);

// Compares an abatement profile (t/yr) with the Nash and planner profiles of the same game.
OutcomeComparison compare_with_nash(const GameParameters& game,
                                    std::span<const double> abatement_t_per_year,
                                    std::span<const double> nash_abatement_t_per_year,
                                    std::span<const double> planner_abatement_t_per_year);

}  // namespace airgov::fairness
