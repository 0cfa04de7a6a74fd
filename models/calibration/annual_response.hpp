#pragma once
// The annual-mean response of every receptor to every source's emissions, the linear model that
// the inversion inverts.
//
// With effort fixed at 0 (no policy) and the weather drawn, the daily step is affine in the
// emissions (X(t+1) = Phi X(t) + H E(t) + g, the initial state the expected steady state of the
// same emissions), so the annual mean of receptor j is exactly
//     Xbar_j(f) = b_j + sum_i f_i C(j, i),
// C(j, i) the annual mean contribution of source i's prior emissions (seasonal profile included)
// and b_j what the background brings, for any scale factors f_i applied to a source's tracers and
// sectors alike. The AQI is nonlinear but the annual mean of the unrounded concentration is not.
//
// Which weather? The realised response averaged over replicates 0..R-1 of the scenario's seed
// (the streams of `airgov run --seed S` and of the hindcast's replicates), not the expected
// (climatological) transport: the latter treats each season as stationary and ignores the
// transients at season changes and the heating season's timing, so its annual mean differs from
// what runs give; the replicate mean is exact for those runs and converges to the climate's mean
// as R grows. The observed 2013 mean is one draw of the real weather, not of the model's, so the
// calibration targets the model's expected year rather than one simulated year.
#include <vector>

#include "models/assembly/models.hpp"
#include "sim/core/matrix.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::calibration {

struct AnnualResponse {
  int year = 0;
  int days = 0;                     // days of `year` inside the horizon
  int replicates = 0;
  Matrix contribution;              // receptor x source, ug/m3 (annual mean at the prior)
  std::vector<double> background;   // ug/m3
};

// The response over the days of `year` within the scenario's horizon (std::invalid_argument if
// the horizon holds none of them).
AnnualResponse annual_response(const ScenarioDescription& scenario, const assembly::ScenarioModels& models,
                               unsigned long long seed, int replicates, int year);

// Xbar_j for per-jurisdiction factors f.
std::vector<double> annual_means(const AnnualResponse& response, const std::vector<double>& factor);

}  // namespace airgov::calibration
