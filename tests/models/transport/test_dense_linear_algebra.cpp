// LU solve and the matrix exponential against closed forms and a Taylor-series reference.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "models/transport/dense_lu.hpp"
#include "models/transport/dense_ops.hpp"
#include "models/transport/matrix_exponential.hpp"

namespace airgov::transport {
namespace {

void expect_matrix_near(const Matrix& a, const Matrix& b, double rel_tol) {
  ASSERT_EQ(a.rows(), b.rows());
  ASSERT_EQ(a.cols(), b.cols());
  const double scale = std::max(norm1(b), 1e-300);
  for (std::size_t i = 0; i < a.rows(); ++i) {
    for (std::size_t j = 0; j < a.cols(); ++j) {
      EXPECT_NEAR(a(i, j), b(i, j), rel_tol * scale) << "at (" << i << ", " << j << ")";
    }
  }
}

// exp(A) = sum_k A^k / k!, summed until the terms vanish; accurate for ||A|| of a few units.
Matrix taylor_expm(const Matrix& a) {
  Matrix sum = Matrix::identity(a.rows());
  Matrix term = Matrix::identity(a.rows());
  for (int k = 1; k < 80; ++k) {
    term = multiply(term, a);
    for (double& x : term.data()) x /= k;
    sum = axpy(1.0, term, sum);
  }
  return sum;
}

TEST(DenseLu, SolvesASystemThatNeedsPivoting) {
  // Zero in the top-left corner forces a row swap.
  const Matrix a = Matrix::from_rows({{0, 2, 1}, {1, 1, 1}, {2, 1, 0}});
  std::vector<double> b = {5, 4, 1};  // = A (0, 1, 3)
  DenseLu(a).solve(b);
  EXPECT_NEAR(b[0], 0.0, 1e-15);
  EXPECT_NEAR(b[1], 1.0, 1e-15);
  EXPECT_NEAR(b[2], 3.0, 1e-15);
}

TEST(DenseLu, InverseTimesMatrixIsIdentity) {
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> u(-1, 1);
  Matrix a(8, 8);
  for (double& x : a.data()) x = u(rng);
  expect_matrix_near(multiply(DenseLu(a).inverse(), a), Matrix::identity(8), 1e-13);
}

TEST(DenseLu, SingularMatrixThrows) {
  EXPECT_THROW(DenseLu(Matrix::from_rows({{1, 2}, {2, 4}})), std::domain_error);
  EXPECT_THROW(DenseLu(Matrix(2, 3)), std::invalid_argument);
}

TEST(MatrixExponential, DiagonalIsExpOfTheDiagonal) {
  // Entries from tiny to large exercise every Pade degree and the scaling-and-squaring path.
  for (double scale : {1e-4, 0.1, 1.0, 3.0, 40.0}) {
    Matrix d(4, 4);
    d(0, 0) = -1.0 * scale;
    d(1, 1) = 0.5 * scale;
    d(2, 2) = -2.5 * scale;
    d(3, 3) = 0.0;
    const Matrix e = expm(d);
    for (std::size_t i = 0; i < 4; ++i) {
      for (std::size_t j = 0; j < 4; ++j) {
        if (i == j) {
          EXPECT_NEAR(e(i, i), std::exp(d(i, i)), 1e-13 * std::exp(d(i, i))) << scale;
        } else {
          EXPECT_EQ(e(i, j), 0.0);
        }
      }
    }
  }
}

TEST(MatrixExponential, MatchesTaylorSeriesOnASmallNonNormalMatrix) {
  const Matrix a = Matrix::from_rows({{-1.2, 0.4, 0.0}, {0.3, -0.8, 0.5}, {0.2, 0.1, -1.5}});
  expect_matrix_near(expm(a), taylor_expm(a), 1e-14);
  // Small norm: the low-degree Pade branches.
  Matrix small = a;
  for (double& x : small.data()) x *= 0.01;
  expect_matrix_near(expm(small), taylor_expm(small), 1e-15);
}

TEST(MatrixExponential, JordanBlockClosedForm) {
  // exp([[a, b], [0, a]]) = e^a [[1, b], [0, 1]]; the norm 50 needs scaling and squaring.
  const double a = -20.0, b = 30.0;
  const Matrix e = expm(Matrix::from_rows({{a, b}, {0, a}}));
  EXPECT_NEAR(e(0, 0), std::exp(a), 1e-13 * std::exp(a));
  EXPECT_NEAR(e(0, 1), b * std::exp(a), 1e-12 * b * std::exp(a));
  EXPECT_EQ(e(1, 0), 0.0);
  EXPECT_NEAR(e(1, 1), std::exp(a), 1e-13 * std::exp(a));
}

TEST(MatrixExponential, RotationClosedForm) {
  const double t = 10.0;
  const Matrix e = expm(Matrix::from_rows({{0, t}, {-t, 0}}));
  expect_matrix_near(e, Matrix::from_rows({{std::cos(t), std::sin(t)}, {-std::sin(t), std::cos(t)}}), 1e-13);
}

TEST(MatrixExponential, InverseOfExpIsExpOfMinus) {
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> u(-2, 2);
  Matrix a(6, 6);
  for (double& x : a.data()) x = u(rng);
  Matrix minus_a = a;
  for (double& x : minus_a.data()) x = -x;
  expect_matrix_near(multiply(expm(a), expm(minus_a)), Matrix::identity(6), 1e-12);
}

TEST(MatrixExponential, RejectsNonSquareAndNonFinite) {
  EXPECT_THROW(expm(Matrix(2, 3)), std::invalid_argument);
  EXPECT_THROW(expm(Matrix::from_rows({{1, NAN}, {0, 1}})), std::invalid_argument);
  EXPECT_EQ(expm(Matrix(0, 0)).rows(), 0u);
}

}  // namespace
}  // namespace airgov::transport
