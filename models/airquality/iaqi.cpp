#include "models/airquality/iaqi.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "models/airquality/breakpoints.hpp"

namespace airgov::airquality {
namespace {

constexpr double kRoundingSlack = 1e-9;

void require_valid(Pollutant p, double concentration) {
  if (!std::isfinite(concentration) || concentration < 0) {
    throw std::invalid_argument("IAQI of " + std::string(pollutant_name(p)) +
                                ": concentration must be finite and >= 0, got " +
                                std::to_string(concentration));
  }
}

}  // namespace

double iaqi_unrounded(Pollutant p, double concentration) {
  require_valid(p, concentration);
  const auto table = breakpoints(p);
  for (std::size_t k = 1; k < table.size(); ++k) {
    const Breakpoint lo = table[k - 1];
    const Breakpoint hi = table[k];
    if (concentration <= hi.concentration) {
      return lo.iaqi + (hi.iaqi - lo.iaqi) * (concentration - lo.concentration) /
                           (hi.concentration - lo.concentration);
    }
  }
  if (p == Pollutant::o3_8h) {
    throw std::out_of_range(
        "IAQI of o3_8h above 800 ug/m3 is not defined by HJ 633-2012: report the O3 1h "
        "sub-index instead");
  }
  return kIaqiCap;
}

int round_iaqi_up(double iaqi_value) {
  return static_cast<int>(std::ceil(iaqi_value - kRoundingSlack));
}

int iaqi(Pollutant p, double concentration) {
  return round_iaqi_up(iaqi_unrounded(p, concentration));
}

double pm25_iaqi_unrounded(double pm25_ugm3) {
  return iaqi_unrounded(Pollutant::pm25_24h, pm25_ugm3);
}

int pm25_iaqi(double pm25_ugm3) { return iaqi(Pollutant::pm25_24h, pm25_ugm3); }

}  // namespace airgov::airquality
