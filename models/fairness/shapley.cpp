#include "models/fairness/shapley.hpp"

#include <bit>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "sim/random/stream.hpp"

namespace airgov::fairness {
namespace {

// |S|! (n - |S| - 1)! / n! = 1 / (n * C(n - 1, |S|)): the share of orders in which i arrives just
// after exactly the members of S. The binomial form stays exact in double where factorials would
// not (20! already exceeds 2^53).
std::vector<double> arrival_weights(std::size_t n) {
  std::vector<double> weight(n + 1, 0.0);  // [n]: the grand coalition, which no one joins
  double binomial = 1;  // C(n - 1, s)
  for (std::size_t s = 0; s < n; ++s) {
    weight[s] = 1.0 / (static_cast<double>(n) * binomial);
    binomial = binomial * static_cast<double>(n - 1 - s) / static_cast<double>(s + 1);
  }
  return weight;
}

}  // namespace

ShapleyEstimate shapley_exact(std::size_t n, const CoalitionValue& v) {
  if (n > kMaxExactPlayers) {
    throw std::invalid_argument("shapley_exact: " + std::to_string(n) +
                                " players need 2^n coalition values; at most " +
                                std::to_string(kMaxExactPlayers) + " (sample instead)");
  }
  ShapleyEstimate result;
  result.value.assign(n, 0.0);
  result.standard_error.assign(n, 0.0);
  if (n == 0) return result;

  // Each v(S) is computed once and used by every player's marginal contribution.
  const std::uint64_t count = std::uint64_t{1} << n;
  std::vector<double> values(count);
  for (std::uint64_t mask = 0; mask < count; ++mask) values[mask] = v(mask);

  const std::vector<double> weight = arrival_weights(n);
  for (std::uint64_t mask = 0; mask < count; ++mask) {
    const double w = weight[static_cast<std::size_t>(std::popcount(mask))];
    for (std::size_t i = 0; i < n; ++i) {
      if (!contains(mask, i)) {
        result.value[i] += w * (values[mask | singleton(i)] - values[mask]);
      }
    }
  }
  return result;
}

ShapleyEstimate shapley_sampled(std::size_t n, const CoalitionValue& v, std::size_t permutations,
                                std::uint64_t seed, std::uint64_t replicate) {
  require_players(n, "shapley_sampled");
  if (permutations < 2) {
    throw std::invalid_argument("shapley_sampled: need at least 2 permutations for an error");
  }
  EvaluatingWalk walk(v);
  return shapley_sampled(n, walk, permutations, seed, replicate);
}

ShapleyEstimate shapley_sampled(std::size_t n, CoalitionWalk& walk, std::size_t permutations,
                                std::uint64_t seed, std::uint64_t replicate) {
  require_players(n, "shapley_sampled");
  if (permutations < 2) {
    throw std::invalid_argument("shapley_sampled: need at least 2 permutations for an error");
  }
  // Welford's running mean and sum of squared deviations: stable for long runs.
  std::vector<double> mean(n, 0.0);
  std::vector<double> squares(n, 0.0);
  std::vector<std::size_t> order(n);

  for (std::size_t k = 0; k < permutations; ++k) {
    // One stream per order: the estimate for k orders is a prefix of the one for more orders.
    RandomStream rng(seed, replicate, 0, k, Purpose::sampling);
    std::iota(order.begin(), order.end(), std::size_t{0});
    for (std::size_t i = n; i > 1; --i) {  // Fisher-Yates; modulo bias is below 2^-58 for n <= 64
      std::swap(order[i - 1], order[rng.next_u64() % i]);
    }
    double previous = walk.start();
    const double count = static_cast<double>(k + 1);
    for (std::size_t player : order) {
      const double current = walk.join(player);
      const double contribution = current - previous;
      previous = current;
      const double delta = contribution - mean[player];
      mean[player] += delta / count;
      squares[player] += delta * (contribution - mean[player]);
    }
  }

  ShapleyEstimate result;
  result.value = mean;
  result.standard_error.resize(n);
  const double m = static_cast<double>(permutations);
  for (std::size_t i = 0; i < n; ++i) {
    result.standard_error[i] = std::sqrt(squares[i] / (m - 1) / m);
  }
  result.exact = false;
  result.permutations = permutations;
  return result;
}

ShapleyEstimate shapley_value(std::size_t n, const CoalitionValue& v,
                              const ShapleyOptions& options) {
  if (n <= options.exact_max_players) return shapley_exact(n, v);
  return shapley_sampled(n, v, options.permutations, options.seed, options.replicate);
}

std::vector<double> shapley_transfers(std::span<const double> shapley_value,
                                      std::span<const double> cooperative_payoffs) {
  if (shapley_value.size() != cooperative_payoffs.size()) {
    throw std::invalid_argument("shapley_transfers: Shapley values and payoffs differ in size");
  }
  std::vector<double> transfer(shapley_value.size());
  for (std::size_t i = 0; i < transfer.size(); ++i) {
    transfer[i] = shapley_value[i] - cooperative_payoffs[i];
  }
  return transfer;
}

}  // namespace airgov::fairness
