#pragma once
// GB 3095-2012 Grade II limits for PM2.5 (residential, commercial, industrial areas).
// Compare the value as reported: daily means are rounded to a whole ug/m3 first (see
// Pm25AirQuality), so 75.4 ug/m3 is reported 75 and does not exceed.
namespace airgov::airquality {

inline constexpr double kPm25Grade2Limit24hUgm3 = 75;
inline constexpr double kPm25Grade2LimitAnnualUgm3 = 35;

constexpr bool exceeds_pm25_24h_grade2(double pm25_24h_ugm3) {
  return pm25_24h_ugm3 > kPm25Grade2Limit24hUgm3;
}
constexpr bool exceeds_pm25_annual_grade2(double pm25_annual_ugm3) {
  return pm25_annual_ugm3 > kPm25Grade2LimitAnnualUgm3;
}

}  // namespace airgov::airquality
