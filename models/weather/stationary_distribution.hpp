#pragma once
// Stationary distribution pi of a Markov transition matrix P (rows sum to 1): pi P = pi,
// sum(pi) = 1.
#include <vector>

#include "sim/core/matrix.hpp"

namespace airgov::weather {

// Solved directly rather than by power iteration, which crawls on slowly mixing (persistent)
// chains and never converges on periodic ones: the n equations (P^T - I) pi = 0 have rank n - 1
// when the chain has one closed class, so one of them is replaced by sum(pi) = 1 and the system
// is solved by Gaussian elimination with partial pivoting. Transient regimes get pi = 0.
// Throws std::invalid_argument if P is not square or the chain has several closed classes (then
// no unique long-run share exists, e.g. P = I).
std::vector<double> stationary_distribution(const Matrix& transition);

}  // namespace airgov::weather
