#include "models/airquality/daily_aqi.hpp"

#include <algorithm>
#include <stdexcept>

#include "models/airquality/aqi_class.hpp"
#include "models/airquality/breakpoints.hpp"
#include "models/airquality/iaqi.hpp"

namespace airgov::airquality {

std::optional<double> DailyConcentrations::get(Pollutant p) const {
  switch (p) {
    case Pollutant::pm25_24h: return pm25_24h_ugm3;
    case Pollutant::pm10_24h: return pm10_24h_ugm3;
    case Pollutant::so2_24h: return so2_24h_ugm3;
    case Pollutant::no2_24h: return no2_24h_ugm3;
    case Pollutant::co_24h: return co_24h_mgm3;
    case Pollutant::o3_8h: return o3_8h_ugm3;
    case Pollutant::o3_1h: return o3_1h_ugm3;
  }
  return std::nullopt;
}

DailyAqi assess_day(const DailyConcentrations& day) {
  DailyAqi result;
  const double o3_8h_top_ugm3 = breakpoints(Pollutant::o3_8h).back().concentration;
  for (int k = 0; k < kPollutantCount; ++k) {
    const auto p = static_cast<Pollutant>(k);
    const std::optional<double> c = day.get(p);
    if (!c) continue;
    if (p == Pollutant::o3_8h && *c > o3_8h_top_ugm3) {
      result.o3_8h_above_table = true;
      if (!day.o3_1h_ugm3) result.iaqi[k] = kIaqiCap;
      continue;
    }
    result.iaqi[k] = iaqi(p, *c);
  }

  bool any = false;
  for (const auto& value : result.iaqi) {
    if (value) {
      result.aqi = any ? std::max(result.aqi, *value) : *value;
      any = true;
    }
  }
  if (!any) throw std::invalid_argument("daily AQI: no pollutant measured");

  result.aqi_class = aqi_class(result.aqi);
  if (result.aqi > 50) {
    for (int k = 0; k < kPollutantCount; ++k) {
      if (result.iaqi[k] == result.aqi) {
        result.primary_pollutants.push_back(static_cast<Pollutant>(k));
      }
    }
  }
  return result;
}

}  // namespace airgov::airquality
