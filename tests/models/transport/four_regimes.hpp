#pragma once
// Four test regimes shaped like the North China Plain's (north-westerly, southerly, stagnant,
// easterly with wet removal), shared by the sparse-network tests so that their accuracy figures
// refer to the same weather.
#include <array>
#include <numeric>
#include <vector>

#include "models/transport/box_network.hpp"

namespace airgov::transport::test {

inline RegimeSpec make_regime(double u, double h, double background, std::array<double, 16> weights, double v_d,
                              double k_wet) {
  RegimeSpec r;
  r.name = "r";
  r.wind_speed_ms = u;
  r.mixing_height_m = h;
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  for (std::size_t k = 0; k < 16; ++k) r.wind_from_frequency[k] = weights[k] / sum;
  r.background_ugm3 = background;
  r.deposition_velocity_ms = v_d;
  r.wet_removal_per_s = k_wet;
  return r;
}

inline std::vector<RegimeSpec> four_regimes() {
  return {make_regime(4.0, 1000.0, 15.0, {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 6, 3}, 0.002, 0.0),
          make_regime(2.5, 700.0, 40.0, {0, 0, 0, 0, 1, 1, 2, 4, 6, 4, 3, 1, 0, 0, 0, 0}, 0.001, 0.0),
          make_regime(0.8, 300.0, 60.0, {1, 2, 1, 1, 2, 1, 1, 3, 2, 1, 1, 1, 2, 1, 1, 1}, 0.0005, 0.0),
          make_regime(3.0, 900.0, 25.0, {0, 1, 3, 6, 5, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0.001, 2e-5)};
}

}  // namespace airgov::transport::test
