#include "models/transport/dense_lu.hpp"

#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace airgov::transport {

DenseLu::DenseLu(Matrix a) : lu_(std::move(a)) {
  const std::size_t n = lu_.rows();
  if (lu_.cols() != n) throw std::invalid_argument("DenseLu: matrix is not square");
  pivot_.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t p = k;
    double best = std::fabs(lu_(k, k));
    for (std::size_t i = k + 1; i < n; ++i) {
      // Strictly larger only: a column-diagonally-dominant matrix (the transport matrix when
      // volumes are similar) is then factorised without swaps, keeping structural zeros exact.
      if (std::fabs(lu_(i, k)) > best) {
        best = std::fabs(lu_(i, k));
        p = i;
      }
    }
    if (best == 0.0 || !std::isfinite(best)) {
      throw std::domain_error("DenseLu: matrix is singular (zero pivot in column " +
                              std::to_string(k) + ")");
    }
    pivot_[k] = p;
    if (p != k) {
      std::span<double> rk = lu_.row(k);
      std::span<double> rp = lu_.row(p);
      for (std::size_t j = 0; j < n; ++j) std::swap(rk[j], rp[j]);
    }
    const double inv_pivot = 1.0 / lu_(k, k);
    std::span<const double> rk = lu_.row(k);
    for (std::size_t i = k + 1; i < n; ++i) {
      std::span<double> ri = lu_.row(i);
      if (ri[k] == 0.0) continue;
      const double l = ri[k] * inv_pivot;
      ri[k] = l;
      for (std::size_t j = k + 1; j < n; ++j) ri[j] -= l * rk[j];
    }
  }
}

void DenseLu::solve(std::span<double> b) const {
  const std::size_t n = size();
  if (b.size() != n) throw std::invalid_argument("DenseLu::solve: wrong right-hand side size");
  for (std::size_t k = 0; k < n; ++k) {
    if (pivot_[k] != k) std::swap(b[k], b[pivot_[k]]);
  }
  for (std::size_t i = 0; i < n; ++i) {  // L y = P b, unit diagonal
    std::span<const double> ri = lu_.row(i);
    double sum = b[i];
    for (std::size_t j = 0; j < i; ++j) sum -= ri[j] * b[j];
    b[i] = sum;
  }
  for (std::size_t i = n; i-- > 0;) {  // U x = y
    std::span<const double> ri = lu_.row(i);
    double sum = b[i];
    for (std::size_t j = i + 1; j < n; ++j) sum -= ri[j] * b[j];
    b[i] = sum / ri[i];
  }
}

Matrix DenseLu::solve(const Matrix& b) const {
  const std::size_t n = size();
  if (b.rows() != n) throw std::invalid_argument("DenseLu::solve: wrong right-hand side size");
  Matrix x(n, b.cols());
  std::vector<double> column(n);
  for (std::size_t c = 0; c < b.cols(); ++c) {
    for (std::size_t i = 0; i < n; ++i) column[i] = b(i, c);
    solve(column);
    for (std::size_t i = 0; i < n; ++i) x(i, c) = column[i];
  }
  return x;
}

Matrix DenseLu::inverse() const { return solve(Matrix::identity(size())); }

}  // namespace airgov::transport
