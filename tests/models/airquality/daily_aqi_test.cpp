// Daily AQI, classes and primary pollutants (HJ 633-2012), MODEL.md section 6.
#include "models/airquality/daily_aqi.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "models/airquality/aqi_class.hpp"
#include "sim/interfaces/air_quality_model.hpp"

namespace airgov::airquality {
namespace {

int index(Pollutant p) { return static_cast<int>(p); }

TEST(DailyAqi, MultiPollutantReferenceDay) {
  DailyConcentrations day;
  day.pm25_24h_ugm3 = 80;
  day.pm10_24h_ugm3 = 120;
  day.so2_24h_ugm3 = 20;
  day.no2_24h_ugm3 = 50;
  day.co_24h_mgm3 = 1.2;
  day.o3_8h_ugm3 = 120;
  const DailyAqi r = assess_day(day);
  EXPECT_EQ(r.iaqi[index(Pollutant::pm25_24h)], 107);
  EXPECT_EQ(r.iaqi[index(Pollutant::pm10_24h)], 85);
  EXPECT_EQ(r.iaqi[index(Pollutant::so2_24h)], 20);
  EXPECT_EQ(r.iaqi[index(Pollutant::no2_24h)], 63);
  EXPECT_EQ(r.iaqi[index(Pollutant::co_24h)], 30);
  EXPECT_EQ(r.iaqi[index(Pollutant::o3_8h)], 67);
  EXPECT_FALSE(r.iaqi[index(Pollutant::o3_1h)].has_value());
  EXPECT_EQ(r.aqi, 107);
  EXPECT_EQ(kAqiClassNames[r.aqi_class], "lightly_polluted");
  ASSERT_EQ(r.primary_pollutants.size(), 1u);
  EXPECT_EQ(r.primary_pollutants[0], Pollutant::pm25_24h);
}

TEST(DailyAqi, NoPrimaryPollutantOnAnExcellentDay) {
  DailyConcentrations day;
  day.pm25_24h_ugm3 = 20;
  day.pm10_24h_ugm3 = 50;  // IAQI 50: not above 50
  const DailyAqi r = assess_day(day);
  EXPECT_EQ(r.aqi, 50);
  EXPECT_TRUE(r.primary_pollutants.empty());
}

TEST(DailyAqi, TiesNameEveryPrimaryPollutant) {
  DailyConcentrations day;
  day.pm25_24h_ugm3 = 75;   // 100
  day.pm10_24h_ugm3 = 150;  // 100
  day.no2_24h_ugm3 = 40;    // 50
  const DailyAqi r = assess_day(day);
  ASSERT_EQ(r.primary_pollutants.size(), 2u);
  EXPECT_EQ(r.primary_pollutants[0], Pollutant::pm25_24h);
  EXPECT_EQ(r.primary_pollutants[1], Pollutant::pm10_24h);
}

TEST(DailyAqi, O3EightHourAbove800UsesTheOneHourValue) {
  DailyConcentrations day;
  day.pm25_24h_ugm3 = 30;
  day.o3_8h_ugm3 = 850;
  day.o3_1h_ugm3 = 1000;  // IAQI 400
  const DailyAqi r = assess_day(day);
  EXPECT_TRUE(r.o3_8h_above_table);
  EXPECT_FALSE(r.iaqi[index(Pollutant::o3_8h)].has_value());
  EXPECT_EQ(r.aqi, 400);
  ASSERT_EQ(r.primary_pollutants.size(), 1u);
  EXPECT_EQ(r.primary_pollutants[0], Pollutant::o3_1h);
}

TEST(DailyAqi, O3EightHourAbove800WithoutOneHourIsCappedAndFlagged) {
  DailyConcentrations day;
  day.o3_8h_ugm3 = 850;
  const DailyAqi r = assess_day(day);
  EXPECT_TRUE(r.o3_8h_above_table);
  EXPECT_EQ(r.aqi, 500);
}

TEST(DailyAqi, InvalidInputThrows) {
  EXPECT_THROW(assess_day(DailyConcentrations{}), std::invalid_argument);
  DailyConcentrations day;
  day.so2_24h_ugm3 = -3;
  EXPECT_THROW(assess_day(day), std::invalid_argument);
}

TEST(AqiClass, Boundaries) {
  EXPECT_EQ(aqi_class_name(0), "excellent");
  EXPECT_EQ(aqi_class_name(50), "excellent");
  EXPECT_EQ(aqi_class_name(51), "good");
  EXPECT_EQ(aqi_class_name(100), "good");
  EXPECT_EQ(aqi_class_name(101), "lightly_polluted");
  EXPECT_EQ(aqi_class_name(150), "lightly_polluted");
  EXPECT_EQ(aqi_class_name(151), "moderately_polluted");
  EXPECT_EQ(aqi_class_name(200), "moderately_polluted");
  EXPECT_EQ(aqi_class_name(201), "heavily_polluted");
  EXPECT_EQ(aqi_class_name(300), "heavily_polluted");
  EXPECT_EQ(aqi_class_name(301), "severely_polluted");
  EXPECT_EQ(aqi_class_name(500), "severely_polluted");
  EXPECT_THROW(aqi_class(-1), std::invalid_argument);
}

TEST(AqiClass, DayCounts) {
  EXPECT_TRUE(is_attainment_day(100));
  EXPECT_FALSE(is_attainment_day(101));
  EXPECT_FALSE(is_heavy_pollution_day(200));
  EXPECT_TRUE(is_heavy_pollution_day(201));
}

}  // namespace
}  // namespace airgov::airquality
