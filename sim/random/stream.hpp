#pragma once
// Counter-based random streams (Philox4x64-10 from Random123). Every draw is a pure function of
// (seed, replicate, agent, step, purpose, draw index): results never depend on thread count or the
// order in which agents are visited, and two policies run on the same seed see the same weather
// (common random numbers), because the policy is not part of the key.
#include <cstdint>

namespace airgov {

enum class Purpose : std::uint64_t {
  weather = 1,
  observation = 2,
  decision = 3,
  inspection = 4,
  imitation = 5,
  sampling = 6,
};

class RandomStream {
 public:
  RandomStream(std::uint64_t seed, std::uint64_t replicate, std::uint64_t agent, std::uint64_t step,
               Purpose purpose);

  std::uint64_t next_u64();
  // Uniform on [0, 1) with 53 random bits.
  double uniform();
  // Standard normal (Box-Muller on two uniforms; our own, since std:: distributions differ
  // between standard libraries).
  double normal();

 private:
  std::uint64_t key_[2];
  std::uint64_t counter_[4];
  std::uint64_t buffer_[4];
  int used_ = 4;
};

}  // namespace airgov
