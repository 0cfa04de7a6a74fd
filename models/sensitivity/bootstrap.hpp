#pragma once
// Randomness of the sensitivity tools, and bootstrap confidence intervals.
//
// Every draw comes from airgov::RandomStream(seed, 0, stream, step, Purpose::sampling), where the
// `agent` slot names the use below, so samples and intervals are pure functions of the seed:
//   saltelli_shift     step 0: the 2D digital-shift masks of a Saltelli sample
//   morris_trajectory  step t: trajectory t of a Morris sample
//   bootstrap          step b: the indices of bootstrap resample b
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "sim/random/stream.hpp"

namespace airgov::sensitivity {

enum class SensitivityStream : std::uint64_t {
  saltelli_shift = 1,
  morris_trajectory = 2,
  bootstrap = 3,
};

RandomStream sensitivity_stream(std::uint64_t seed, SensitivityStream use, std::uint64_t step);

// Uniform on {0, ..., n - 1} without modulo bias (n >= 1).
std::size_t uniform_index(RandomStream& stream, std::size_t n);

// Bootstrap resample b: n indices drawn with replacement from {0, ..., n - 1}.
std::vector<std::size_t> bootstrap_resample(std::size_t n, std::uint64_t seed, std::uint64_t b);

// Sample standard deviation (divisor n - 1, numpy's ddof=1); 0 for fewer than 2 values.
double sample_standard_deviation(std::span<const double> values);

// Half-width of a 95% interval in standard deviations: the normal quantile at 0.975 (the "1.96"
// of SALib's conf_level 0.95). Every *_conf is this times the standard deviation of the
// bootstrap estimates.
inline constexpr double kConfidenceZ = 1.959963984540054;
inline constexpr std::size_t kDefaultResamples = 100;

}  // namespace airgov::sensitivity
