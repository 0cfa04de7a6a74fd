#include "models/airquality/aqi_class.hpp"

#include <array>
#include <stdexcept>
#include <string>

#include "sim/interfaces/air_quality_model.hpp"

namespace airgov::airquality {

int aqi_class(int aqi) {
  if (aqi < 0) throw std::invalid_argument("AQI must be >= 0, got " + std::to_string(aqi));
  // Upper bound (inclusive) of each class but the last.
  constexpr std::array<int, kAqiClassCount - 1> kUpper = {50, 100, 150, 200, 300};
  for (int k = 0; k < kAqiClassCount - 1; ++k) {
    if (aqi <= kUpper[k]) return k;
  }
  return kAqiClassCount - 1;
}

std::string_view aqi_class_name(int aqi) { return kAqiClassNames[aqi_class(aqi)]; }

}  // namespace airgov::airquality
