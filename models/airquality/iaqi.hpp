#pragma once
// Individual air quality index (IAQI) of one pollutant, HJ 633-2012 formula (1):
//   IAQI = (I_hi - I_lo) / (BP_hi - BP_lo) * (C - BP_lo) + I_lo, reported rounded UP to an integer.
// Concentrations are in the pollutant's unit (kPollutantUnits: CO in mg/m3, the rest in ug/m3).
#include "models/airquality/pollutant.hpp"

namespace airgov::airquality {

// The sub-index reported above the top breakpoint: HJ 633 defines nothing beyond IAQI 500.
inline constexpr int kIaqiCap = 500;

// Unrounded IAQI. Throws std::invalid_argument for a negative or non-finite concentration and
// std::out_of_range for O3 8h above 800 ug/m3, where HJ 633 reports the O3 1h sub-index instead.
double iaqi_unrounded(Pollutant p, double concentration);

// IAQI rounded up. An absolute slack of 1e-9 keeps exact breakpoints exact despite floating
// error (75 ug/m3 PM2.5 is IAQI 100, not 101); real IAQIs are never within 1e-9 above an integer
// unless they are that integer.
int iaqi(Pollutant p, double concentration);

// The PM2.5 24h sub-index, the one the simulation reports daily.
double pm25_iaqi_unrounded(double pm25_ugm3);
int pm25_iaqi(double pm25_ugm3);

// Rounds an unrounded IAQI up, with the slack described above.
int round_iaqi_up(double iaqi_value);

}  // namespace airgov::airquality
