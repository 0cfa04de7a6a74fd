#pragma once
// Statistics of a daily regime series (simulated or recorded), for tests and reports.
// A series is two parallel spans: the days (increasing) and the regime of each day.
#include <span>
#include <vector>

#include "models/weather/season_calendar.hpp"
#include "sim/core/date.hpp"
#include "sim/core/matrix.hpp"

namespace airgov::weather {

// Every function below throws std::invalid_argument if the spans differ in length, a regime is
// outside [0, regime_count) or the days do not increase.

// Share of days in each regime by season: row = season, column = regime (rows of a season with
// no day are all 0).
Matrix regime_frequencies_by_season(const SeasonCalendar& calendar, std::span<const Date> days,
                                    std::span<const int> regimes, int regime_count);

// An episode: a maximal run of consecutive days in one regime (a gap in the dates ends it).
struct Episode {
  int regime = 0;
  Date start;
  int length_days = 0;
};
std::vector<Episode> find_episodes(std::span<const Date> days, std::span<const int> regimes);

// Plain mean length of each regime's episodes over the whole series, as a reader would count
// them ("stagnation lasts 3.2 days"); episodes cut by the start or end of the series count as
// they are. NaN for a regime that never occurs.
std::vector<double> mean_episode_length_days(std::span<const Date> days,
                                             std::span<const int> regimes, int regime_count);

// Mean episode length by season (row) and regime (column), estimated so that episodes cut by a
// season change or by the series' ends do not bias it short: every day in regime r whose next
// day is in the same season is one day "at risk" of the episode ending, and the estimate is
// days at risk / episodes that ended (the maximum-likelihood mean of a geometric length under
// censoring). For a chain homogeneous within the season it tends to 1 / (1 - P_rr). +inf if
// the regime occurred but never ended, NaN if it never had a day at risk.
Matrix mean_episode_length_days_by_season(const SeasonCalendar& calendar,
                                          std::span<const Date> days,
                                          std::span<const int> regimes, int regime_count);

// Expected episode length of `regime` under a transition matrix: 1 / (1 - P_rr) days, since an
// episode ends each day with probability 1 - P_rr (geometric length). +inf when P_rr = 1.
double expected_episode_length_days(const Matrix& transition, int regime);

}  // namespace airgov::weather
