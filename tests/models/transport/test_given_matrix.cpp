// A given source-receptor matrix: MODEL.md section 6, 3-region game at the Nash abatement.
#include <gtest/gtest.h>

#include <vector>

#include "models/transport/given_matrix.hpp"

namespace airgov::transport {
namespace {

TransportSpec three_regions() {
  TransportSpec spec;
  spec.method = TransportMethod::matrix;
  spec.source_receptor = Matrix(3, 3);
  const double t[3][3] = {{2.0, 0.3, 0.1}, {0.3, 1.5, 0.1}, {0.25, 0.2, 0.5}};
  for (std::size_t i = 0; i < 3; ++i) {
    for (std::size_t j = 0; j < 3; ++j) spec.source_receptor(i, j) = t[i][j];
  }
  spec.background_ugm3 = {10.0, 10.0, 10.0};
  spec.units = "ug/m3 per t/yr";
  return spec;
}

TEST(GivenMatrix, ThreeRegionGameAtNash) {
  const GivenMatrixTransport transport(three_regions());
  EXPECT_EQ(transport.size(), 3u);
  EXPECT_EQ(transport.regime_count(), 1);
  // E = Ebar - A_Nash = (10, 10, 40) - (4, 3, 2).
  const std::vector<double> e = {6.0, 7.0, 38.0};
  std::vector<double> x = {999.0, -5.0, 0.0};  // no memory: the old state is irrelevant
  transport.step(0, e, x);
  EXPECT_NEAR(x[0], 33.6, 1e-9 * 33.6);
  EXPECT_NEAR(x[1], 29.9, 1e-9 * 29.9);
  EXPECT_NEAR(x[2], 30.3, 1e-9 * 30.3);
  // The regime is ignored.
  std::vector<double> y(3, 0.0);
  transport.step(7, e, y);
  EXPECT_EQ(x, y);
  EXPECT_EQ(transport.source_receptor(3)(2, 0), 0.25);
  EXPECT_EQ(transport.background_ugm3(0)[1], 10.0);
}

TEST(GivenMatrix, RejectsWrongMethodAndSizes) {
  TransportSpec spec = three_regions();
  spec.method = TransportMethod::box_network;
  EXPECT_THROW(GivenMatrixTransport{spec}, std::invalid_argument);
  spec = three_regions();
  spec.background_ugm3.pop_back();
  EXPECT_THROW(GivenMatrixTransport{spec}, std::invalid_argument);
  const GivenMatrixTransport ok(three_regions());
  std::vector<double> x(3, 0.0);
  EXPECT_THROW(ok.step(0, std::vector<double>{1.0, 2.0}, x), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::transport
