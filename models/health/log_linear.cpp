#include "models/health/log_linear.hpp"

#include <algorithm>
#include <cmath>

#include "models/health/require_concentration.hpp"

namespace airgov::health {

double log_linear_relative_risk(double pm25_ugm3, const LogLinearParams& params) {
  require_concentration(pm25_ugm3);
  const double excess_ugm3 = std::max(0.0, pm25_ugm3 - params.counterfactual_ugm3);
  return std::exp(params.beta_per_ugm3 * excess_ugm3);
}

}  // namespace airgov::health
