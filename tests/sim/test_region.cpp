#include "sim/region/region.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace airgov {
namespace {

RegionSpec three_cities() {
  RegionSpec spec;
  spec.name = "three";
  for (const char* id : {"beijing", "tianjin", "shijiazhuang"}) {
    JurisdictionSpec j;
    j.id = id;
    spec.jurisdictions.push_back(j);
  }
  spec.ties.push_back({"beijing", "tianjin", "pairing"});
  return spec;
}

std::vector<std::size_t> sorted(std::vector<std::size_t> v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST(Region, VerticesInScenarioOrder) {
  const Region region(three_cities());
  ASSERT_EQ(region.size(), 3u);
  EXPECT_EQ(region.graph()[0].id, "beijing");
  EXPECT_EQ(region.graph()[1].id, "tianjin");
  EXPECT_EQ(region.graph()[2].id, "shijiazhuang");
}

TEST(Region, IndexOf) {
  const Region region(three_cities());
  EXPECT_EQ(region.index_of("beijing"), 0u);
  EXPECT_EQ(region.index_of("shijiazhuang"), 2u);
  EXPECT_FALSE(region.index_of("baoding").has_value());
  EXPECT_FALSE(region.index_of("").has_value());
}

TEST(Region, InstitutionalTiesAreMutual) {
  const Region region(three_cities());
  EXPECT_EQ(region.successors(0, EdgeLayer::institutional), std::vector<std::size_t>{1});
  EXPECT_EQ(region.successors(1, EdgeLayer::institutional), std::vector<std::size_t>{0});
  EXPECT_TRUE(region.successors(2, EdgeLayer::institutional).empty());
  EXPECT_TRUE(region.successors(0, EdgeLayer::atmospheric).empty());
  EXPECT_EQ(boost::num_edges(region.graph()), 2u);
  for (auto [e, end] = boost::edges(region.graph()); e != end; ++e) {
    EXPECT_EQ(region.graph()[*e].kind, "pairing");
    EXPECT_EQ(region.graph()[*e].layer, EdgeLayer::institutional);
  }
}

TEST(Region, TiesToUnknownIdsAreSkipped) {
  RegionSpec spec = three_cities();
  spec.ties.push_back({"beijing", "nowhere", "agreement"});
  const Region region(spec);
  EXPECT_EQ(boost::num_edges(region.graph()), 2u);
}

TEST(Region, AtmosphericEdgesOffDiagonalAboveThreshold) {
  Region region(three_cities());
  Matrix t(3, 3);
  t(0, 0) = 5.0;    // diagonal: never an edge
  t(0, 1) = 2e-4;   // above
  t(1, 0) = 1e-6;   // below
  t(1, 2) = 1e-5;   // exactly at the threshold: not above
  t(2, 0) = 3e-5;   // above
  region.add_atmospheric_edges(t, 1e-5);
  EXPECT_EQ(region.successors(0, EdgeLayer::atmospheric), std::vector<std::size_t>{1});
  EXPECT_TRUE(region.successors(1, EdgeLayer::atmospheric).empty());
  EXPECT_EQ(region.successors(2, EdgeLayer::atmospheric), std::vector<std::size_t>{0});
  // The institutional layer is untouched and kept apart.
  EXPECT_EQ(region.successors(0, EdgeLayer::institutional), std::vector<std::size_t>{1});
  EXPECT_EQ(boost::num_edges(region.graph()), 4u);
  std::size_t atmospheric = 0;
  for (auto [e, end] = boost::edges(region.graph()); e != end; ++e) {
    const auto& edge = region.graph()[*e];
    if (edge.layer != EdgeLayer::atmospheric) continue;
    ++atmospheric;
    EXPECT_EQ(edge.kind, "transport");
    const auto i = boost::source(*e, region.graph()), j = boost::target(*e, region.graph());
    EXPECT_NE(i, j);
    EXPECT_EQ(edge.weight, t(i, j));
  }
  EXPECT_EQ(atmospheric, 2u);
}

TEST(Region, ZeroThresholdKeepsEveryPositiveExchange) {
  Region region(three_cities());
  Matrix t(3, 3, 1e-7);
  region.add_atmospheric_edges(t, 0.0);
  EXPECT_EQ(sorted(region.successors(1, EdgeLayer::atmospheric)), (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(boost::num_edges(region.graph()), 2u + 6u);
}

TEST(Region, EmptyRegion) {
  const Region region(RegionSpec{});
  EXPECT_EQ(region.size(), 0u);
  EXPECT_FALSE(region.index_of("beijing").has_value());
}

}  // namespace
}  // namespace airgov
