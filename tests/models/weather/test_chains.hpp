#pragma once
// Weather specs shared by the weather tests.
#include <cstdint>
#include <utility>
#include <vector>

#include "models/weather/regime_markov_chain.hpp"
#include "sim/core/matrix.hpp"
#include "sim/random/stream.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::weather::testing {

inline Matrix matrix(std::vector<std::vector<double>> rows) {
  Matrix m(rows.size(), rows.front().size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t j = 0; j < rows[i].size(); ++j) m(i, j) = rows[i][j];
  }
  return m;
}

// Three regimes (clean north-westerly, southerly transport, stagnant) with a different chain in
// each season: persistent stagnation in winter, monsoon-like southerly flow in summer.
inline WeatherSpec four_season_spec() {
  WeatherSpec spec;
  spec.regimes = {RegimeSpec{.name = "clean_nw"}, RegimeSpec{.name = "southerly"},
                  RegimeSpec{.name = "stagnant"}};
  spec.seasons = {
      {"winter", {12, 1, 2}, matrix({{0.70, 0.10, 0.20}, {0.30, 0.40, 0.30}, {0.25, 0.15, 0.60}})},
      {"spring", {3, 4, 5}, matrix({{0.60, 0.30, 0.10}, {0.30, 0.60, 0.10}, {0.40, 0.30, 0.30}})},
      {"summer", {6, 7, 8}, matrix({{0.30, 0.50, 0.20}, {0.10, 0.80, 0.10}, {0.20, 0.50, 0.30}})},
      {"autumn", {9, 10, 11}, matrix({{0.60, 0.20, 0.20}, {0.30, 0.50, 0.20}, {0.30, 0.20, 0.50}})},
  };
  return spec;
}

// One season covering the year with the given chain.
inline WeatherSpec one_season_spec(Matrix transition) {
  WeatherSpec spec;
  for (std::size_t r = 0; r < transition.rows(); ++r) spec.regimes.push_back(RegimeSpec{});
  spec.seasons = {{"year", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, std::move(transition)}};
  return spec;
}

// Regimes of `days` days from `start`, one stream per day keyed as the engine keys it
// (seed, replicate 0, agent 0, step = day index, Purpose::weather).
inline std::vector<int> simulate(const RegimeMarkovChain& chain, std::uint64_t seed, Date start,
                                 int days) {
  std::vector<int> regimes;
  int previous = -1;
  for (int t = 0; t < days; ++t) {
    RandomStream stream(seed, 0, 0, static_cast<std::uint64_t>(t), Purpose::weather);
    previous = chain.next_regime(previous, start + t, stream);
    regimes.push_back(previous);
  }
  return regimes;
}

}  // namespace airgov::weather::testing
