#pragma once
// A coalition that grows one member at a time, with its value after each arrival: what the
// sampled Shapley value needs along each order of arrivals. A game that can get v(S + i) from
// v(S) faster than a fresh evaluation implements its own walk (the linear-quadratic game of
// coalition_game.hpp: O(n) per arrival instead of O(n^2)); any CoalitionValue gets the generic
// EvaluatingWalk, which calls v afresh.
#include <cstddef>
#include <cstdint>

#include "models/fairness/coalition_value.hpp"

namespace airgov::fairness {

class CoalitionWalk {
 public:
  virtual ~CoalitionWalk() = default;
  // Back to the empty coalition; returns v(empty).
  virtual double start() = 0;
  // Adds `player`, who must not be a member yet, and returns the value of the grown coalition.
  virtual double join(std::size_t player) = 0;
};

// v(S) evaluated from scratch at every step (v(empty) once).
class EvaluatingWalk final : public CoalitionWalk {
 public:
  explicit EvaluatingWalk(const CoalitionValue& v) : v_(v), empty_(v(0)) {}
  double start() override {
    members_ = 0;
    return empty_;
  }
  double join(std::size_t player) override {
    members_ |= singleton(player);
    return v_(members_);
  }

 private:
  const CoalitionValue& v_;
  double empty_;
  std::uint64_t members_ = 0;
};

}  // namespace airgov::fairness
