#include "sim/random/stream.hpp"

#include <Random123/philox.h>

#include <cmath>
#include <numbers>

namespace airgov {

RandomStream::RandomStream(std::uint64_t seed, std::uint64_t replicate, std::uint64_t agent,
                           std::uint64_t step, Purpose purpose)
    : key_{seed, replicate},
      counter_{agent, step, static_cast<std::uint64_t>(purpose), 0},
      buffer_{0, 0, 0, 0} {}

std::uint64_t RandomStream::next_u64() {
  if (used_ == 4) {
    r123::Philox4x64 generator;
    const r123::Philox4x64::ctr_type ctr = {{counter_[0], counter_[1], counter_[2], counter_[3]}};
    const r123::Philox4x64::key_type key = {{key_[0], key_[1]}};
    const auto out = generator(ctr, key);
    for (int k = 0; k < 4; ++k) buffer_[k] = out.v[k];
    ++counter_[3];
    used_ = 0;
  }
  return buffer_[used_++];
}

double RandomStream::uniform() { return static_cast<double>(next_u64() >> 11) * 0x1.0p-53; }

double RandomStream::normal() {
  // 1 - uniform() lies in (0, 1], so the logarithm is finite.
  const double u1 = 1.0 - uniform();
  const double u2 = uniform();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

}  // namespace airgov
