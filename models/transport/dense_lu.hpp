#pragma once
// LU factorisation with partial pivoting, PA = LU, for the steady-state solve (M X = S) and for
// the Pade step of the matrix exponential. Dense, O(n^3) once per regime.
#include <cstddef>
#include <span>
#include <vector>

#include "sim/core/matrix.hpp"

namespace airgov::transport {

class DenseLu {
 public:
  // Factorises a square matrix. Throws std::domain_error when a pivot is exactly zero or not
  // finite (the matrix is singular to working precision in a way no solve could repair).
  explicit DenseLu(Matrix a);

  std::size_t size() const { return lu_.rows(); }

  // Solves A x = b in place.
  void solve(std::span<double> b) const;

  // Solves A X = B for every column of B; returns X.
  Matrix solve(const Matrix& b) const;

  // A^-1 (n solves).
  Matrix inverse() const;

 private:
  Matrix lu_;                       // L below the diagonal (unit diagonal implied), U on and above
  std::vector<std::size_t> pivot_;  // row swapped with row k at step k
};

}  // namespace airgov::transport
