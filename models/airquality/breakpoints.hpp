#pragma once
// HJ 633-2012 Table 1: concentration breakpoints and the IAQI value at each.
#include <span>

#include "models/airquality/pollutant.hpp"

namespace airgov::airquality {

struct Breakpoint {
  double concentration;  // in the pollutant's unit (kPollutantUnits)
  double iaqi;
};

// Increasing breakpoints starting at (0, 0). O3 8h stops at IAQI 300 (800 ug/m3): above it the
// standard reports the O3 1h sub-index instead.
std::span<const Breakpoint> breakpoints(Pollutant p);

}  // namespace airgov::airquality
