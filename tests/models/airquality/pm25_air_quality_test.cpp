// The engine-facing PM2.5 model: rounding of the daily mean, then IAQI and class.
#include "models/airquality/pm25_air_quality.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>
#include <vector>

#include "models/airquality/aqi_class.hpp"
#include "models/airquality/grade2_exceedance.hpp"
#include "models/airquality/iaqi.hpp"

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

TEST(Pm25AirQuality, EveryBreakpointOfHj633Table1) {
  const Pm25AirQuality model;
  // (24 h PM2.5 in ug/m3, IAQI, class) at the breakpoints of HJ 633-2012 Table 1 and Table 2.
  const struct {
    double pm25;
    int aqi;
    int aqi_class;
  } expected[] = {{0, 0, 0},     {35, 50, 0},    {36, 52, 1},   {75, 100, 1},  {76, 102, 2},
                  {115, 150, 2}, {150, 200, 3},  {151, 201, 4}, {250, 300, 4}, {251, 301, 5},
                  {350, 400, 5}, {500, 500, 5},  {501, 500, 5}, {1e6, 500, 5}};
  for (const auto& e : expected) {
    const DailyAirQuality a = model.assess_pm25(e.pm25);
    EXPECT_EQ(a.aqi_pm25, e.aqi) << e.pm25;
    EXPECT_EQ(a.aqi_class, e.aqi_class) << e.pm25;
  }
}

// The model looks the index up in a table built once; it must agree with the HJ 633 formula
// (pm25_iaqi, aqi_class) at every reported value, below, at and above the top breakpoint.
TEST(Pm25AirQuality, LookupAgreesWithTheFormulaEverywhere) {
  const Pm25AirQuality model;
  std::vector<double> day;
  for (int tenth = 0; tenth <= 8000; ++tenth) day.push_back(tenth / 10.0);
  std::vector<DailyAirQuality> all(day.size());
  model.assess_pm25_all(day, all);
  for (std::size_t k = 0; k < day.size(); ++k) {
    const int reported = round_pm25_ugm3(day[k]);
    const DailyAirQuality a = model.assess_pm25(day[k]);
    ASSERT_EQ(a.pm25_ugm3, reported) << day[k];
    ASSERT_EQ(a.aqi_pm25, pm25_iaqi(reported)) << day[k];
    ASSERT_EQ(a.aqi_class, aqi_class(pm25_iaqi(reported))) << day[k];
    ASSERT_EQ(all[k].pm25_ugm3, a.pm25_ugm3);
    ASSERT_EQ(all[k].aqi_pm25, a.aqi_pm25);
    ASSERT_EQ(all[k].aqi_class, a.aqi_class);
  }
  std::vector<DailyAirQuality> wrong_size(2);
  EXPECT_THROW(model.assess_pm25_all(day, wrong_size), std::invalid_argument);
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
