#pragma once
// Random linear-quadratic games for property tests, drawn from the project's seeded streams so
// every run sees the same 200 games.
#include <cstdint>

#include "sim/interfaces/game.hpp"
#include "sim/random/stream.hpp"

namespace airgov::test {

inline double uniform(RandomStream& rng, double lo, double hi) {
  return lo + (hi - lo) * rng.uniform();
}

// 2 to 8 jurisdictions, positive T, d, c; baselines and caps chosen so caps bind in some games.
inline GameParameters random_game(std::uint64_t index) {
  RandomStream rng(20240501, 0, index, 0, Purpose::sampling);
  const auto n = static_cast<std::size_t>(2 + rng.next_u64() % 7);
  GameParameters g;
  g.source_receptor = Matrix(n, n);
  g.max_effort = uniform(rng, 0.2, 1.0);
  for (std::size_t i = 0; i < n; ++i) {
    g.baseline_t_per_year.push_back(uniform(rng, 1, 50));
    g.cost_coefficient.push_back(uniform(rng, 0.05, 3));
    g.damage_weight.push_back(uniform(rng, 0.1, 5));
    g.background_ugm3.push_back(uniform(rng, 0, 20));
    for (std::size_t j = 0; j < n; ++j) {
      g.source_receptor(i, j) = uniform(rng, 0.01, i == j ? 3.0 : 1.0);
    }
  }
  return g;
}

}  // namespace airgov::test
