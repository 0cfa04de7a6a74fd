#include "models/health/require_concentration.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace airgov::health {

void require_concentration(double pm25_ugm3) {
  if (!std::isfinite(pm25_ugm3) || pm25_ugm3 < 0) {
    throw std::invalid_argument("PM2.5 exposure must be finite and >= 0 ug/m3, got " +
                                std::to_string(pm25_ugm3));
  }
}

}  // namespace airgov::health
