#include "models/sensitivity/saltelli.hpp"

#include <fmt/format.h>

#include <boost/random/sobol.hpp>
#include <stdexcept>

#include "models/sensitivity/bootstrap.hpp"

namespace airgov::sensitivity {

std::size_t saltelli_rows(std::size_t n, std::size_t dimension, int max_order) {
  return n * (max_order == 2 ? 2 * dimension + 2 : dimension + 2);
}

std::string saltelli_size_error(std::size_t n, std::size_t dimension, int max_order) {
  if (max_order != 1 && max_order != 2) {
    return fmt::format("--max-order must be 1 or 2, not {}", max_order);
  }
  if (n == 0 || (n & (n - 1)) != 0) {
    std::size_t below = 1;
    while (n > 0 && below <= n / 2) below *= 2;
    return n == 0 ? std::string("N must be a power of two (1, 2, 4, ...), not 0")
                  : fmt::format("N must be a power of two for the Saltelli sample (Sobol sequences are balanced "
                                "only then), not {}: use {} or {}",
                                n, below, below * 2);
  }
  if (dimension == 0) return "the problem has no parameters";
  if (dimension > kMaxSaltelliParameters) {
    return fmt::format("{} parameters: the Sobol sequence supports at most {}", dimension, kMaxSaltelliParameters);
  }
  const std::size_t per_point = max_order == 2 ? 2 * dimension + 2 : dimension + 2;
  if (n > kMaxSampleValues / per_point / dimension) {
    return fmt::format("N = {} with {} parameters makes more than {} sample values: choose a smaller N", n,
                       dimension, kMaxSampleValues);
  }
  return "";
}

Rows saltelli_sample(const Problem& problem, std::size_t n, int max_order, std::uint64_t seed) {
  const std::size_t d = problem.dimension();
  if (const std::string error = saltelli_size_error(n, d, max_order); !error.empty()) {
    throw std::invalid_argument(error);
  }
  const bool second_order = max_order == 2;

  std::vector<std::uint64_t> masks(2 * d);
  RandomStream shift = sensitivity_stream(seed, SensitivityStream::saltelli_shift, 0);
  for (auto& mask : masks) mask = shift.next_u64();

  // boost::random::sobol starts at point 1 of the sequence (it skips the all-zero point 0):
  // discarding n - 1 points makes the next one point n.
  boost::random::sobol sequence(2 * d);
  sequence.discard(static_cast<boost::uintmax_t>((n - 1) * 2 * d));

  Rows rows;
  rows.reserve(saltelli_rows(n, d, max_order));
  std::vector<double> a(d), b(d);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = 0; k < 2 * d; ++k) {
      const std::uint64_t bits = static_cast<std::uint64_t>(sequence()) ^ masks[k];
      const double u = static_cast<double>(bits >> 11) * 0x1.0p-53;
      if (k < d) {
        a[k] = problem.scale(k, u);
      } else {
        b[k - d] = problem.scale(k - d, u);
      }
    }
    rows.push_back(a);
    for (std::size_t j = 0; j < d; ++j) {
      rows.push_back(a);
      rows.back()[j] = b[j];
    }
    if (second_order) {
      for (std::size_t j = 0; j < d; ++j) {
        rows.push_back(b);
        rows.back()[j] = a[j];
      }
    }
    rows.push_back(b);
  }
  return rows;
}

}  // namespace airgov::sensitivity
