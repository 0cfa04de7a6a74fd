#pragma once
// The engine's AirQualityModel: a day's PM2.5 as a monitoring network would report it.
#include <span>
#include <vector>

#include "sim/interfaces/air_quality_model.hpp"

namespace airgov::airquality {

// Rounds half up to a whole ug/m3 (reported data are integers), with x.5 going up exactly
// (no floor(x + 0.5) error at 0.49999999999999994). Throws std::invalid_argument for a negative
// or non-finite value, or one too large for an int.
int round_pm25_ugm3(double pm25_ugm3);

class Pm25AirQuality final : public AirQualityModel {
 public:
  Pm25AirQuality();
  // The rounded daily mean, its PM2.5 IAQI (HJ 633, rounded up) and the class of that index.
  // PM2.5-only: the official AQI also counts O3, PM10, NO2, SO2 and CO.
  DailyAirQuality assess_pm25(double pm25_ugm3) const override;
  void assess_pm25_all(std::span<const double> pm25_ugm3, std::span<DailyAirQuality> out) const override;

 private:
  // The index is taken of the rounded (whole ug/m3) value, so it takes one of a few hundred
  // values: they are computed once with pm25_iaqi() and aqi_class() and looked up (the formula,
  // called for every jurisdiction and day, was a quarter of a run). Entry c is c ug/m3 for c up
  // to the top breakpoint; the last entry stands for everything above it (IAQI capped at 500).
  struct Entry {
    int aqi_pm25;
    int aqi_class;
  };
  std::vector<Entry> table_;
};

}  // namespace airgov::airquality
