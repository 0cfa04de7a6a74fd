#pragma once
// Saltelli's sampling scheme for Sobol indices, in SALib's row order.
//
// Two N x D matrices A and B are taken from one 2D-dimensional Sobol sequence (A from its first D
// coordinates, B from the last D). For each base point i the rows are
//   A_i, AB_i^1 .. AB_i^D, [BA_i^1 .. BA_i^D when max_order == 2], B_i
// where AB_i^j is A_i with coordinate j taken from B_i and BA_i^j is B_i with coordinate j taken
// from A_i: N (2D + 2) rows with second order, N (D + 2) without. The analysis
// (sobol_analysis.hpp) expects the model outputs in exactly this order.
//
// The Sobol sequence is boost::random::sobol (Joe-Kuo direction numbers, Gray-code order).
// Points N .. 2N - 1 of the sequence are used (the first N are skipped, as SALib does by
// default); with N a power of two these form a (t, m, 2D)-net. The seed then applies a random
// digital shift: coordinate d of every point, as a 64-bit integer, is XORed with a mask drawn from
// sensitivity_stream(seed, saltelli_shift, 0) (the d-th draw), and its top 53 bits give a value in
// [0, 1). A digital shift keeps the net's balance, so the sample is as good for every seed, and
// the same (problem, n, max_order, seed) always give the same bytes. Values are then scaled to
// each parameter's bounds, lower + u (upper - lower).
#include <cstddef>
#include <cstdint>
#include <string>

#include "models/sensitivity/problem.hpp"
#include "models/sensitivity/sample_io.hpp"

namespace airgov::sensitivity {

// The largest number of parameters: boost::random::sobol offers 3667 dimensions, and the
// scheme uses 2D of them.
inline constexpr std::size_t kMaxSaltelliParameters = 1833;
// Refuse samples of more numbers than this (rows x parameters), about 2 GiB of doubles.
inline constexpr std::size_t kMaxSampleValues = std::size_t{1} << 28;

// Rows of a Saltelli sample: n (2D + 2) when max_order == 2, n (D + 2) when max_order == 1.
std::size_t saltelli_rows(std::size_t n, std::size_t dimension, int max_order);

// Why (n, dimension, max_order) cannot be sampled, in words for the user; "" when it can. Checks:
// n a power of two (>= 1), max_order 1 or 2, 1 <= dimension <= kMaxSaltelliParameters, and the
// sample no larger than kMaxSampleValues.
std::string saltelli_size_error(std::size_t n, std::size_t dimension, int max_order);

// The sample, one row per model evaluation (see above). Throws std::invalid_argument with the
// message of saltelli_size_error when that is not empty.
Rows saltelli_sample(const Problem& problem, std::size_t n, int max_order, std::uint64_t seed);

}  // namespace airgov::sensitivity
