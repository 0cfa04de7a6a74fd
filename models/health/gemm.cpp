#include "models/health/gemm.hpp"

#include <algorithm>
#include <cmath>

#include "models/health/require_concentration.hpp"

namespace airgov::health {

double gemm_hazard_ratio(double pm25_ugm3, const GemmParams& params) {
  require_concentration(pm25_ugm3);
  const double z = std::max(0.0, pm25_ugm3 - params.counterfactual_ugm3);
  const double logistic_weight = 1.0 / (1.0 + std::exp(-(z - params.mu) / params.nu));
  return std::exp(params.theta * std::log1p(z / params.alpha) * logistic_weight);
}

}  // namespace airgov::health
