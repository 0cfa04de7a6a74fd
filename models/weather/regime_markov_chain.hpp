#pragma once
// The engine's WeatherModel: a Markov chain of weather regimes whose transition matrix depends
// on the season (MODEL.md section 3, phase 1).
#include <vector>

#include "models/weather/season_calendar.hpp"
#include "sim/core/matrix.hpp"
#include "sim/interfaces/weather_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::weather {

class RegimeMarkovChain final : public WeatherModel {
 public:
  // Throws std::invalid_argument on an unusable spec: no regime; seasons that miss or repeat a
  // month; a transition matrix of the wrong size, with a probability outside [0, 1] or a row
  // not summing to 1 within 1e-6 (rows are renormalised, so hand-typed 0.333s are accepted); a
  // season whose chain has no unique stationary distribution. Seasons may be empty only when
  // `stochastic` is false.
  explicit RegimeMarkovChain(const WeatherSpec& spec);

  int regime_count() const override { return regime_count_; }

  // Draws exactly one uniform from `stream` on every call, even when the chain is deterministic,
  // so that whatever the engine draws next from the same stream does not depend on the weather
  // settings. Inverse CDF on the row of `previous` in the season's matrix, or on the season's
  // stationary distribution when previous == -1 (the first day). Throws std::out_of_range if
  // previous is not -1 or a regime.
  int next_regime(int previous, Date day, RandomStream& stream) const override;

  // The season's stationary distribution; (1, 0, ..., 0) when the chain is deterministic.
  std::vector<double> climatology(Date day) const override;

  bool stochastic() const { return stochastic_; }
  const SeasonCalendar& calendar() const { return calendar_; }
  // The season's transition matrix as given, rows renormalised.
  const Matrix& transition(int season) const { return transitions_.at(season); }
  // A deterministic chain (always regime 0) has no seasons to speak of.
  int season_count() const override { return stochastic_ ? static_cast<int>(transitions_.size()) : 0; }
  int season_of(Date day) const override;
  const Matrix& season_transition(int season) const override { return transition(season); }

 private:
  int regime_count_ = 0;
  bool stochastic_ = true;
  SeasonCalendar calendar_;
  std::vector<Matrix> transitions_;                // per season
  std::vector<Matrix> row_cdfs_;                   // per season: cumulative sums of each row
  std::vector<std::vector<double>> stationary_;    // per season
  std::vector<std::vector<double>> stationary_cdf_;
};

}  // namespace airgov::weather
