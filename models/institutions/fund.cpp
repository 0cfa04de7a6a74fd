#include "models/institutions/fund.hpp"

namespace airgov::institutions {

std::vector<double> rewards_within_fund(const GameParameters& game, std::span<const double> abatement_t_per_year) {
  const InstitutionalTerms& t = game.institutions;
  std::vector<double> reward(game.size());
  double claimed = 0;
  for (std::size_t i = 0; i < game.size(); ++i) {
    reward[i] = t.subsidy_cny_per_t * abatement_t_per_year[i];
    claimed += reward[i];
  }
  if (claimed > t.fund_cny_per_year) {
    const double cut = claimed > 0 ? t.fund_cny_per_year / claimed : 0.0;
    for (double& r : reward) r *= cut;
  }
  return reward;
}

}  // namespace airgov::institutions
