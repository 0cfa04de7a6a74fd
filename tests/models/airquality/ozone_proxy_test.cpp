// The ozone proxy for attainment days (models/airquality/ozone_proxy.hpp): its season, its p and
// the expected attainment days, against hand values.
#include "models/airquality/ozone_proxy.hpp"

#include <gtest/gtest.h>

namespace airgov::airquality {
namespace {

TEST(OzoneProxy, SeasonIsMayToSeptemberInclusive) {
  EXPECT_FALSE(in_ozone_season(Date::from_ymd(2015, 4, 30)));
  EXPECT_TRUE(in_ozone_season(Date::from_ymd(2015, 5, 1)));
  EXPECT_TRUE(in_ozone_season(Date::from_ymd(2015, 7, 15)));
  EXPECT_TRUE(in_ozone_season(Date::from_ymd(2015, 9, 30)));
  EXPECT_FALSE(in_ozone_season(Date::from_ymd(2015, 10, 1)));
  EXPECT_FALSE(in_ozone_season(Date::from_ymd(2015, 1, 10)));
}

TEST(OzoneProxy, ProbabilityMakesTheExpectedFailuresMatchTheCount) {
  const double p = ozone_failure_probability(45, 120);
  EXPECT_DOUBLE_EQ(p, 0.375);
  EXPECT_DOUBLE_EQ(attainment_with_ozone_proxy(230, 120, p), 185);  // 45 days fewer
  EXPECT_DOUBLE_EQ(attainment_with_ozone_proxy(230, 80, p), 200);   // fewer season days, fewer failures
}

TEST(OzoneProxy, ProbabilityStaysInTheUnitInterval) {
  EXPECT_DOUBLE_EQ(ozone_failure_probability(45, 30), 1.0);  // more ozone days than attaining days
  EXPECT_DOUBLE_EQ(ozone_failure_probability(45, 0), 0.0);
  EXPECT_DOUBLE_EQ(ozone_failure_probability(0, 100), 0.0);
}

}  // namespace
}  // namespace airgov::airquality
