#pragma once
// Morris elementary effects (Morris 1991; mu_star from Campolongo et al. 2007), as SALib's
// morris sample and analyze without groups or trajectory optimisation.
//
// Sample: N trajectories of D + 1 rows on a p-level grid {0, 1/(p-1), ..., 1} of the unit cube
// (p even). Each trajectory starts at a random grid point and moves one parameter at a time, in a
// random order, by delta = p / (2 (p - 1)) up or down (each parameter's direction random), so
// every row stays on the grid; rows are scaled to the bounds. Trajectory t draws from
// sensitivity_stream(seed, morris_trajectory, t).
//
// Analysis: within each trajectory, the one parameter j that changes between consecutive rows
// gets the elementary effect EE = (y' - y) / ((x'_j - x_j) / (upper_j - lower_j)) (per unit of
// the parameter's range, as SALib's (y' - y) / delta). Then mu = mean EE, mu_star = mean |EE|,
// sigma = standard deviation of EE (divisor N - 1), mu_star_conf = kConfidenceZ x the standard
// deviation of mu_star over bootstrap resamples of the trajectories.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "models/sensitivity/bootstrap.hpp"
#include "models/sensitivity/problem.hpp"
#include "models/sensitivity/sample_io.hpp"

namespace airgov::sensitivity {

inline constexpr int kDefaultMorrisLevels = 4;

// Why (trajectories, dimension, levels) cannot be sampled, in words; "" when it can. Needs
// trajectories >= 1, dimension >= 1, levels even and >= 2, at most kMaxSampleValues values.
std::string morris_size_error(std::size_t trajectories, std::size_t dimension, int levels);

// N (D + 1) rows: trajectory t is rows t (D + 1) .. t (D + 1) + D. Throws std::invalid_argument
// with the message of morris_size_error when that is not empty.
Rows morris_sample(const Problem& problem, std::size_t trajectories, int levels = kDefaultMorrisLevels,
                   std::uint64_t seed = 0);

struct MorrisOptions {
  std::size_t resamples = kDefaultResamples;
  std::uint64_t seed = 0;  // of the bootstrap
};

struct MorrisIndices {
  std::vector<double> mu, mu_star, sigma, mu_star_conf;  // one per parameter
};

// Throws std::invalid_argument when samples and outputs differ in length, the rows do not split
// into trajectories of D + 1 rows, fewer than 2 trajectories are given, or consecutive rows of a
// trajectory do not differ in exactly one parameter, each parameter once (the message names the
// rows, counted from 1).
MorrisIndices morris_analyze(const Problem& problem, const Rows& samples, std::span<const double> outputs,
                             const MorrisOptions& options = {});

// `parameter,mu,mu_star,sigma,mu_star_conf`, one row per parameter.
std::string morris_csv(const Problem& problem, const MorrisIndices& indices);

}  // namespace airgov::sensitivity
