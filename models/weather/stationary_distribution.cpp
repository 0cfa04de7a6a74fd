#include "models/weather/stationary_distribution.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <utility>

namespace airgov::weather {
namespace {

// Pivots below this mean the system is singular: entries are probabilities, so O(1), and
// elimination on a few regimes loses only a few ulps.
constexpr double kSingularPivot = 1e-12;

}  // namespace

std::vector<double> stationary_distribution(const Matrix& transition) {
  const std::size_t n = transition.rows();
  if (n == 0 || transition.cols() != n) {
    throw std::invalid_argument("stationary distribution: transition matrix must be square");
  }
  // Augmented system [A | b]: A = P^T - I with its last row replaced by ones, b = e_n.
  Matrix a(n, n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) a(i, j) = transition(j, i) - (i == j ? 1.0 : 0.0);
  }
  for (std::size_t j = 0; j < n; ++j) a(n - 1, j) = 1.0;
  a(n - 1, n) = 1.0;

  for (std::size_t col = 0; col < n; ++col) {
    std::size_t pivot = col;
    for (std::size_t r = col + 1; r < n; ++r) {
      if (std::abs(a(r, col)) > std::abs(a(pivot, col))) pivot = r;
    }
    if (std::abs(a(pivot, col)) < kSingularPivot) {
      throw std::invalid_argument(
          "stationary distribution is not unique: the chain has more than one closed class");
    }
    if (pivot != col) {
      for (std::size_t j = col; j <= n; ++j) std::swap(a(pivot, j), a(col, j));
    }
    for (std::size_t r = col + 1; r < n; ++r) {
      const double factor = a(r, col) / a(col, col);
      if (factor == 0.0) continue;
      for (std::size_t j = col; j <= n; ++j) a(r, j) -= factor * a(col, j);
    }
  }
  std::vector<double> pi(n);
  for (std::size_t i = n; i-- > 0;) {
    double sum = a(i, n);
    for (std::size_t j = i + 1; j < n; ++j) sum -= a(i, j) * pi[j];
    pi[i] = sum / a(i, i);
  }
  // Round-off can leave -1e-17 on a transient regime; a probability cannot be negative.
  for (double& p : pi) p = std::max(p, 0.0);
  const double total = std::accumulate(pi.begin(), pi.end(), 0.0);
  for (double& p : pi) p /= total;
  return pi;
}

}  // namespace airgov::weather
