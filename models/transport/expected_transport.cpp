#include "models/transport/expected_transport.hpp"

#include <stdexcept>

#include "models/transport/dense_lu.hpp"
#include "models/weather/stationary_distribution.hpp"

namespace airgov::transport {

SeasonResponse stationary_response(const TransportModel& transport, const Matrix& transition) {
  const std::size_t n = transport.size();
  const std::size_t regimes = static_cast<std::size_t>(transport.regime_count());
  if (transition.rows() != regimes || transition.cols() != regimes) {
    throw std::invalid_argument("expected transport: transition matrix does not match the regimes");
  }
  const std::vector<double> pi = weather::stationary_distribution(transition);
  // Unknowns stacked by regime: row m*n + j of Y holds y_m[j]; n + 1 right-hand sides (one per
  // source's unit emission, one for the background).
  const std::size_t size = regimes * n;
  Matrix system = Matrix::identity(size);
  Matrix rhs(size, n + 1);
  for (std::size_t m = 0; m < regimes; ++m) {
    const DailyOperator op = transport.daily_operator(static_cast<int>(m));
    for (std::size_t k = 0; k < regimes; ++k) {
      const double p = transition(k, m);
      if (p == 0.0) continue;
      for (std::size_t j = 0; j < n; ++j) {
        for (std::size_t l = 0; l < n; ++l) system(m * n + j, k * n + l) -= p * op.propagator(j, l);
      }
    }
    for (std::size_t j = 0; j < n; ++j) {
      for (std::size_t i = 0; i < n; ++i) rhs(m * n + j, i) = pi[m] * op.emission_increment(j, i);
      rhs(m * n + j, n) = pi[m] * op.background_increment[j];
    }
  }
  const Matrix y = DenseLu(std::move(system)).solve(rhs);
  SeasonResponse out{Matrix(n, n), std::vector<double>(n, 0.0)};
  for (std::size_t m = 0; m < regimes; ++m) {
    for (std::size_t j = 0; j < n; ++j) {
      for (std::size_t i = 0; i < n; ++i) out.source_receptor(i, j) += y(m * n + j, i);
      out.background_ugm3[j] += y(m * n + j, n);
    }
  }
  return out;
}

ClimatologicalTransport::ClimatologicalTransport(std::shared_ptr<const TransportModel> transport,
                                                 std::shared_ptr<const WeatherModel> weather)
    : weather_(std::move(weather)) {
  if (weather_ && weather_->season_count() > 0) {
    for (int s = 0; s < weather_->season_count(); ++s) {
      seasons_.push_back(stationary_response(*transport, weather_->season_transition(s)));
    }
  } else {
    const auto b = transport->background_ugm3(0);
    seasons_.push_back(SeasonResponse{transport->source_receptor(0), std::vector<double>(b.begin(), b.end())});
    weather_.reset();
  }
}

void ClimatologicalTransport::over(Date first, int days, Matrix& source_receptor,
                                   std::vector<double>& background_ugm3) const {
  const std::size_t n = seasons_.front().background_ugm3.size();
  std::vector<int> season_days(seasons_.size(), 0);
  for (int d = 0; d < days; ++d) ++season_days[weather_ ? static_cast<std::size_t>(weather_->season_of(first + d)) : 0];
  source_receptor = Matrix(n, n);
  background_ugm3.assign(n, 0.0);
  for (std::size_t s = 0; s < seasons_.size(); ++s) {
    if (season_days[s] == 0) continue;
    const double share = static_cast<double>(season_days[s]) / days;
    const auto& t = seasons_[s].source_receptor.data();
    auto& out = source_receptor.data();
    for (std::size_t k = 0; k < out.size(); ++k) out[k] += share * t[k];
    for (std::size_t j = 0; j < n; ++j) background_ugm3[j] += share * seasons_[s].background_ugm3[j];
  }
}

}  // namespace airgov::transport
