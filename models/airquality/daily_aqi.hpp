#pragma once
// Daily AQI of HJ 633-2012 from all measured pollutants: AQI = max IAQI, its class, and the
// primary pollutant(s).
#include <array>
#include <optional>
#include <vector>

#include "models/airquality/pollutant.hpp"

namespace airgov::airquality {

// A day's measurements; leave a pollutant empty when it was not measured.
struct DailyConcentrations {
  std::optional<double> pm25_24h_ugm3;
  std::optional<double> pm10_24h_ugm3;
  std::optional<double> so2_24h_ugm3;
  std::optional<double> no2_24h_ugm3;
  std::optional<double> co_24h_mgm3;
  std::optional<double> o3_8h_ugm3;  // maximum 8 h moving average of the day
  std::optional<double> o3_1h_ugm3;  // maximum 1 h value of the day

  std::optional<double> get(Pollutant p) const;
};

struct DailyAqi {
  int aqi = 0;
  int aqi_class = 0;  // index into airgov::kAqiClassNames
  // Rounded-up IAQI per pollutant (index = Pollutant); empty when not measured, or for O3 8h
  // when it exceeded 800 ug/m3 and the O3 1h sub-index replaced it.
  std::array<std::optional<int>, kPollutantCount> iaqi{};
  // HJ 633: pollutants whose IAQI equals the AQI, named only when AQI > 50. O3 8h and O3 1h may
  // both appear; a report printing "O3" should merge them.
  std::vector<Pollutant> primary_pollutants;
  // O3 8h above 800 ug/m3 has no sub-index in HJ 633. With an O3 1h value the 8h one is dropped;
  // without it the 8h sub-index is set to the cap (500) as a conservative stand-in and this
  // flag tells reports the value is not from the standard's tables.
  bool o3_8h_above_table = false;
};

// Throws std::invalid_argument when nothing was measured or a concentration is negative.
DailyAqi assess_day(const DailyConcentrations& day);

}  // namespace airgov::airquality
