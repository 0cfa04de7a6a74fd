// The engine-facing PM2.5 model: rounding of the daily mean, then IAQI and class.
#include "models/airquality/pm25_air_quality.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>

#include "models/airquality/grade2_exceedance.hpp"

namespace airgov::airquality {
namespace {

TEST(Pm25AirQuality, RoundsTheDailyMeanHalfUpBeforeTheIndex) {
  const Pm25AirQuality model;
  const DailyAirQuality a = model.assess_pm25(35.4);  // reported 35 -> 50, not 51
  EXPECT_EQ(a.pm25_ugm3, 35);
  EXPECT_EQ(a.aqi_pm25, 50);
  EXPECT_EQ(kAqiClassNames[a.aqi_class], "excellent");

  const DailyAirQuality b = model.assess_pm25(35.5);  // reported 36 -> 52
  EXPECT_EQ(b.pm25_ugm3, 36);
  EXPECT_EQ(b.aqi_pm25, 52);
  EXPECT_EQ(kAqiClassNames[b.aqi_class], "good");
}

TEST(Pm25AirQuality, ReferenceValues) {
  const Pm25AirQuality model;
  EXPECT_EQ(model.assess_pm25(75).aqi_pm25, 100);
  EXPECT_EQ(model.assess_pm25(200).aqi_pm25, 250);
  EXPECT_EQ(kAqiClassNames[model.assess_pm25(200).aqi_class], "heavily_polluted");
  EXPECT_EQ(model.assess_pm25(600).aqi_pm25, 500);
  EXPECT_EQ(kAqiClassNames[model.assess_pm25(600).aqi_class], "severely_polluted");
}

TEST(Pm25AirQuality, RoundingIsExactAtTheHalf) {
  EXPECT_EQ(round_pm25_ugm3(0.49999999999999994), 0);  // floor(x + 0.5) would give 1
  EXPECT_EQ(round_pm25_ugm3(0.5), 1);
  EXPECT_EQ(round_pm25_ugm3(74.5), 75);
  EXPECT_EQ(round_pm25_ugm3(74.49), 74);
}

TEST(Pm25AirQuality, InvalidInputThrows) {
  const Pm25AirQuality model;
  EXPECT_THROW(model.assess_pm25(-0.1), std::invalid_argument);
  EXPECT_THROW(model.assess_pm25(std::numeric_limits<double>::infinity()), std::invalid_argument);
}

TEST(Grade2Exceedance, Pm25Limits) {
  EXPECT_FALSE(exceeds_pm25_24h_grade2(75));
  EXPECT_TRUE(exceeds_pm25_24h_grade2(76));
  EXPECT_FALSE(exceeds_pm25_annual_grade2(35));
  EXPECT_TRUE(exceeds_pm25_annual_grade2(35.1));
}

}  // namespace
}  // namespace airgov::airquality
