#pragma once
// Global Exposure Mortality Model, NCD+LRI (non-communicable diseases plus lower respiratory
// infections, adults >= 25; Burnett et al. 2018, PNAS 115:9592; parameters of MODEL.md sec. 7):
//   HR = exp(theta * ln(1 + z/alpha) / (1 + exp(-(z - mu)/nu))),  z = max(0, C - 2.4).
// Fitted on 41 cohorts whose exposures reach 84 ug/m3 (a Chinese men's cohort), so unlike the
// log-linear function it is meant for JJJ levels. Apply it to NCD+LRI baseline mortality, not
// all-cause.
namespace airgov::health {

struct GemmParams {
  double theta = 0.1430;
  double alpha = 1.6;
  double mu = 15.5;
  double nu = 36.8;
  double counterfactual_ugm3 = 2.4;  // lowest exposure observed in the cohorts
};

// Throws std::invalid_argument for a negative or non-finite concentration.
double gemm_hazard_ratio(double pm25_ugm3, const GemmParams& params = {});

}  // namespace airgov::health
