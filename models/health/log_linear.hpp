#pragma once
// Log-linear relative risk of all-cause mortality from long-term PM2.5 exposure (adults >= 25):
//   RR = exp(beta * dC),  dC = max(0, C - counterfactual).
// beta = ln(1.06) / 10 per ug/m3: +6 % all-cause mortality per 10 ug/m3 (Krewski et al. 2009,
// HEI Research Report 140, ACS cohort). The cohort's exposures were mostly below 30 ug/m3, so
// at JJJ levels this is an extrapolation that gives much larger risks than GEMM.
#include <cmath>

namespace airgov::health {

struct LogLinearParams {
  double beta_per_ugm3 = std::log(1.06) / 10.0;
  // Below this no excess risk is counted. 2.4 ug/m3 matches GEMM's counterfactual, so the two
  // functions differ only in shape; set it to the study's choice when reproducing one.
  double counterfactual_ugm3 = 2.4;
};

// Throws std::invalid_argument for a negative or non-finite concentration.
double log_linear_relative_risk(double pm25_ugm3, const LogLinearParams& params = {});

}  // namespace airgov::health
