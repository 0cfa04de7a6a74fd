#pragma once
// Chander-Tulkens transfers (Chander & Tulkens 1997), in the payoff form of MODEL.md section 6:
// after cooperating and paying or receiving T_i, each player ends with its Nash payoff plus a
// share of the total gain of cooperation proportional to its weight (its marginal damage),
//   P_i^C + T_i = P_i^N + w_i / sum_j w_j * sum_j (P_j^C - P_j^N),
//   T_i = -(P_i^C - P_i^N) + w_i / sum_j w_j * sum_j (P_j^C - P_j^N).
// With a linear benefit b_i Q of a uniformly mixed pollutant and w = b this is exactly the
// original cost form T_i = (K_i^C - K_i^N) - b_i / sum b * sum_j (K_j^C - K_j^N). Everyone gains
// when cooperation has a positive total gain; the transfers sum to zero (a balanced budget).
#include <span>
#include <vector>

namespace airgov::fairness {

// Throws std::invalid_argument when sizes differ, a weight is negative or all are zero.
std::vector<double> chander_tulkens_transfers(std::span<const double> nash_payoffs,
                                              std::span<const double> cooperative_payoffs,
                                              std::span<const double> weights);

}  // namespace airgov::fairness
