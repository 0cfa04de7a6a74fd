#pragma once
// Interface: the weather regime of each day. Implemented in models/weather/.
#include <vector>

#include "sim/core/date.hpp"
#include "sim/core/matrix.hpp"
#include "sim/random/stream.hpp"

namespace airgov {

class WeatherModel {
 public:
  virtual ~WeatherModel() = default;
  virtual int regime_count() const = 0;
  // Regime of `day` given the previous day's (-1 on the first day). Draws only from `stream`.
  virtual int next_regime(int previous, Date day, RandomStream& stream) const = 0;
  // Long-run share of each regime in the season that contains `day`, for expectations.
  virtual std::vector<double> climatology(Date day) const = 0;
  // Seasons, each with its own transition matrix (regime x regime, rows sum to 1).
  virtual int season_count() const = 0;
  virtual int season_of(Date day) const = 0;
  virtual const Matrix& season_transition(int season) const = 0;
};

}  // namespace airgov
