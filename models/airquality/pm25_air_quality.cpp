#include "models/airquality/pm25_air_quality.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

#include "models/airquality/aqi_class.hpp"
#include "models/airquality/breakpoints.hpp"
#include "models/airquality/iaqi.hpp"

namespace airgov::airquality {

namespace {

[[noreturn]] void refuse(double pm25_ugm3) {
  throw std::invalid_argument("PM2.5 must be finite, >= 0 and < INT_MAX ug/m3, got " + std::to_string(pm25_ugm3));
}

// Inline so the daily loop over jurisdictions needs no call: this runs for every value.
inline int round_half_up(double pm25_ugm3) {
  if (!(pm25_ugm3 >= 0 && pm25_ugm3 < static_cast<double>(std::numeric_limits<int>::max()))) refuse(pm25_ugm3);
  // Truncation is floor for x >= 0 (and, unlike std::floor on baseline x86-64, needs no call);
  // x - floor(x) is exact in floating point, so the half-way test is exact too.
  const auto whole = static_cast<std::int64_t>(pm25_ugm3);
  return static_cast<int>(whole) + (pm25_ugm3 - static_cast<double>(whole) >= 0.5 ? 1 : 0);
}

}  // namespace

int round_pm25_ugm3(double pm25_ugm3) { return round_half_up(pm25_ugm3); }

Pm25AirQuality::Pm25AirQuality() {
  // Above the top breakpoint (500 ug/m3) the sub-index is the cap whatever the concentration, so
  // one entry past it stands for all larger values.
  const int top = static_cast<int>(breakpoints(Pollutant::pm25_24h).back().concentration);
  table_.reserve(static_cast<std::size_t>(top) + 2);
  for (int c = 0; c <= top + 1; ++c) {
    const int aqi = pm25_iaqi(c);
    table_.push_back(Entry{aqi, aqi_class(aqi)});
  }
}

DailyAirQuality Pm25AirQuality::assess_pm25(double pm25_ugm3) const {
  DailyAirQuality out;
  out.pm25_ugm3 = round_half_up(pm25_ugm3);
  const Entry& e = table_[std::min(static_cast<std::size_t>(out.pm25_ugm3), table_.size() - 1)];
  out.aqi_pm25 = e.aqi_pm25;
  out.aqi_class = e.aqi_class;
  return out;
}

void Pm25AirQuality::assess_pm25_all(std::span<const double> pm25_ugm3, std::span<DailyAirQuality> out) const {
  if (out.size() != pm25_ugm3.size()) throw std::invalid_argument("assess_pm25_all: sizes differ");
  const std::size_t last = table_.size() - 1;
  for (std::size_t j = 0; j < pm25_ugm3.size(); ++j) {
    const int reported = round_half_up(pm25_ugm3[j]);
    const Entry& e = table_[std::min(static_cast<std::size_t>(reported), last)];
    out[j] = DailyAirQuality{reported, e.aqi_pm25, e.aqi_class};
  }
}

}  // namespace airgov::airquality
