#include "models/weather/regime_statistics.hpp"

#include <limits>
#include <stdexcept>
#include <string>

namespace airgov::weather {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

void check_series(std::span<const Date> days, std::span<const int> regimes, int regime_count) {
  if (days.size() != regimes.size()) {
    throw std::invalid_argument("regime series: " + std::to_string(days.size()) + " days but " +
                                std::to_string(regimes.size()) + " regimes");
  }
  for (std::size_t t = 0; t < regimes.size(); ++t) {
    if (regimes[t] < 0 || (regime_count >= 0 && regimes[t] >= regime_count)) {
      throw std::invalid_argument("regime series: regime " + std::to_string(regimes[t]) +
                                  " on " + days[t].iso() + " is out of range");
    }
    if (t > 0 && !(days[t - 1] < days[t])) {
      throw std::invalid_argument("regime series: days must increase (" + days[t].iso() + ")");
    }
  }
}

bool consecutive(Date a, Date b) { return b - a == 1; }

}  // namespace

Matrix regime_frequencies_by_season(const SeasonCalendar& calendar, std::span<const Date> days,
                                    std::span<const int> regimes, int regime_count) {
  check_series(days, regimes, regime_count);
  const auto seasons = static_cast<std::size_t>(calendar.season_count());
  Matrix share(seasons, static_cast<std::size_t>(regime_count));
  std::vector<double> total(seasons, 0.0);
  for (std::size_t t = 0; t < days.size(); ++t) {
    const auto s = static_cast<std::size_t>(calendar.season_of(days[t]));
    share(s, static_cast<std::size_t>(regimes[t])) += 1;
    total[s] += 1;
  }
  for (std::size_t s = 0; s < seasons; ++s) {
    if (total[s] == 0) continue;
    for (double& v : share.row(s)) v /= total[s];
  }
  return share;
}

std::vector<Episode> find_episodes(std::span<const Date> days, std::span<const int> regimes) {
  check_series(days, regimes, -1);
  std::vector<Episode> episodes;
  for (std::size_t t = 0; t < days.size(); ++t) {
    if (t > 0 && regimes[t] == regimes[t - 1] && consecutive(days[t - 1], days[t])) {
      ++episodes.back().length_days;
    } else {
      episodes.push_back({regimes[t], days[t], 1});
    }
  }
  return episodes;
}

std::vector<double> mean_episode_length_days(std::span<const Date> days,
                                             std::span<const int> regimes, int regime_count) {
  check_series(days, regimes, regime_count);
  std::vector<double> total_days(regime_count, 0.0), count(regime_count, 0.0);
  for (const Episode& e : find_episodes(days, regimes)) {
    total_days[e.regime] += e.length_days;
    count[e.regime] += 1;
  }
  std::vector<double> mean(regime_count, kNaN);
  for (int r = 0; r < regime_count; ++r) {
    if (count[r] > 0) mean[r] = total_days[r] / count[r];
  }
  return mean;
}

Matrix mean_episode_length_days_by_season(const SeasonCalendar& calendar,
                                          std::span<const Date> days,
                                          std::span<const int> regimes, int regime_count) {
  check_series(days, regimes, regime_count);
  const auto seasons = static_cast<std::size_t>(calendar.season_count());
  const auto n = static_cast<std::size_t>(regime_count);
  Matrix at_risk(seasons, n), ended(seasons, n);
  for (std::size_t t = 0; t + 1 < days.size(); ++t) {
    if (!consecutive(days[t], days[t + 1])) continue;
    const int season = calendar.season_of(days[t]);
    if (calendar.season_of(days[t + 1]) != season) continue;
    const auto s = static_cast<std::size_t>(season);
    const auto r = static_cast<std::size_t>(regimes[t]);
    at_risk(s, r) += 1;
    if (regimes[t + 1] != regimes[t]) ended(s, r) += 1;
  }
  Matrix mean(seasons, n, kNaN);
  for (std::size_t s = 0; s < seasons; ++s) {
    for (std::size_t r = 0; r < n; ++r) {
      if (at_risk(s, r) > 0) mean(s, r) = ended(s, r) > 0 ? at_risk(s, r) / ended(s, r) : kInfinity;
    }
  }
  return mean;
}

double expected_episode_length_days(const Matrix& transition, int regime) {
  const auto r = static_cast<std::size_t>(regime);
  if (regime < 0 || r >= transition.rows() || r >= transition.cols()) {
    throw std::invalid_argument("expected episode length: regime " + std::to_string(regime) +
                                " is out of range");
  }
  const double stay = transition(r, r);
  return stay >= 1.0 ? kInfinity : 1.0 / (1.0 - stay);
}

}  // namespace airgov::weather
