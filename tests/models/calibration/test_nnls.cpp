// Lawson-Hanson non-negative least squares: closed-form cases and the optimality (KKT)
// conditions on random problems.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "models/calibration/nnls.hpp"

namespace airgov::calibration {
namespace {

TEST(Nnls, ExactPositiveSolutionIsRecovered) {
  // Overdetermined but consistent: x = (1, 2, 3).
  const Matrix a = Matrix::from_rows({{1, 0, 1}, {2, 1, 0}, {0, 3, 1}, {1, 1, 1}, {4, 0, 2}});
  const std::vector<double> b = {4, 4, 9, 6, 10};
  const auto r = nnls(a, b);
  ASSERT_EQ(r.x.size(), 3u);
  EXPECT_NEAR(r.x[0], 1, 1e-12);
  EXPECT_NEAR(r.x[1], 2, 1e-12);
  EXPECT_NEAR(r.x[2], 3, 1e-12);
  EXPECT_NEAR(r.residual_norm, 0, 1e-12);
}

TEST(Nnls, IdentityClipsNegativeComponentsToZero) {
  // min ||x - b|| over x >= 0 is max(b, 0), residual the norm of the negative part.
  const Matrix a = Matrix::from_rows({{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
  const std::vector<double> b = {1, -2, 3};
  const auto r = nnls(a, b);
  EXPECT_DOUBLE_EQ(r.x[0], 1);
  EXPECT_DOUBLE_EQ(r.x[1], 0);
  EXPECT_DOUBLE_EQ(r.x[2], 3);
  EXPECT_NEAR(r.residual_norm, 2, 1e-12);
}

TEST(Nnls, OneActiveConstraintGivesTheReducedLeastSquares) {
  // Unconstrained solution of [[1,1],[1,-1],[0,1]] x = [1,3,-2]: x2 < 0. With x2 = 0 the best x1
  // is the mean of b1 and b2 = 2 (third row does not involve x1): residual sqrt(1 + 1 + 4).
  const Matrix a = Matrix::from_rows({{1, 1}, {1, -1}, {0, 1}});
  const std::vector<double> b = {1, 3, -2};
  const auto r = nnls(a, b);
  EXPECT_NEAR(r.x[0], 2, 1e-12);
  EXPECT_DOUBLE_EQ(r.x[1], 0);
  EXPECT_NEAR(r.residual_norm, std::sqrt(6.0), 1e-12);
}

TEST(Nnls, AllZeroWhenNothingHelps) {
  const Matrix a = Matrix::from_rows({{1, 2}, {3, 4}});
  const std::vector<double> b = {-1, -1};
  const auto r = nnls(a, b);
  EXPECT_EQ(r.x, (std::vector<double>{0, 0}));
  EXPECT_NEAR(r.residual_norm, std::sqrt(2.0), 1e-15);
}

TEST(Nnls, RandomProblemsSatisfyTheOptimalityConditions) {
  // KKT: x >= 0; w = A^T (b - A x) <= 0 where x_j = 0 and w_j = 0 where x_j > 0.
  std::mt19937_64 rng(42);
  std::normal_distribution<double> normal;
  for (int trial = 0; trial < 200; ++trial) {
    const std::size_t m = 3 + trial % 12, n = 1 + trial % 9;
    Matrix a(m, n);
    std::vector<double> b(m);
    for (double& v : a.data()) v = normal(rng);
    for (double& v : b) v = normal(rng);
    const auto r = nnls(a, b);
    std::vector<double> res = b;
    for (std::size_t i = 0; i < m; ++i) {
      for (std::size_t j = 0; j < n; ++j) res[i] -= a(i, j) * r.x[j];
    }
    for (std::size_t j = 0; j < n; ++j) {
      double w = 0;
      for (std::size_t i = 0; i < m; ++i) w += a(i, j) * res[i];
      ASSERT_GE(r.x[j], 0.0) << trial;
      if (r.x[j] > 0) {
        EXPECT_NEAR(w, 0, 1e-9) << "trial " << trial << " column " << j;
      } else {
        EXPECT_LE(w, 1e-9) << "trial " << trial << " column " << j;
      }
    }
  }
}

TEST(Nnls, RejectsMismatchedSizes) {
  const Matrix a(3, 2, 1.0);
  const std::vector<double> b = {1, 2};
  EXPECT_THROW(nnls(a, b), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::calibration
