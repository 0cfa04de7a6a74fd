#include "models/fairness/outcome_comparison.hpp"

#include <stdexcept>

#include "models/economics/closed_form.hpp"

namespace airgov::fairness {

std::vector<double> gains(std::span<const double> outcome, std::span<const double> reference) {
  if (outcome.size() != reference.size()) {
    throw std::invalid_argument("gains: outcome and reference differ in size");
  }
  std::vector<double> gain(outcome.size());
  for (std::size_t i = 0; i < gain.size(); ++i) gain[i] = outcome[i] - reference[i];
  return gain;
}

OutcomeComparison compare_with_nash(const GameParameters& game,
                                    std::span<const double> abatement_t_per_year,
                                    std::span<const double> nash,
                                    std::span<const double> planner) {

  OutcomeComparison result;
  result.payoff = economics::payoffs(game, abatement_t_per_year);
  result.nash_payoff = economics::payoffs(game, nash);
  result.gain_over_nash = gains(result.payoff, result.nash_payoff);
  for (std::size_t i = 0; i < result.gain_over_nash.size(); ++i) {
    if (result.gain_over_nash[i] < 0) result.losers.push_back(i);
  }
  result.social_cost = economics::social_cost(game, abatement_t_per_year);
  result.nash_social_cost = economics::social_cost(game, nash);
  result.planner_social_cost = economics::social_cost(game, planner);
  result.price_of_anarchy =
      economics::price_of_anarchy(result.social_cost, result.planner_social_cost);
  return result;
}

}  // namespace airgov::fairness
