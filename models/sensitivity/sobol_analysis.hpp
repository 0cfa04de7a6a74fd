#pragma once
// Sobol sensitivity indices from the model outputs of a Saltelli sample (saltelli.hpp), with
// SALib's estimators:
//   the outputs are first standardised, Y <- (Y - mean) / sd;
//   V      = variance (divisor n) of the 2N outputs at A and B;
//   S1_j   = mean(f(B) (f(AB^j) - f(A))) / V                       (Saltelli et al. 2010)
//   ST_j   = mean((f(A) - f(AB^j))^2) / (2 V)                       (Jansen 1999)
//   S2_jk  = mean(f(BA^j) f(AB^k) - f(A) f(B)) / V - S1_j - S1_k    (Saltelli 2002, as SALib)
// Every *_conf is kConfidenceZ times the standard deviation of the estimate over `resamples`
// bootstrap resamples of the N base points (resample b from bootstrap_resample(N, seed, b), the
// same resample for every index).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "models/sensitivity/bootstrap.hpp"
#include "models/sensitivity/problem.hpp"

namespace airgov::sensitivity {

struct SobolOptions {
  int max_order = 2;  // as the sample was drawn: 2 when it holds the BA rows
  std::size_t resamples = kDefaultResamples;
  std::uint64_t seed = 0;  // of the bootstrap
};

struct SecondOrderIndex {
  std::size_t j = 0, k = 0;  // parameters, j < k
  double s2 = 0.0, s2_conf = 0.0;
};

struct SobolIndices {
  std::vector<double> s1, s1_conf, st, st_conf;  // one per parameter
  std::vector<SecondOrderIndex> s2;              // pairs (0,1), (0,2), ..., (D-2,D-1); empty when max_order 1
};

// Indices from `outputs`, one per row of the Saltelli sample, in its order. Throws
// std::invalid_argument when the number of outputs is not saltelli_rows(N, D, max_order) for any
// power of two N (with a hint when it fits the other max_order), when max_order is not 1 or 2,
// when resamples < 2, or when the outputs are all equal (no variance to apportion).
SobolIndices sobol_analyze(const Problem& problem, std::span<const double> outputs, const SobolOptions& options = {});

// `parameter,S1,S1_conf,ST,ST_conf`, one row per parameter.
std::string sobol_first_total_csv(const Problem& problem, const SobolIndices& indices);
// `parameter_1,parameter_2,S2,S2_conf`, one row per pair.
std::string sobol_second_order_csv(const Problem& problem, const SobolIndices& indices);

}  // namespace airgov::sensitivity
