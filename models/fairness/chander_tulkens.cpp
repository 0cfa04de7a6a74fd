#include "models/fairness/chander_tulkens.hpp"

#include <stdexcept>

namespace airgov::fairness {

std::vector<double> chander_tulkens_transfers(std::span<const double> nash_payoffs,
                                              std::span<const double> cooperative_payoffs,
                                              std::span<const double> weights) {
  const std::size_t n = nash_payoffs.size();
  if (cooperative_payoffs.size() != n || weights.size() != n) {
    throw std::invalid_argument("chander_tulkens_transfers: payoffs and weights differ in size");
  }
  double weight_sum = 0;
  double total_gain = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!(weights[i] >= 0)) {
      throw std::invalid_argument("chander_tulkens_transfers: weights must be >= 0");
    }
    weight_sum += weights[i];
    total_gain += cooperative_payoffs[i] - nash_payoffs[i];
  }
  if (n > 0 && !(weight_sum > 0)) {
    throw std::invalid_argument("chander_tulkens_transfers: weights must not all be zero");
  }
  std::vector<double> transfer(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double own_gain = cooperative_payoffs[i] - nash_payoffs[i];
    transfer[i] = -own_gain + weights[i] / weight_sum * total_gain;
  }
  return transfer;
}

}  // namespace airgov::fairness
