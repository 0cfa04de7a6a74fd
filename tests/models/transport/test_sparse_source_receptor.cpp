// Sparse source-receptor matrices: sparsify() of a dense matrix, and the steady T of a regime of
// the sparse box network by local push, against the exact dense T (LU) on the 31 cities.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iostream>
#include <numeric>
#include <vector>

#include "cities_csv.hpp"
#include "four_regimes.hpp"
#include "models/transport/sparse_box_network.hpp"
#include "models/transport/sparse_source_receptor.hpp"

namespace airgov::transport {
namespace {

SparseBoxNetwork network() {
  std::vector<BoxSpec> boxes;
  for (const auto& c : test::read_cities()) boxes.push_back(c.box);
  return SparseBoxNetwork(boxes, test::four_regimes());
}

TEST(Sparsify, ThresholdRuleCapAndDroppedSum) {
  Matrix t(3, 3);
  // Row 0: own 1.0; 1e-3 kept at threshold 1e-2? no (1e-3 < 1e-2 x 1.0): dropped.
  t(0, 0) = 1.0, t(0, 1) = 0.5, t(0, 2) = 1e-3;
  t(1, 0) = 0.2, t(1, 1) = 0.1, t(1, 2) = 0.3;  // own smaller than others: all kept with K = 3
  t(2, 0) = 0.0, t(2, 1) = 0.4, t(2, 2) = 2.0;  // a zero is never stored
  const SparseSourceReceptor s = sparsify(t, 1e-2, 3);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(std::vector<std::uint32_t>(s.receptors(0).begin(), s.receptors(0).end()), (std::vector<std::uint32_t>{0, 1}));
  EXPECT_DOUBLE_EQ(s.dropped_ugm3_per_t_per_year[0], 1e-3);
  EXPECT_EQ(s.receptors(1).size(), 3u);
  EXPECT_EQ(s.dropped_ugm3_per_t_per_year[1], 0.0);
  EXPECT_EQ(std::vector<std::uint32_t>(s.receptors(2).begin(), s.receptors(2).end()), (std::vector<std::uint32_t>{1, 2}));
  // K = 1 keeps the source's own receptor even when another is larger (row 1: 0.1 kept, 0.5 dropped).
  const SparseSourceReceptor one = sparsify(t, 0.0, 1);
  EXPECT_EQ(one.receptors(1)[0], 1u);
  EXPECT_DOUBLE_EQ(one.dropped_ugm3_per_t_per_year[1], 0.5);
  // Kept + dropped = the row sum, for every row.
  for (std::size_t i = 0; i < 3; ++i) {
    const auto c = one.coefficients(i);
    EXPECT_DOUBLE_EQ(std::accumulate(c.begin(), c.end(), 0.0) + one.dropped_ugm3_per_t_per_year[i],
                     t(i, 0) + t(i, 1) + t(i, 2));
  }
}

// Threshold 0: the local push reproduces the dense steady T (LU) entry by entry.
TEST(SteadySourceReceptor, PushWithoutThresholdIsTheDenseMatrix) {
  const SparseBoxNetwork net = network();
  const std::size_t n = net.size();
  for (int m = 0; m < net.regime_count(); ++m) {
    const Matrix& dense = net.source_receptor(m);
    const SparseSourceReceptor s = net.steady_source_receptor(m, 0.0, n);
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<double> row(n, 0.0);
      const auto r = s.receptors(i);
      for (std::size_t k = 0; k < r.size(); ++k) row[r[k]] = s.coefficients(i)[k];
      for (std::size_t j = 0; j < n; ++j) {
        EXPECT_NEAR(row[j], dense(i, j), 1e-9 * dense(i, i)) << "regime " << m << " source " << i << " receptor " << j;
      }
      EXPECT_LT(s.dropped_ugm3_per_t_per_year[i], 1e-9 * dense(i, i));
    }
  }
}

// The default threshold (1e-4 of T(i, i), K = 64): kept coefficients as the dense ones, and per
// source kept + dropped = the dense row sum (to the push tolerance, 1e-6 of T(i, i) per box).
TEST(SteadySourceReceptor, DefaultThresholdBooksTheDroppedPart) {
  const SparseBoxNetwork net = network();
  const std::size_t n = net.size();
  double worst_share = 0.0;
  for (int m = 0; m < net.regime_count(); ++m) {
    const Matrix& dense = net.source_receptor(m);
    const SparseSourceReceptor s =
        net.steady_source_receptor(m, kSparseSourceReceptorThreshold, kSparseSourceReceptorMaxPerSource);
    for (std::size_t i = 0; i < n; ++i) {
      double kept = 0.0, whole = 0.0;
      const auto r = s.receptors(i);
      for (std::size_t k = 0; k < r.size(); ++k) {
        EXPECT_NEAR(s.coefficients(i)[k], dense(i, r[k]), 1e-5 * dense(i, i));
        kept += s.coefficients(i)[k];
      }
      for (std::size_t j = 0; j < n; ++j) whole += dense(i, j);
      EXPECT_NEAR(kept + s.dropped_ugm3_per_t_per_year[i], whole, 1e-6 * static_cast<double>(n) * dense(i, i));
      worst_share = std::max(worst_share, s.dropped_ugm3_per_t_per_year[i] / whole);
    }
  }
  std::cout << "sparse steady T, 31 cities, threshold 1e-4: largest dropped share of a row " << worst_share << '\n';
  EXPECT_LT(worst_share, 1e-3);
}

}  // namespace
}  // namespace airgov::transport
