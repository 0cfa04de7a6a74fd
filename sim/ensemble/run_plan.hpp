#pragma once
// The run plan of a design: points x replicates, with stable run ids independent of which worker,
// thread, shard or MPI rank runs them.
//   run_id    = point_id * replicates + replicate
//   seed      = derive_seed(design seed, run_id)     ("seeds": "per_run", the default)
//             = derive_seed(design seed, replicate)  ("seeds": "per_replicate": every point of a
//               replicate sees the same weather, common random numbers)
//   derive_seed(s, k) = splitmix64(splitmix64(s) ^ (k + 0x9E3779B97F4A7C15)) >> 11
// (SplitMix64 finaliser, Steele et al. 2014; 53 bits, so the seed can be written into a scenario).
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "sim/ensemble/design.hpp"

namespace airgov::ensemble {

std::uint64_t splitmix64(std::uint64_t x);
std::uint64_t derive_seed(std::uint64_t design_seed, std::uint64_t key);

struct RunSpec {
  std::uint64_t run_id = 0;
  std::uint64_t point_id = 0;
  std::uint64_t replicate = 0;
  std::uint64_t seed = 0;
};

// Keeps a reference to its design, which must outlive it (a design holds the whole base
// scenario, so a plan does not copy it). Plans of a temporary design do not compile.
class RunPlan {
 public:
  // Samples the design's points (grid, random or Latin hypercube).
  explicit RunPlan(const Design& design);
  // Points given directly (row-major, one value per parameter; categorical values as indices).
  RunPlan(const Design& design, std::vector<double> points);
  explicit RunPlan(Design&&) = delete;
  RunPlan(Design&&, std::vector<double>) = delete;

  std::uint64_t runs() const { return static_cast<std::uint64_t>(points_) * replicates_; }
  std::size_t points() const { return points_; }
  RunSpec run(std::uint64_t run_id) const;
  // Value of parameter k at a point (categorical: the index into its categories). Checked: a point
  // or parameter outside the plan is a bug to report (std::out_of_range), not memory to read.
  double value(std::size_t point, std::size_t k) const {
    if (point >= points_ || k >= dims_) {
      throw std::out_of_range("run plan: no parameter " + std::to_string(k) + " at point " + std::to_string(point));
    }
    return values_[point * dims_ + k];
  }
  // Printed as in the table (shortest round-trip for numbers, the name for categories).
  std::string cell(std::size_t point, std::size_t k) const;
  // The scenario of a point: the base with every varied parameter patched.
  ScenarioDescription scenario(std::size_t point) const;

 private:
  const Design& design_;
  std::size_t dims_ = 0;
  std::size_t points_ = 0;
  std::uint64_t replicates_ = 1;
  std::vector<double> values_;
};

// Samplers on the unit hypercube -> parameter values (row-major, n x parameters).
std::vector<double> grid_points(const Design& design);
std::vector<double> random_points(const Design& design, std::size_t n);
std::vector<double> latin_hypercube_points(const Design& design, std::size_t n);

// Number of grid points (product of the levels); 0 on overflow past `limit`.
std::uint64_t grid_size(const Design& design, std::uint64_t limit);

}  // namespace airgov::ensemble
