#include "models/sensitivity/bootstrap.hpp"

#include <cmath>

namespace airgov::sensitivity {

RandomStream sensitivity_stream(std::uint64_t seed, SensitivityStream use, std::uint64_t step) {
  return RandomStream(seed, 0, static_cast<std::uint64_t>(use), step, Purpose::sampling);
}

std::size_t uniform_index(RandomStream& stream, std::size_t n) {
  const std::uint64_t bound = static_cast<std::uint64_t>(n);
  // 2^64 mod n: rejecting draws below it leaves a multiple of n values, so every residue is
  // equally likely (no rejection at all when n is a power of two).
  const std::uint64_t threshold = (0 - bound) % bound;
  std::uint64_t draw = stream.next_u64();
  while (draw < threshold) draw = stream.next_u64();
  return static_cast<std::size_t>(draw % bound);
}

std::vector<std::size_t> bootstrap_resample(std::size_t n, std::uint64_t seed, std::uint64_t b) {
  RandomStream stream = sensitivity_stream(seed, SensitivityStream::bootstrap, b);
  std::vector<std::size_t> indices(n);
  for (auto& index : indices) index = uniform_index(stream, n);
  return indices;
}

double sample_standard_deviation(std::span<const double> values) {
  if (values.size() < 2) return 0.0;
  double mean = 0.0;
  for (const double v : values) mean += v;
  mean /= static_cast<double>(values.size());
  double squares = 0.0;
  for (const double v : values) squares += (v - mean) * (v - mean);
  return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

}  // namespace airgov::sensitivity
