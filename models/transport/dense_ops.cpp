#include "models/transport/dense_ops.hpp"

#include <cmath>
#include <stdexcept>

namespace airgov::transport {

Matrix multiply(const Matrix& a, const Matrix& b) {
  if (a.cols() != b.rows()) throw std::invalid_argument("multiply: inner dimensions differ");
  Matrix c(a.rows(), b.cols());
  // i-k-j order walks rows of B and C contiguously, which is what row-major storage wants.
  for (std::size_t i = 0; i < a.rows(); ++i) {
    std::span<double> ci = c.row(i);
    for (std::size_t k = 0; k < a.cols(); ++k) {
      const double aik = a(i, k);
      if (aik == 0.0) continue;  // transport matrices are mostly zeros before exponentiation
      std::span<const double> bk = b.row(k);
      for (std::size_t j = 0; j < ci.size(); ++j) ci[j] += aik * bk[j];
    }
  }
  return c;
}

void multiply(const Matrix& a, std::span<const double> x, std::span<double> y) {
  for (std::size_t i = 0; i < a.rows(); ++i) {
    std::span<const double> ai = a.row(i);
    double sum = 0.0;
    for (std::size_t j = 0; j < ai.size(); ++j) sum += ai[j] * x[j];
    y[i] = sum;
  }
}

double norm1(const Matrix& a) {
  double best = 0.0;
  for (std::size_t j = 0; j < a.cols(); ++j) {
    double sum = 0.0;
    for (std::size_t i = 0; i < a.rows(); ++i) sum += std::fabs(a(i, j));
    if (sum > best) best = sum;
  }
  return best;
}

Matrix axpy(double a, const Matrix& x, const Matrix& y) {
  if (x.rows() != y.rows() || x.cols() != y.cols()) {
    throw std::invalid_argument("axpy: sizes differ");
  }
  Matrix out = y;
  for (std::size_t k = 0; k < out.data().size(); ++k) out.data()[k] += a * x.data()[k];
  return out;
}

}  // namespace airgov::transport
