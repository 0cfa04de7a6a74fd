#include "models/health/concentration_response.hpp"

namespace airgov::health {

double ConcentrationResponse::relative_risk(double pm25_annual_ugm3) const {
  switch (function) {
    case ResponseFunction::log_linear:
      return log_linear_relative_risk(pm25_annual_ugm3, log_linear);
    case ResponseFunction::gemm: return gemm_hazard_ratio(pm25_annual_ugm3, gemm);
  }
  return 1.0;
}

}  // namespace airgov::health
