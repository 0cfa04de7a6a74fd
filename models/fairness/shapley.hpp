#pragma once
// The Shapley value of a cooperative game (MODEL.md section 5): each player's average marginal
// contribution v(S + i) - v(S) over all orders in which the grand coalition can assemble. It is
// the one sharing of v(N) that is efficient, symmetric, additive and pays null players nothing,
// which is why the reports use it for "the transfers that would make everyone gain".
//
// Exact for small games (all 2^n coalition values), by seeded permutation sampling beyond, with
// the standard error of every estimate so the report can state its precision.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "models/fairness/coalition_value.hpp"
#include "models/fairness/coalition_walk.hpp"

namespace airgov::fairness {

struct ShapleyEstimate {
  std::vector<double> value;           // phi_i, same unit as v
  std::vector<double> standard_error;  // of each phi_i; 0 when exact
  bool exact = true;
  std::size_t permutations = 0;  // sampled orders; 0 when exact
};

struct ShapleyOptions {
  std::size_t exact_max_players = 16;  // enumerate 2^n coalitions up to this size
  std::size_t permutations = 20000;    // orders sampled beyond it
  std::uint64_t seed = 0;              // RandomStream key (Purpose::sampling)
  std::uint64_t replicate = 0;
};

// Enumerating 2^n values costs 2^n doubles of memory: refuse beyond this size.
inline constexpr std::size_t kMaxExactPlayers = 24;

// phi_i = sum over S not containing i of |S|! (n - |S| - 1)! / n! * (v(S + i) - v(S)).
// Calls v once per coalition (2^n times). Throws std::invalid_argument for n > kMaxExactPlayers.
ShapleyEstimate shapley_exact(std::size_t n, const CoalitionValue& v);

// Mean marginal contribution over `permutations` uniformly random orders; order k is drawn from
// RandomStream(seed, replicate, 0, k, Purpose::sampling), so the estimate depends on the seed
// only. Standard errors are the sample standard deviations over sqrt(permutations) (needs >= 2
// permutations). Every order shares out exactly v(N) - v(empty), so the estimates keep that sum.
ShapleyEstimate shapley_sampled(std::size_t n, const CoalitionValue& v, std::size_t permutations,
                                std::uint64_t seed, std::uint64_t replicate = 0);
// The same estimator along a CoalitionWalk (the same orders for the same seed): for games that
// update a coalition's value as one member joins instead of recomputing it.
ShapleyEstimate shapley_sampled(std::size_t n, CoalitionWalk& walk, std::size_t permutations,
                                std::uint64_t seed, std::uint64_t replicate = 0);

// Exact when n <= options.exact_max_players, else sampled.
ShapleyEstimate shapley_value(std::size_t n, const CoalitionValue& v,
                              const ShapleyOptions& options = {});

// Transfers on top of cooperation: what each player must receive so that it ends with its Shapley
// value instead of its own payoff in the grand coalition, phi_i - P_i^C. They sum to zero when
// sum phi = v(N) = sum P^C (as the coalition games of this library guarantee).
std::vector<double> shapley_transfers(std::span<const double> shapley_value,
                                      std::span<const double> cooperative_payoffs);

}  // namespace airgov::fairness
