#pragma once
// Interface: turning a day's PM2.5 into the reported index. Implemented in models/airquality/.
#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace airgov {

inline constexpr int kAqiClassCount = 6;
inline constexpr std::array<std::string_view, kAqiClassCount> kAqiClassNames = {
    "excellent", "good", "lightly_polluted", "moderately_polluted", "heavily_polluted",
    "severely_polluted"};

struct DailyAirQuality {
  int pm25_ugm3 = 0;   // daily mean rounded to a whole ug/m3, as monitoring data are reported
  int aqi_pm25 = 0;    // PM2.5 sub-index, rounded up
  int aqi_class = 0;   // index into kAqiClassNames
};

class AirQualityModel {
 public:
  virtual ~AirQualityModel() = default;
  virtual DailyAirQuality assess_pm25(double pm25_ugm3) const = 0;
  // Every jurisdiction of a day at once (one virtual call per day instead of one per value);
  // the same results as assess_pm25 element by element.
  virtual void assess_pm25_all(std::span<const double> pm25_ugm3, std::span<DailyAirQuality> out) const {
    for (std::size_t j = 0; j < pm25_ugm3.size() && j < out.size(); ++j) out[j] = assess_pm25(pm25_ugm3[j]);
  }
};

}  // namespace airgov
