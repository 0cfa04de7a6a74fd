#pragma once
// Four test regimes shaped like the North China Plain's (north-westerly, southerly, stagnant,
// easterly with wet removal), shared by the sparse-network tests so that their accuracy figures
// refer to the same weather, and the helper that builds a regime from 16 sector weights.
#include <array>
#include <numeric>
#include <string>
#include <vector>

#include "models/transport/box_network.hpp"

namespace airgov::transport::test {

// Wind from the 16 sectors (N, NNE, ..., NNW) in proportion to `weights`.
inline RegimeSpec make_regime(const std::string& name, double u, double h, double background,
                              std::array<double, 16> weights, double v_d, double k_wet, double k_vent = 0.0) {
  RegimeSpec r;
  r.name = name;
  r.wind_speed_ms = u;
  r.mixing_height_m = h;
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  for (std::size_t k = 0; k < 16; ++k) r.wind_from_frequency[k] = weights[k] / sum;
  r.background_ugm3 = background;
  r.deposition_velocity_ms = v_d;
  r.wet_removal_per_s = k_wet;
  r.venting_per_s = k_vent;
  return r;
}

inline std::vector<RegimeSpec> four_regimes() {
  return {make_regime("nw_clean", 4.0, 1000.0, 15.0, {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 6, 3}, 0.002, 0.0),
          make_regime("southerly", 2.5, 700.0, 40.0, {0, 0, 0, 0, 1, 1, 2, 4, 6, 4, 3, 1, 0, 0, 0, 0}, 0.001, 0.0),
          make_regime("stagnant", 0.8, 300.0, 60.0, {1, 2, 1, 1, 2, 1, 1, 3, 2, 1, 1, 1, 2, 1, 1, 1}, 0.0005, 0.0),
          make_regime("easterly_wet", 3.0, 900.0, 25.0, {0, 1, 3, 6, 5, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0.001, 2e-5)};
}

// Emissions (t/yr) of the test boxes: 20,000-38,000, varying with the index.
inline std::vector<double> test_emissions(std::size_t n) {
  std::vector<double> e;
  for (std::size_t i = 0; i < n; ++i) e.push_back(20000.0 + 3000.0 * static_cast<double>(i % 7));
  return e;
}

}  // namespace airgov::transport::test
