#include "models/airquality/pm25_air_quality.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "models/airquality/aqi_class.hpp"
#include "models/airquality/iaqi.hpp"

namespace airgov::airquality {

int round_pm25_ugm3(double pm25_ugm3) {
  if (!std::isfinite(pm25_ugm3) || pm25_ugm3 < 0 ||
      pm25_ugm3 >= static_cast<double>(std::numeric_limits<int>::max())) {
    throw std::invalid_argument("PM2.5 must be finite, >= 0 and < INT_MAX ug/m3, got " +
                                std::to_string(pm25_ugm3));
  }
  // x - floor(x) is exact in floating point, so the half-way test is exact too.
  const double whole = std::floor(pm25_ugm3);
  return static_cast<int>(whole) + (pm25_ugm3 - whole >= 0.5 ? 1 : 0);
}

DailyAirQuality Pm25AirQuality::assess_pm25(double pm25_ugm3) const {
  DailyAirQuality out;
  out.pm25_ugm3 = round_pm25_ugm3(pm25_ugm3);
  out.aqi_pm25 = pm25_iaqi(out.pm25_ugm3);
  out.aqi_class = aqi_class(out.aqi_pm25);
  return out;
}

}  // namespace airgov::airquality
