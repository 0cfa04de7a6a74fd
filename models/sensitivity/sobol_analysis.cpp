#include "models/sensitivity/sobol_analysis.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "models/sensitivity/saltelli.hpp"

namespace airgov::sensitivity {

namespace {

// The standardised outputs, split by role: column c of a base point i is outputs[i * stride + c].
struct SaltelliOutputs {
  std::size_t n = 0, d = 0, stride = 0;
  bool second_order = false;
  std::vector<double> y;
  double a(std::size_t i) const { return y[i * stride]; }
  double ab(std::size_t i, std::size_t j) const { return y[i * stride + 1 + j]; }
  double ba(std::size_t i, std::size_t j) const { return y[i * stride + 1 + d + j]; }
  double b(std::size_t i) const { return y[i * stride + stride - 1]; }
};

// Point estimates on the base points listed in `points` (all of them when empty).
SobolIndices estimate(const SaltelliOutputs& out, const std::vector<std::size_t>& points) {
  const std::size_t n = points.empty() ? out.n : points.size();
  auto point = [&](std::size_t r) { return points.empty() ? r : points[r]; };
  const double count = static_cast<double>(n);

  double mean = 0.0;
  for (std::size_t r = 0; r < n; ++r) mean += out.a(point(r)) + out.b(point(r));
  mean /= 2.0 * count;
  double variance = 0.0;
  for (std::size_t r = 0; r < n; ++r) {
    const double da = out.a(point(r)) - mean, db = out.b(point(r)) - mean;
    variance += da * da + db * db;
  }
  variance /= 2.0 * count;

  SobolIndices s;
  const std::size_t d = out.d;
  s.s1.assign(d, 0.0);
  s.st.assign(d, 0.0);
  for (std::size_t j = 0; j < d; ++j) {
    double first = 0.0, total = 0.0;
    for (std::size_t r = 0; r < n; ++r) {
      const std::size_t i = point(r);
      const double a = out.a(i), ab = out.ab(i, j), b = out.b(i);
      first += b * (ab - a);
      total += (a - ab) * (a - ab);
    }
    s.s1[j] = first / count / variance;
    s.st[j] = 0.5 * total / count / variance;
  }
  if (out.second_order) {
    for (std::size_t j = 0; j < d; ++j) {
      for (std::size_t k = j + 1; k < d; ++k) {
        double closed = 0.0;
        for (std::size_t r = 0; r < n; ++r) {
          const std::size_t i = point(r);
          closed += out.ba(i, j) * out.ab(i, k) - out.a(i) * out.b(i);
        }
        s.s2.push_back(SecondOrderIndex{j, k, closed / count / variance - s.s1[j] - s.s1[k], 0.0});
      }
    }
  }
  return s;
}

std::string count_error(std::size_t rows, std::size_t d, int max_order) {
  const std::size_t per_point = max_order == 2 ? 2 * d + 2 : d + 2;
  const std::size_t other = max_order == 2 ? d + 2 : 2 * d + 2;
  std::string message = fmt::format(
      "{} model outputs do not fit a Saltelli sample of {} parameters with --max-order {}: expected N x {} "
      "outputs with N a power of two",
      rows, d, max_order, per_point);
  const std::size_t n_other = rows / other;
  if (rows % other == 0 && n_other > 0 && (n_other & (n_other - 1)) == 0) {
    message += fmt::format(" (they fit --max-order {} with N = {}: use the --max-order of the sample)",
                           max_order == 2 ? 1 : 2, n_other);
  }
  return message;
}

}  // namespace

SobolIndices sobol_analyze(const Problem& problem, std::span<const double> outputs, const SobolOptions& options) {
  const std::size_t d = problem.dimension();
  if (options.max_order != 1 && options.max_order != 2) {
    throw std::invalid_argument(fmt::format("max_order must be 1 or 2, not {}", options.max_order));
  }
  if (d == 0) throw std::invalid_argument("the problem has no parameters");
  if (options.resamples < 2) throw std::invalid_argument("at least 2 bootstrap resamples are needed");
  SaltelliOutputs out;
  out.d = d;
  out.second_order = options.max_order == 2;
  out.stride = saltelli_rows(1, d, options.max_order);
  out.n = outputs.size() / out.stride;
  if (outputs.size() % out.stride != 0 || out.n == 0 || (out.n & (out.n - 1)) != 0) {
    throw std::invalid_argument(count_error(outputs.size(), d, options.max_order));
  }

  double mean = 0.0;
  for (const double v : outputs) mean += v;
  mean /= static_cast<double>(outputs.size());
  double squares = 0.0;
  for (const double v : outputs) squares += (v - mean) * (v - mean);
  const double sd = std::sqrt(squares / static_cast<double>(outputs.size()));
  if (!(sd > 0.0) || !std::isfinite(sd)) {
    throw std::invalid_argument("the model outputs are all equal: there is no variance to apportion");
  }
  out.y.resize(outputs.size());
  for (std::size_t r = 0; r < outputs.size(); ++r) out.y[r] = (outputs[r] - mean) / sd;

  SobolIndices result = estimate(out, {});
  const std::size_t pairs = result.s2.size();
  std::vector<std::vector<double>> s1(d), st(d), s2(pairs);
  for (std::size_t b = 0; b < options.resamples; ++b) {
    const SobolIndices sample = estimate(out, bootstrap_resample(out.n, options.seed, b));
    for (std::size_t j = 0; j < d; ++j) {
      s1[j].push_back(sample.s1[j]);
      st[j].push_back(sample.st[j]);
    }
    for (std::size_t p = 0; p < pairs; ++p) s2[p].push_back(sample.s2[p].s2);
  }
  result.s1_conf.resize(d);
  result.st_conf.resize(d);
  for (std::size_t j = 0; j < d; ++j) {
    result.s1_conf[j] = kConfidenceZ * sample_standard_deviation(s1[j]);
    result.st_conf[j] = kConfidenceZ * sample_standard_deviation(st[j]);
  }
  for (std::size_t p = 0; p < pairs; ++p) result.s2[p].s2_conf = kConfidenceZ * sample_standard_deviation(s2[p]);
  return result;
}

std::string sobol_first_total_csv(const Problem& problem, const SobolIndices& indices) {
  std::string csv = "parameter,S1,S1_conf,ST,ST_conf\n";
  for (std::size_t j = 0; j < problem.dimension(); ++j) {
    csv += fmt::format("{},{},{},{},{}\n", problem.parameters[j].name, indices.s1[j], indices.s1_conf[j],
                       indices.st[j], indices.st_conf[j]);
  }
  return csv;
}

std::string sobol_second_order_csv(const Problem& problem, const SobolIndices& indices) {
  std::string csv = "parameter_1,parameter_2,S2,S2_conf\n";
  for (const auto& pair : indices.s2) {
    csv += fmt::format("{},{},{},{}\n", problem.parameters[pair.j].name, problem.parameters[pair.k].name, pair.s2,
                       pair.s2_conf);
  }
  return csv;
}

}  // namespace airgov::sensitivity
