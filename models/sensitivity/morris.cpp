#include "models/sensitivity/morris.hpp"

#include <fmt/format.h>

#include <cmath>
#include <numeric>
#include <stdexcept>

#include "models/sensitivity/saltelli.hpp"

namespace airgov::sensitivity {

std::string morris_size_error(std::size_t trajectories, std::size_t dimension, int levels) {
  if (levels < 2 || levels % 2 != 0) {
    return fmt::format("--levels must be an even number >= 2 (so that every step stays on the grid), not {}", levels);
  }
  if (trajectories == 0) return "N (the number of trajectories) must be at least 1";
  if (dimension == 0) return "the problem has no parameters";
  if (trajectories > kMaxSampleValues / (dimension + 1) / dimension) {
    return fmt::format("N = {} with {} parameters makes more than {} sample values: choose a smaller N",
                       trajectories, dimension, kMaxSampleValues);
  }
  return "";
}

Rows morris_sample(const Problem& problem, std::size_t trajectories, int levels, std::uint64_t seed) {
  const std::size_t d = problem.dimension();
  if (const std::string error = morris_size_error(trajectories, d, levels); !error.empty()) {
    throw std::invalid_argument(error);
  }
  const std::size_t half = static_cast<std::size_t>(levels) / 2;  // delta in grid steps
  const double step = 1.0 / static_cast<double>(levels - 1);
  Rows rows;
  rows.reserve(trajectories * (d + 1));
  std::vector<std::size_t> grid(d), order(d);
  std::vector<bool> up(d);
  for (std::size_t t = 0; t < trajectories; ++t) {
    RandomStream stream = sensitivity_stream(seed, SensitivityStream::morris_trajectory, t);
    for (std::size_t j = 0; j < d; ++j) {
      const std::size_t base = uniform_index(stream, half);  // lower end of the step, 0 .. p/2 - 1
      up[j] = (stream.next_u64() >> 63) != 0;
      grid[j] = up[j] ? base : base + half;
    }
    std::iota(order.begin(), order.end(), std::size_t{0});
    for (std::size_t m = d; m > 1; --m) std::swap(order[m - 1], order[uniform_index(stream, m)]);
    auto row = [&] {
      std::vector<double> x(d);
      for (std::size_t j = 0; j < d; ++j) x[j] = problem.scale(j, static_cast<double>(grid[j]) * step);
      return x;
    };
    rows.push_back(row());
    for (const std::size_t j : order) {
      grid[j] = up[j] ? grid[j] + half : grid[j] - half;
      rows.push_back(row());
    }
  }
  return rows;
}

MorrisIndices morris_analyze(const Problem& problem, const Rows& samples, std::span<const double> outputs,
                             const MorrisOptions& options) {
  const std::size_t d = problem.dimension();
  if (d == 0) throw std::invalid_argument("the problem has no parameters");
  if (samples.size() != outputs.size()) {
    throw std::invalid_argument(
        fmt::format("{} sample rows but {} model outputs: expected one output per row", samples.size(), outputs.size()));
  }
  if (samples.size() % (d + 1) != 0) {
    throw std::invalid_argument(fmt::format(
        "{} rows do not split into Morris trajectories of {} rows ({} parameters + 1)", samples.size(), d + 1, d));
  }
  const std::size_t trajectories = samples.size() / (d + 1);
  if (trajectories < 2) throw std::invalid_argument("Morris analysis needs at least 2 trajectories");
  if (options.resamples < 2) throw std::invalid_argument("at least 2 bootstrap resamples are needed");

  // effects[j][t]: the elementary effect of parameter j in trajectory t.
  std::vector<std::vector<double>> effects(d, std::vector<double>(trajectories, 0.0));
  std::vector<bool> seen(d);
  for (std::size_t t = 0; t < trajectories; ++t) {
    std::fill(seen.begin(), seen.end(), false);
    for (std::size_t m = 0; m < d; ++m) {
      const std::size_t r = t * (d + 1) + m;
      const auto& x0 = samples[r];
      const auto& x1 = samples[r + 1];
      if (x0.size() != d || x1.size() != d) {
        throw std::invalid_argument(fmt::format("rows {} and {} do not have {} values", r + 1, r + 2, d));
      }
      std::size_t changed = d, count = 0;
      for (std::size_t j = 0; j < d; ++j) {
        if (x0[j] != x1[j]) {
          changed = j;
          ++count;
        }
      }
      if (count != 1 || seen[changed]) {
        throw std::invalid_argument(fmt::format(
            "rows {} and {} (trajectory {}) {}: not a Morris sample (each step of a trajectory changes one "
            "parameter, each parameter once)",
            r + 1, r + 2, t + 1,
            count != 1 ? fmt::format("differ in {} parameters", count)
                       : fmt::format("change `{}` a second time", problem.parameters[changed].name)));
      }
      seen[changed] = true;
      const Parameter& p = problem.parameters[changed];
      const double dx = (x1[changed] - x0[changed]) / (p.upper - p.lower);
      effects[changed][t] = (outputs[r + 1] - outputs[r]) / dx;
    }
  }

  MorrisIndices result;
  const double count = static_cast<double>(trajectories);
  for (std::size_t j = 0; j < d; ++j) {
    double sum = 0.0, sum_abs = 0.0;
    for (const double e : effects[j]) {
      sum += e;
      sum_abs += std::fabs(e);
    }
    result.mu.push_back(sum / count);
    result.mu_star.push_back(sum_abs / count);
    result.sigma.push_back(sample_standard_deviation(effects[j]));
  }
  std::vector<std::vector<double>> mu_star(d);
  for (std::size_t b = 0; b < options.resamples; ++b) {
    const std::vector<std::size_t> picks = bootstrap_resample(trajectories, options.seed, b);
    for (std::size_t j = 0; j < d; ++j) {
      double sum_abs = 0.0;
      for (const std::size_t t : picks) sum_abs += std::fabs(effects[j][t]);
      mu_star[j].push_back(sum_abs / count);
    }
  }
  for (std::size_t j = 0; j < d; ++j) result.mu_star_conf.push_back(kConfidenceZ * sample_standard_deviation(mu_star[j]));
  return result;
}

std::string morris_csv(const Problem& problem, const MorrisIndices& indices) {
  std::string csv = "parameter,mu,mu_star,sigma,mu_star_conf\n";
  for (std::size_t j = 0; j < problem.dimension(); ++j) {
    csv += fmt::format("{},{},{},{},{}\n", problem.parameters[j].name, indices.mu[j], indices.mu_star[j],
                       indices.sigma[j], indices.mu_star_conf[j]);
  }
  return csv;
}

}  // namespace airgov::sensitivity
