// Great-circle distance, bearing and the local projection against closed forms on the sphere.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "models/transport/geometry.hpp"

namespace airgov::transport {
namespace {

constexpr double kPi = std::numbers::pi;

TEST(Geometry, DistanceAlongMeridianAndEquator) {
  // One degree of latitude is R * pi / 180; a quarter of the equator is R * pi / 2.
  EXPECT_NEAR(great_circle_km({39.0, 116.0}, {40.0, 116.0}), kEarthRadiusKm * kPi / 180.0, 1e-9);
  EXPECT_NEAR(great_circle_km({0.0, 0.0}, {0.0, 90.0}), kEarthRadiusKm * kPi / 2.0, 1e-9);
  EXPECT_NEAR(great_circle_km({0.0, 0.0}, {0.0, 180.0}), kEarthRadiusKm * kPi, 1e-9);
  EXPECT_EQ(great_circle_km({39.9, 116.4}, {39.9, 116.4}), 0.0);
}

TEST(Geometry, DistanceBeijingTianjin) {
  // Spherical law of cosines as an independent reference (well-conditioned at 100 km).
  const double p1 = 39.9050 * kPi / 180, l1 = 116.4053 * kPi / 180;
  const double p2 = 39.1256 * kPi / 180, l2 = 117.1902 * kPi / 180;
  const double reference = kEarthRadiusKm * std::acos(std::sin(p1) * std::sin(p2) +
                                                      std::cos(p1) * std::cos(p2) * std::cos(l2 - l1));
  const double d = great_circle_km({39.9050, 116.4053}, {39.1256, 117.1902});
  EXPECT_NEAR(d, reference, 1e-6);
  EXPECT_NEAR(d, 110.0, 5.0);  // the two city centres are ~110 km apart
}

TEST(Geometry, BearingIsExactOnMeridiansAndEquator) {
  EXPECT_EQ(initial_bearing_deg({39.0, 116.0}, {40.0, 116.0}), 0.0);    // due north
  EXPECT_EQ(initial_bearing_deg({40.0, 116.0}, {39.0, 116.0}), 180.0);  // due south
  EXPECT_EQ(initial_bearing_deg({0.0, 10.0}, {0.0, 11.0}), 90.0);       // due east on equator
  EXPECT_EQ(initial_bearing_deg({0.0, 11.0}, {0.0, 10.0}), 270.0);      // due west
}

TEST(Geometry, BearingClosedForm) {
  // From (0, 0) to (1 deg N, 1 deg E): theta = atan2(sin(dlon) cos(lat2), sin(lat2)).
  const double r = kPi / 180;
  const double expected =
      std::atan2(std::sin(1 * r) * std::cos(1 * r), std::sin(1 * r)) * 180 / kPi;  // 44.9956
  EXPECT_NEAR(initial_bearing_deg({0, 0}, {1, 1}), expected, 1e-12);
  EXPECT_NEAR(expected, 44.9956, 1e-4);
  // North-east of Beijing toward Chengde lies between north and east.
  const double b = initial_bearing_deg({39.9050, 116.4053}, {40.9762, 117.9392});
  EXPECT_GT(b, 0.0);
  EXPECT_LT(b, 90.0);
}

TEST(Geometry, EquirectangularProjection) {
  const LatLon origin{40.0, 116.0};
  const PointKm north = project_equirectangular({41.0, 116.0}, origin);
  EXPECT_EQ(north.x_km, 0.0);
  EXPECT_NEAR(north.y_km, kEarthRadiusKm * kPi / 180, 1e-9);
  const PointKm east = project_equirectangular({40.0, 117.0}, origin);
  EXPECT_NEAR(east.x_km, kEarthRadiusKm * kPi / 180 * std::cos(40.0 * kPi / 180), 1e-9);
  EXPECT_EQ(east.y_km, 0.0);

  const std::vector<LatLon> pts = {{39.0, 115.0}, {41.0, 117.0}};
  const std::vector<PointKm> projected = project_equirectangular(pts);
  ASSERT_EQ(projected.size(), 2u);
  EXPECT_NEAR(projected[0].x_km, -projected[1].x_km, 1e-9);  // about the mean (40, 116)
  EXPECT_NEAR(projected[0].y_km, -kEarthRadiusKm * kPi / 180, 1e-9);
}

TEST(Geometry, AngularDifference) {
  EXPECT_EQ(angular_difference_deg(350.0, 10.0), 20.0);
  EXPECT_EQ(angular_difference_deg(10.0, 350.0), 20.0);
  EXPECT_EQ(angular_difference_deg(0.0, 180.0), 180.0);
  EXPECT_EQ(angular_difference_deg(90.0, 90.0), 0.0);
  EXPECT_EQ(angular_difference_deg(-90.0, 270.0), 0.0);
}

}  // namespace
}  // namespace airgov::transport
