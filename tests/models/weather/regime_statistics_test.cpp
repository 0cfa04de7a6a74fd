// Series statistics on hand-made sequences.
#include "models/weather/regime_statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "test_chains.hpp"

namespace airgov::weather {
namespace {

std::vector<Date> consecutive_days(Date start, int n) {
  std::vector<Date> days;
  for (int t = 0; t < n; ++t) days.push_back(start + t);
  return days;
}

const SeasonCalendar kOneSeason(testing::one_season_spec(testing::matrix({{1.0}})).seasons);

TEST(RegimeStatistics, EpisodesAreMaximalRuns) {
  const auto days = consecutive_days(Date::from_ymd(2013, 1, 1), 6);
  const std::vector<int> regimes = {0, 0, 1, 1, 1, 0};
  const auto episodes = find_episodes(days, regimes);
  ASSERT_EQ(episodes.size(), 3u);
  EXPECT_EQ(episodes[1].regime, 1);
  EXPECT_EQ(episodes[1].start, Date::from_ymd(2013, 1, 3));
  EXPECT_EQ(episodes[1].length_days, 3);

  const auto mean = mean_episode_length_days(days, regimes, 3);
  EXPECT_DOUBLE_EQ(mean[0], 1.5);
  EXPECT_DOUBLE_EQ(mean[1], 3.0);
  EXPECT_TRUE(std::isnan(mean[2]));
}

TEST(RegimeStatistics, AGapInTheDatesEndsAnEpisode) {
  const std::vector<Date> days = {Date::from_ymd(2013, 1, 1), Date::from_ymd(2013, 1, 2),
                                  Date::from_ymd(2013, 1, 5)};
  EXPECT_EQ(find_episodes(days, std::vector<int>{2, 2, 2}).size(), 2u);
}

TEST(RegimeStatistics, CensoringAwareMeanIgnoresTheCutEnd) {
  // Regime 0: 2 days at risk, 1 ended -> 2. Regime 1: days 3-5 at risk, 1 ended -> 3.
  // The last day (regime 0) has no next day, so it is not at risk.
  const auto days = consecutive_days(Date::from_ymd(2013, 1, 1), 6);
  const Matrix mean =
      mean_episode_length_days_by_season(kOneSeason, days, std::vector<int>{0, 0, 1, 1, 1, 0}, 3);
  EXPECT_DOUBLE_EQ(mean(0, 0), 2.0);
  EXPECT_DOUBLE_EQ(mean(0, 1), 3.0);
  EXPECT_TRUE(std::isnan(mean(0, 2)));
  const Matrix never_ends =
      mean_episode_length_days_by_season(kOneSeason, days, std::vector<int>{2, 2, 2, 2, 2, 2}, 3);
  EXPECT_TRUE(std::isinf(never_ends(0, 2)));
}

TEST(RegimeStatistics, SeasonChangeCutsTheRisk) {
  // 30 Nov -> 1 Dec crosses autumn -> winter: that transition counts in neither season.
  const SeasonCalendar calendar(testing::four_season_spec().seasons);
  const auto days = consecutive_days(Date::from_ymd(2013, 11, 29), 4);  // 29, 30 Nov; 1, 2 Dec
  const Matrix mean =
      mean_episode_length_days_by_season(calendar, days, std::vector<int>{0, 0, 1, 1}, 3);
  EXPECT_TRUE(std::isinf(mean(3, 0)));  // autumn: 1 day at risk, not ended
  EXPECT_TRUE(std::isinf(mean(0, 1)));  // winter: 1 day at risk, not ended
}

TEST(RegimeStatistics, FrequenciesBySeason) {
  const SeasonCalendar calendar(testing::four_season_spec().seasons);
  const auto days = consecutive_days(Date::from_ymd(2013, 2, 27), 4);  // 27, 28 Feb; 1, 2 Mar
  const Matrix share =
      regime_frequencies_by_season(calendar, days, std::vector<int>{0, 2, 1, 1}, 3);
  EXPECT_DOUBLE_EQ(share(0, 0), 0.5);
  EXPECT_DOUBLE_EQ(share(0, 2), 0.5);
  EXPECT_DOUBLE_EQ(share(1, 1), 1.0);
  EXPECT_DOUBLE_EQ(share(2, 0) + share(2, 1) + share(2, 2), 0.0);  // no summer day
}

TEST(RegimeStatistics, ExpectedEpisodeLength) {
  const Matrix p = testing::matrix({{0.75, 0.25}, {0.0, 1.0}});
  EXPECT_DOUBLE_EQ(expected_episode_length_days(p, 0), 4.0);
  EXPECT_TRUE(std::isinf(expected_episode_length_days(p, 1)));
  EXPECT_THROW(expected_episode_length_days(p, 2), std::invalid_argument);
}

TEST(RegimeStatistics, InvalidSeriesThrows) {
  const auto days = consecutive_days(Date::from_ymd(2013, 1, 1), 3);
  EXPECT_THROW(find_episodes(days, std::vector<int>{0, 1}), std::invalid_argument);
  EXPECT_THROW(mean_episode_length_days(days, std::vector<int>{0, 1, 3}, 3),
               std::invalid_argument);
  const std::vector<Date> backwards = {days[2], days[1], days[0]};
  EXPECT_THROW(find_episodes(backwards, std::vector<int>{0, 0, 0}), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::weather
