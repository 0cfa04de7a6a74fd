#pragma once
// An ozone proxy for attainment days. The model simulates PM2.5 only, so it counts a day as
// attaining when AQI(PM2.5) <= 100; official counts use the full AQI, and on the North China
// Plain ozone (8-hour mean above 160 ug/m3, GB 3095-2012 Grade II, IAQI > 100) fails many warm-
// season days on which PM2.5 is fine. The proxy: each PM2.5-attaining day of the ozone season
// fails on ozone with one probability p, so the expected attainment days are
//     A_O3 = A_PM - p * S,
// A_PM the PM2.5-attaining days of the year, S those of them in the season. p is not a
// photochemical model: it is set from an observed count (ozone_failure_probability), carries no
// trend of its own (ozone rose over 2013-2017 while PM2.5 fell) and is the same for every city.
#include <algorithm>

#include "sim/core/date.hpp"

namespace airgov::airquality {

// May-September: the warm season in which ozone exceeds the Grade II 8-hour limit on the North
// China Plain (assumption from the data README's "summer days"; outside it exceedances are rare).
inline constexpr int kOzoneSeasonFirstMonth = 5;
inline constexpr int kOzoneSeasonLastMonth = 9;

inline bool in_ozone_season(Date day) {
  const int month = day.month();
  return month >= kOzoneSeasonFirstMonth && month <= kOzoneSeasonLastMonth;
}

// Days a year on which Beijing exceeded on ozone alone, 2014-2017: "roughly 45 summer days a
// year" (IJERPH 2018, 15:628, via shared/data/README.md; recalled, unverified).
inline constexpr double kBeijingOzoneOnlyDaysPerYear = 45;

// p such that p * attaining_season_days = ozone_only_days (both mean counts per year over the
// same years), clamped to [0, 1]; 0 when there is no attaining season day.
constexpr double ozone_failure_probability(double ozone_only_days, double attaining_season_days) {
  if (!(attaining_season_days > 0)) return 0.0;
  return std::clamp(ozone_only_days / attaining_season_days, 0.0, 1.0);
}

// A_O3 = A_PM - p S: the expected attainment days once the proxy fails some season days.
constexpr double attainment_with_ozone_proxy(double attaining_days, double attaining_season_days, double p) {
  return attaining_days - p * attaining_season_days;
}

}  // namespace airgov::airquality
