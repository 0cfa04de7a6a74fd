#pragma once
// AQI classes of HJ 633-2012 Table 2, and the day counts reports use.
#include <string_view>

namespace airgov::airquality {

// Index into airgov::kAqiClassNames: 0-50 excellent, 51-100 good, 101-150 lightly polluted,
// 151-200 moderately polluted, 201-300 heavily polluted, > 300 severely polluted.
// Throws std::invalid_argument for a negative AQI.
int aqi_class(int aqi);
std::string_view aqi_class_name(int aqi);

// "Attainment day" (达标天): AQI <= 100. "Heavy-pollution day": AQI > 200.
constexpr bool is_attainment_day(int aqi) { return aqi <= 100; }
constexpr bool is_heavy_pollution_day(int aqi) { return aqi > 200; }

}  // namespace airgov::airquality
