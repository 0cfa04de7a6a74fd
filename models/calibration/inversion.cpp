#include "models/calibration/inversion.hpp"

#include <cmath>

#include "models/calibration/nnls.hpp"

namespace airgov::calibration {
namespace {

double target_mean(const Target& t, const std::vector<double>& x) {
  double sum = 0;
  for (std::size_t j : t.members) sum += x[j];
  return sum / static_cast<double>(t.members.size());
}

double rms_relative(const CalibrationSetup& setup, const std::vector<double>& x) {
  if (setup.targets.empty()) return 0;
  double sum = 0;
  for (const auto& t : setup.targets) {
    const double e = (target_mean(t, x) - t.observed_ugm3) / t.observed_ugm3;
    sum += e * e;
  }
  return std::sqrt(sum / static_cast<double>(setup.targets.size()));
}

}  // namespace

CalibrationResult invert(const AnnualResponse& response, const CalibrationSetup& setup) {
  const std::size_t n = response.background.size();
  const std::size_t groups = setup.factors.size();
  CalibrationResult out;
  out.group_fitted.assign(groups, false);
  std::vector<bool> in_target(n, false);
  for (const auto& t : setup.targets) {
    for (std::size_t j : t.members) in_target[j] = true;
  }
  for (std::size_t g = 0; g < groups; ++g) {
    for (std::size_t j : setup.factors[g].members) out.group_fitted[g] = out.group_fitted[g] || in_target[j];
  }
  std::vector<std::size_t> column_of(groups, groups);
  std::vector<std::size_t> fitted;
  for (std::size_t g = 0; g < groups; ++g) {
    if (!out.group_fitted[g]) continue;
    column_of[g] = fitted.size();
    fitted.push_back(g);
  }

  // Rows: targets, divided by the observation (relative residuals).
  Matrix a(setup.targets.size(), fitted.size());
  std::vector<double> b(setup.targets.size());
  for (std::size_t k = 0; k < setup.targets.size(); ++k) {
    const Target& t = setup.targets[k];
    const double w = 1.0 / (t.observed_ugm3 * static_cast<double>(t.members.size()));
    double fixed = 0;  // background and the sources whose factor stays 1
    for (std::size_t j : t.members) {
      fixed += response.background[j];
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t g = setup.factor_of[i];
        if (out.group_fitted[g]) a(k, column_of[g]) += w * response.contribution(j, i);
        else fixed += response.contribution(j, i);
      }
    }
    b[k] = 1.0 - w * fixed;
  }
  const NnlsResult solution = nnls(a, b);
  out.nnls_iterations = solution.iterations;
  out.group_factor.assign(groups, 1.0);
  for (std::size_t c = 0; c < fitted.size(); ++c) out.group_factor[fitted[c]] = solution.x[c];
  out.factor.resize(n);
  for (std::size_t j = 0; j < n; ++j) out.factor[j] = out.group_factor[setup.factor_of[j]];

  out.prior_ugm3 = annual_means(response, std::vector<double>(n, 1.0));
  out.calibrated_ugm3 = annual_means(response, out.factor);
  for (const auto& t : setup.targets) {
    out.fit.push_back(TargetFit{target_mean(t, out.prior_ugm3), target_mean(t, out.calibrated_ugm3)});
  }
  out.rms_relative_error = rms_relative(setup, out.calibrated_ugm3);
  out.prior_rms_relative_error = rms_relative(setup, out.prior_ugm3);
  return out;
}

}  // namespace airgov::calibration
