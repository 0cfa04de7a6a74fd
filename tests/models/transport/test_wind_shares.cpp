// Assignment of the wind's 16 sectors to neighbours (w_il), meteorological convention.
#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "models/transport/wind_shares.hpp"

namespace airgov::transport {
namespace {

std::array<double, kWindSectors> only(int sector) {
  std::array<double, kWindSectors> f{};
  f[static_cast<std::size_t>(sector)] = 1.0;
  return f;
}

constexpr int kFromNorth = 0, kFromEast = 4, kFromSouth = 8, kFromWest = 12;

TEST(WindShares, SectorDirectionsPointDownwind) {
  EXPECT_EQ(sector_toward_deg(kFromNorth), 180.0);
  EXPECT_EQ(sector_toward_deg(kFromEast), 270.0);
  EXPECT_EQ(sector_toward_deg(kFromSouth), 0.0);
  EXPECT_EQ(sector_toward_deg(kFromWest), 90.0);
  EXPECT_EQ(sector_toward_deg(1), 202.5);
}

TEST(WindShares, NortherlyCarriesAirToTheSouthernNeighbourOnly) {
  const std::vector<double> south = {180.0};
  EXPECT_EQ(wind_shares(south, only(kFromNorth)), std::vector<double>{1.0});
  EXPECT_EQ(wind_shares(south, only(kFromSouth)), std::vector<double>{0.0});
  const std::vector<double> north = {0.0};
  EXPECT_EQ(wind_shares(north, only(kFromSouth)), std::vector<double>{1.0});
  EXPECT_EQ(wind_shares(north, only(kFromNorth)), std::vector<double>{0.0});
}

TEST(WindShares, UniformWindOnASquareGridStaysInside) {
  // Neighbours N, E, S, W: each gets its own 3 sectors plus half of the two diagonal ties.
  std::array<double, kWindSectors> uniform;
  uniform.fill(1.0 / 16);
  const std::vector<double> w = wind_shares(std::vector<double>{0, 90, 180, 270}, uniform);
  for (double x : w) EXPECT_DOUBLE_EQ(x, 4.0 / 16);
}

TEST(WindShares, OnlyWithinFortyFiveDegrees) {
  // Air moving east (from the west): a neighbour at 130 deg is 40 deg off and takes it; one at
  // 140 deg is 50 deg off, so the air leaves the region instead.
  EXPECT_EQ(wind_shares(std::vector<double>{130.0}, only(kFromWest)), std::vector<double>{1.0});
  EXPECT_EQ(wind_shares(std::vector<double>{140.0}, only(kFromWest)), std::vector<double>{0.0});
  EXPECT_EQ(wind_shares(std::vector<double>{135.0}, only(kFromWest)), std::vector<double>{1.0});
}

TEST(WindShares, ClosestNeighbourTakesAllAndTiesSplit) {
  const std::vector<double> bearings = {80.0, 95.0, 110.0};
  EXPECT_EQ(wind_shares(bearings, only(kFromWest)), (std::vector<double>{0.0, 1.0, 0.0}));
  const std::vector<double> tie = {80.0, 100.0};
  EXPECT_EQ(wind_shares(tie, only(kFromWest)), (std::vector<double>{0.5, 0.5}));
}

TEST(WindShares, MixedWindSumsToTheFrequenciesThatFindANeighbour) {
  std::array<double, kWindSectors> f{};
  f[kFromNorth] = 0.5;  // toward 180: the southern neighbour
  f[kFromEast] = 0.3;   // toward 270: nobody within 45 deg of the west
  f[kFromSouth] = 0.2;  // toward 0: the northern neighbour
  const std::vector<double> w = wind_shares(std::vector<double>{0.0, 180.0}, f);
  EXPECT_EQ(w, (std::vector<double>{0.2, 0.5}));
}

}  // namespace
}  // namespace airgov::transport
