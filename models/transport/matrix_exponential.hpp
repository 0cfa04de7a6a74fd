#pragma once
// exp(A) for a dense square matrix: the daily propagator Phi = exp(-M dt) of the box network.
#include "sim/core/matrix.hpp"

namespace airgov::transport {

// Scaling and squaring with a diagonal Pade approximant of degree 3, 5, 7, 9 or 13 chosen from
// the 1-norm (Higham 2005, SIAM J. Matrix Anal. Appl. 26(4):1179, Algorithm 2.3): accurate to
// about double precision for any norm, O(n^3). Throws std::invalid_argument when A is not
// square or not finite.
Matrix expm(const Matrix& a);

}  // namespace airgov::transport
