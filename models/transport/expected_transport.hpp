#pragma once
// The transport a government should expect over a decision period: the mean response of the
// period-mean concentration to a constant emission, under the season's regime Markov chain and
// the boxes' memory.
//
// Why not sum_m pi_m T^m? T^m is the steady state of regime m, which a 3-day stagnant spell
// never reaches, and air carried over from yesterday's regime is not counted: weighting steady
// states by regime shares is biased (up or down), so rules that trust it misjudge what their
// cuts buy, and the planner can end up with a higher realised social cost than Nash. The exact stationary mean
// instead solves, for y_m = E[X 1{regime = m}] (Phi_m, H_m, g_m the regime's daily operator,
// P the season's transition matrix, pi its stationary distribution):
//     y_m = sum_k P_km Phi_m y_k + pi_m (H_m E + g_m),   mean X = sum_m y_m,
// a linear system of size (regimes x jurisdictions), solved once per season at construction.
// Seasons are treated as stationary (the transient after a change of season is ignored).
#include <memory>
#include <vector>

#include "sim/interfaces/transport_model.hpp"
#include "sim/interfaces/weather_model.hpp"

namespace airgov::transport {

struct SeasonResponse {
  Matrix source_receptor;  // T(i, j), ug/m3 per t/yr, row = source
  std::vector<double> background_ugm3;
};

// The stationary mean response for one transition matrix.
SeasonResponse stationary_response(const TransportModel& transport, const Matrix& transition);

class ClimatologicalTransport final : public ExpectedTransport {
 public:
  // `weather` may be null (a single regime, e.g. a given matrix): regime 0's steady state.
  ClimatologicalTransport(std::shared_ptr<const TransportModel> transport,
                          std::shared_ptr<const WeatherModel> weather);
  void over(Date first, int days, Matrix& source_receptor, std::vector<double>& background_ugm3) const override;

 private:
  std::shared_ptr<const WeatherModel> weather_;
  std::vector<SeasonResponse> seasons_;  // one per season, or one for all days
};

}  // namespace airgov::transport
