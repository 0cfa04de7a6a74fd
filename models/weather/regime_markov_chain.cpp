#include "models/weather/regime_markov_chain.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>
#include <stdexcept>
#include <string>

#include "models/weather/stationary_distribution.hpp"

namespace airgov::weather {
namespace {

constexpr double kRowSumTolerance = 1e-6;

std::vector<double> cumulative(std::span<const double> p) {
  std::vector<double> cdf(p.size());
  std::partial_sum(p.begin(), p.end(), cdf.begin());
  return cdf;
}

// Smallest k with u < cdf[k]. A regime of probability 0 is never returned (its cdf step is
// empty). If round-off leaves cdf.back() just below 1 and u falls above it, the last regime
// with positive probability is returned.
int inverse_cdf(std::span<const double> cdf, double u) {
  int last_positive = 0;
  double previous = 0;
  for (std::size_t k = 0; k < cdf.size(); ++k) {
    if (u < cdf[k]) return static_cast<int>(k);
    if (cdf[k] > previous) last_positive = static_cast<int>(k);
    previous = cdf[k];
  }
  return last_positive;
}

Matrix checked_transition(const SeasonSpec& season, std::size_t n) {
  const std::string where = "weather season '" + season.name + "': ";
  if (season.transition.rows() != n || season.transition.cols() != n) {
    throw std::invalid_argument(where + "transition matrix must be " + std::to_string(n) + " x " +
                                std::to_string(n) + " (one row and column per regime)");
  }
  Matrix p = season.transition;
  for (std::size_t i = 0; i < n; ++i) {
    double sum = 0;
    for (const double v : p.row(i)) {
      if (!(v >= 0.0 && v <= 1.0)) {
        throw std::invalid_argument(where + "transition probabilities must be in [0, 1] (row " +
                                    std::to_string(i) + ")");
      }
      sum += v;
    }
    if (std::abs(sum - 1.0) > kRowSumTolerance) {
      throw std::invalid_argument(where + "row " + std::to_string(i) + " sums to " +
                                  std::to_string(sum) + ", not 1");
    }
    for (double& v : p.row(i)) v /= sum;
  }
  return p;
}

}  // namespace

RegimeMarkovChain::RegimeMarkovChain(const WeatherSpec& spec)
    : regime_count_(static_cast<int>(spec.regimes.size())), stochastic_(spec.stochastic) {
  if (regime_count_ == 0) throw std::invalid_argument("weather: at least one regime is needed");
  if (spec.seasons.empty()) {
    if (stochastic_) throw std::invalid_argument("weather: a stochastic chain needs seasons");
    return;
  }
  calendar_ = SeasonCalendar(spec.seasons);
  const auto n = static_cast<std::size_t>(regime_count_);
  for (const SeasonSpec& season : spec.seasons) {
    Matrix p = checked_transition(season, n);
    Matrix cdf(n, n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::vector<double> row = cumulative(p.row(i));
      std::copy(row.begin(), row.end(), cdf.row(i).begin());
    }
    std::vector<double> pi;
    try {
      pi = stationary_distribution(p);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument("weather season '" + season.name + "': " + e.what());
    }
    stationary_cdf_.push_back(cumulative(pi));
    stationary_.push_back(std::move(pi));
    transitions_.push_back(std::move(p));
    row_cdfs_.push_back(std::move(cdf));
  }
}

int RegimeMarkovChain::next_regime(int previous, Date day, RandomStream& stream) const {
  if (previous < -1 || previous >= regime_count_) {
    throw std::out_of_range("weather: previous regime " + std::to_string(previous) +
                            " is not -1 or a regime index");
  }
  const double u = stream.uniform();
  if (!stochastic_) return 0;
  const int season = calendar_.season_of(day);
  if (previous < 0) return inverse_cdf(stationary_cdf_[season], u);
  return inverse_cdf(row_cdfs_[season].row(previous), u);
}

int RegimeMarkovChain::season_of(Date day) const { return calendar_.season_of(day); }

std::vector<double> RegimeMarkovChain::climatology(Date day) const {
  if (!stochastic_) {
    std::vector<double> only_first(regime_count_, 0.0);
    only_first[0] = 1.0;
    return only_first;
  }
  return stationary_[calendar_.season_of(day)];
}

}  // namespace airgov::weather
