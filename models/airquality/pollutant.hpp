#pragma once
// The pollutants and averaging times that carry an IAQI in HJ 633-2012 (daily report).
#include <array>
#include <string_view>

namespace airgov::airquality {

enum class Pollutant { pm25_24h = 0, pm10_24h, so2_24h, no2_24h, co_24h, o3_8h, o3_1h };
inline constexpr int kPollutantCount = 7;

inline constexpr std::array<std::string_view, kPollutantCount> kPollutantNames = {
    "pm25_24h", "pm10_24h", "so2_24h", "no2_24h", "co_24h", "o3_8h", "o3_1h"};

// CO is reported in mg/m3 by HJ 633; everything else in ug/m3.
inline constexpr std::array<std::string_view, kPollutantCount> kPollutantUnits = {
    "ug/m3", "ug/m3", "ug/m3", "ug/m3", "mg/m3", "ug/m3", "ug/m3"};

constexpr std::string_view pollutant_name(Pollutant p) {
  return kPollutantNames[static_cast<int>(p)];
}

}  // namespace airgov::airquality
