#include "models/institutions/central_government.hpp"

#include <algorithm>

#include "models/institutions/fund.hpp"
#include "sim/random/stream.hpp"

namespace airgov::institutions {

void InspectingCentralGovernment::prepare(GameParameters& game, Date start, int days) const {
  double boost = 0;
  for (const auto& c : spec_.campaigns) {
    const Date first = std::max(start, c.start);
    const Date last = std::min(start + (days - 1), c.end);
    if (last < first) continue;
    boost += c.detection_boost * static_cast<double>(last - first + 1) / days;
  }
  game.institutions.detection_probability = std::min(1.0, game.institutions.detection_probability + boost);
}

void InspectingCentralGovernment::assess(const GameParameters& game, std::span<const double> effort, int period,
                                         std::uint64_t seed, std::uint64_t replicate,
                                         std::span<double> transfer_cny_per_year) const {
  const InstitutionalTerms& t = game.institutions;
  std::vector<double> abatement(game.size());
  for (std::size_t i = 0; i < game.size(); ++i) abatement[i] = effort[i] * game.baseline_t_per_year[i];
  const std::vector<double> reward = rewards_within_fund(game, abatement);
  for (std::size_t i = 0; i < game.size(); ++i) {
    const double shortfall = std::max(0.0, t.target_effort * game.baseline_t_per_year[i] - abatement[i]);
    // One inspection draw per government and period, whatever the others do.
    RandomStream stream(seed, replicate, i, static_cast<std::uint64_t>(period), Purpose::inspection);
    const bool detected = stream.uniform() < t.detection_probability;
    transfer_cny_per_year[i] = reward[i] - (detected ? t.penalty_cny_per_t * shortfall : 0.0);
  }
}

}  // namespace airgov::institutions
