#pragma once
// Non-negative least squares: min ||A x - b||_2 subject to x >= 0, by the active-set method of
// Lawson and Hanson (1974, "Solving Least Squares Problems", ch. 23, algorithm NNLS), the one
// scipy.optimize.nnls implements. Dense and meant for small problems (tens of unknowns): the
// calibration's scale factors. Each unconstrained subproblem is solved by Householder QR, never
// by the normal equations, so the fit keeps the accuracy of the data.
#include <span>
#include <vector>

#include "sim/core/matrix.hpp"

namespace airgov::calibration {

struct NnlsResult {
  std::vector<double> x;
  double residual_norm = 0;  // ||A x - b||_2
  int iterations = 0;        // passes of the outer loop
};

// Throws std::invalid_argument when the sizes disagree and std::runtime_error when the active set
// has not settled after 3 x columns outer passes (Lawson and Hanson's bound; never seen in practice).
NnlsResult nnls(const Matrix& a, std::span<const double> b);

// Unconstrained least squares on the listed columns of A (the others held at 0), by Householder
// QR. A column that is (numerically) a combination of earlier ones gets 0.
std::vector<double> least_squares_on(const Matrix& a, std::span<const double> b, const std::vector<std::size_t>& columns);

}  // namespace airgov::calibration
