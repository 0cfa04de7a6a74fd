// HJ 633-2012 sub-indices: reference values of MODEL.md section 6 and the rounding rules.
#include "models/airquality/iaqi.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>

#include "models/airquality/breakpoints.hpp"

namespace airgov::airquality {
namespace {

TEST(Iaqi, Pm25ReferenceValues) {
  EXPECT_EQ(pm25_iaqi(35), 50);
  EXPECT_EQ(pm25_iaqi(75), 100);
  EXPECT_EQ(pm25_iaqi(36), 52);  // 51.25 rounded up
  EXPECT_EQ(pm25_iaqi(200), 250);
  EXPECT_EQ(pm25_iaqi(500), 500);
  EXPECT_EQ(pm25_iaqi(600), 500);  // capped above the top breakpoint
  EXPECT_EQ(pm25_iaqi(0), 0);
}

TEST(Iaqi, Pm25UnroundedIsTheLinearInterpolation) {
  EXPECT_DOUBLE_EQ(pm25_iaqi_unrounded(36), 51.25);
  EXPECT_DOUBLE_EQ(pm25_iaqi_unrounded(80), 106.25);
  EXPECT_DOUBLE_EQ(pm25_iaqi_unrounded(600), 500);
}

TEST(Iaqi, EveryBreakpointMapsExactlyToItsIndex) {
  // Guards the rounding slack: no breakpoint may round up to the next integer.
  for (int k = 0; k < kPollutantCount; ++k) {
    const auto p = static_cast<Pollutant>(k);
    for (const Breakpoint& bp : breakpoints(p)) {
      EXPECT_EQ(iaqi(p, bp.concentration), static_cast<int>(bp.iaqi))
          << pollutant_name(p) << " at " << bp.concentration;
    }
  }
}

TEST(Iaqi, JustAboveABreakpointRoundsUp) {
  EXPECT_EQ(pm25_iaqi(75.01), 101);
  EXPECT_EQ(pm25_iaqi(35.1), 51);
}

TEST(Iaqi, MultiPollutantSubIndices) {
  EXPECT_EQ(iaqi(Pollutant::pm25_24h, 80), 107);
  EXPECT_EQ(iaqi(Pollutant::pm10_24h, 120), 85);
  EXPECT_EQ(iaqi(Pollutant::so2_24h, 20), 20);
  EXPECT_EQ(iaqi(Pollutant::no2_24h, 50), 63);
  EXPECT_EQ(iaqi(Pollutant::co_24h, 1.2), 30);  // mg/m3
  EXPECT_EQ(iaqi(Pollutant::o3_8h, 120), 67);
}

TEST(Iaqi, O3OneHourTable) {
  EXPECT_EQ(iaqi(Pollutant::o3_1h, 200), 100);
  EXPECT_EQ(iaqi(Pollutant::o3_1h, 1300), 500);
}

TEST(Iaqi, O3EightHourAbove800IsNotDefined) {
  EXPECT_EQ(iaqi(Pollutant::o3_8h, 800), 300);
  EXPECT_THROW(iaqi(Pollutant::o3_8h, 801), std::out_of_range);
}

TEST(Iaqi, InvalidConcentrationThrows) {
  EXPECT_THROW(pm25_iaqi(-1), std::invalid_argument);
  EXPECT_THROW(iaqi(Pollutant::co_24h, -0.1), std::invalid_argument);
  EXPECT_THROW(pm25_iaqi(std::numeric_limits<double>::quiet_NaN()), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::airquality
