#pragma once
// Base-year emissions by inversion: the non-negative scale factors of the factor groups that make
// the simulated annual means fit the observed ones,
//     min_f  sum_k ((mean_{j in k} Xbar_j(f) - y_k) / y_k)^2   subject to f >= 0,
// a non-negative least squares problem because Xbar is linear in f (annual_response.hpp).
// Residuals are relative, so a clean city counts as much as a polluted one and a group average
// as much as a city. A factor group none of whose members is observed, alone or in an average,
// is not identified: it keeps the prior (factor 1) and is reported as fixed.
#include <string>
#include <vector>

#include "models/calibration/annual_response.hpp"
#include "models/calibration/targets.hpp"

namespace airgov::calibration {

struct TargetFit {
  double prior_ugm3 = 0;       // simulated with the prior emissions (all factors 1)
  double calibrated_ugm3 = 0;  // with the fitted factors
};

struct CalibrationResult {
  std::vector<double> group_factor;   // per factor group
  std::vector<bool> group_fitted;     // false: not identified, kept at 1
  std::vector<double> factor;         // per jurisdiction
  std::vector<TargetFit> fit;         // per target
  std::vector<double> prior_ugm3;     // per jurisdiction
  std::vector<double> calibrated_ugm3;
  double rms_relative_error = 0;      // over the targets, after the fit
  double prior_rms_relative_error = 0;
  int nnls_iterations = 0;
};

CalibrationResult invert(const AnnualResponse& response, const CalibrationSetup& setup);

}  // namespace airgov::calibration
