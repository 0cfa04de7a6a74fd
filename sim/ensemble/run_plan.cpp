#include "sim/ensemble/run_plan.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "sim/random/stream.hpp"

namespace airgov::ensemble {

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::uint64_t derive_seed(std::uint64_t design_seed, std::uint64_t key) {
  return splitmix64(splitmix64(design_seed) ^ (key + 0x9E3779B97F4A7C15ULL)) >> 11;
}

namespace {

std::size_t count_of(const DesignParameter& p) {
  if (!p.categories.empty()) return p.categories.size();
  if (!p.values.empty()) return p.values.size();
  return static_cast<std::size_t>(std::max(1, p.levels));
}

// The value of a parameter at u in [0, 1).
double from_unit(const DesignParameter& p, double u) {
  if (p.explicit_values()) {
    const std::size_t k = count_of(p);
    const std::size_t i = std::min(k - 1, static_cast<std::size_t>(u * static_cast<double>(k)));
    return p.categories.empty() ? p.values[i] : static_cast<double>(i);
  }
  const double v = p.lower + u * (p.upper - p.lower);
  return p.target.integer ? std::round(v) : v;
}

double grid_level(const DesignParameter& p, std::size_t i) {
  if (!p.categories.empty()) return static_cast<double>(i);
  if (!p.values.empty()) return p.values[i];
  const std::size_t k = count_of(p);
  const double v = k == 1 ? p.lower
                          : p.lower + (p.upper - p.lower) * static_cast<double>(i) / static_cast<double>(k - 1);
  return p.target.integer ? std::round(v) : v;
}

}  // namespace

std::uint64_t grid_size(const Design& design, std::uint64_t limit) {
  std::uint64_t n = 1;
  for (const auto& p : design.parameters) {
    n *= count_of(p);
    if (n > limit) return 0;
  }
  return n;
}

std::vector<double> grid_points(const Design& design) {
  const std::size_t d = design.parameters.size();
  const std::uint64_t n = grid_size(design, std::uint64_t{1} << 40);
  std::vector<double> out;
  out.reserve(n * d);
  std::vector<std::size_t> index(d, 0);
  for (std::uint64_t point = 0; point < n; ++point) {
    for (std::size_t k = 0; k < d; ++k) out.push_back(grid_level(design.parameters[k], index[k]));
    // The last parameter varies fastest.
    for (std::size_t k = d; k-- > 0;) {
      if (++index[k] < count_of(design.parameters[k])) break;
      index[k] = 0;
    }
  }
  return out;
}

// Point i draws its coordinates from RandomStream(seed, 0, i, 0, sampling), one per parameter.
std::vector<double> random_points(const Design& design, std::size_t n) {
  const std::size_t d = design.parameters.size();
  std::vector<double> out;
  out.reserve(n * d);
  for (std::size_t i = 0; i < n; ++i) {
    RandomStream stream(design.seed, 0, i, 0, Purpose::sampling);
    for (std::size_t k = 0; k < d; ++k) out.push_back(from_unit(design.parameters[k], stream.uniform()));
  }
  return out;
}

// Parameter k: a permutation of the n strata (Fisher-Yates on RandomStream(seed, 1, k, 0,
// sampling)) and a uniform position inside each stratum (RandomStream(seed, 1, k, 1, sampling)).
std::vector<double> latin_hypercube_points(const Design& design, std::size_t n) {
  const std::size_t d = design.parameters.size();
  std::vector<double> out(n * d);
  std::vector<std::size_t> perm(n);
  for (std::size_t k = 0; k < d; ++k) {
    for (std::size_t i = 0; i < n; ++i) perm[i] = i;
    RandomStream shuffle(design.seed, 1, k, 0, Purpose::sampling);
    for (std::size_t i = n; i > 1; --i) {
      const auto j = static_cast<std::size_t>(shuffle.uniform() * static_cast<double>(i));
      std::swap(perm[i - 1], perm[std::min(j, i - 1)]);
    }
    RandomStream jitter(design.seed, 1, k, 1, Purpose::sampling);
    for (std::size_t i = 0; i < n; ++i) {
      const double u = (static_cast<double>(perm[i]) + jitter.uniform()) / static_cast<double>(n);
      out[i * d + k] = from_unit(design.parameters[k], u);
    }
  }
  return out;
}

namespace {
std::vector<double> sample(const Design& design) {
  switch (design.method) {
    case SamplingMethod::grid: return grid_points(design);
    case SamplingMethod::random: return random_points(design, static_cast<std::size_t>(design.points));
    case SamplingMethod::lhs: return latin_hypercube_points(design, static_cast<std::size_t>(design.points));
    case SamplingMethod::saltelli:
    case SamplingMethod::morris:
      throw std::logic_error("Saltelli and Morris points come from models/sensitivity: use RunPlan(design, points)");
  }
  return {};
}
}  // namespace

RunPlan::RunPlan(const Design& design) : RunPlan(design, sample(design)) {}

RunPlan::RunPlan(const Design& design, std::vector<double> points)
    : design_(design), dims_(design.parameters.size()), replicates_(static_cast<std::uint64_t>(design.replicates)),
      values_(std::move(points)) {
  if (dims_ == 0) {
    points_ = values_.empty() ? 1 : 0;
  } else {
    if (values_.size() % dims_ != 0) throw std::invalid_argument("run plan: points do not match the parameters");
    points_ = values_.size() / dims_;
  }
}

RunSpec RunPlan::run(std::uint64_t run_id) const {
  RunSpec r;
  r.run_id = run_id;
  r.point_id = run_id / replicates_;
  r.replicate = run_id % replicates_;
  r.seed = derive_seed(design_.seed, design_.seeds == SeedPolicy::per_run ? run_id : r.replicate);
  return r;
}

std::string RunPlan::cell(std::size_t point, std::size_t k) const {
  const auto& p = design_.parameters.at(k);
  const double v = value(point, k);
  if (!p.categories.empty()) return p.categories.at(static_cast<std::size_t>(v));
  return fmt::format("{}", v);
}

ScenarioDescription RunPlan::scenario(std::size_t point) const {
  ScenarioDescription s = design_.scenario;
  for (std::size_t k = 0; k < dims_; ++k) {
    const auto& p = design_.parameters[k];
    const double v = value(point, k);
    if (!p.categories.empty()) apply_patch(s, p.target, p.categories.at(static_cast<std::size_t>(v)));
    else apply_patch(s, p.target, v);
  }
  return s;
}

}  // namespace airgov::ensemble
