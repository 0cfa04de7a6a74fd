#include "models/calibration/nnls.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace airgov::calibration {

std::vector<double> least_squares_on(const Matrix& a, std::span<const double> b, const std::vector<std::size_t>& columns) {
  const std::size_t m = a.rows(), p = columns.size();
  Matrix r(m, p);
  for (std::size_t i = 0; i < m; ++i) {
    for (std::size_t k = 0; k < p; ++k) r(i, k) = a(i, columns[k]);
  }
  std::vector<double> y(b.begin(), b.end());
  double scale = 0;
  for (double v : r.data()) scale = std::max(scale, std::abs(v));
  const double negligible = 1e3 * std::numeric_limits<double>::epsilon() * std::max(scale, 1e-300) * static_cast<double>(m);
  std::vector<bool> dropped(p, false);
  const std::size_t steps = std::min(m, p);
  // Householder reflections: column k of R below the diagonal is zeroed, y transformed alike.
  for (std::size_t k = 0; k < steps; ++k) {
    double norm = 0;
    for (std::size_t i = k; i < m; ++i) norm += r(i, k) * r(i, k);
    norm = std::sqrt(norm);
    if (norm <= negligible) {
      dropped[k] = true;
      continue;
    }
    const double alpha = r(k, k) > 0 ? -norm : norm;
    std::vector<double> v(m - k);
    for (std::size_t i = k; i < m; ++i) v[i - k] = r(i, k);
    v[0] -= alpha;
    double vv = 0;
    for (double x : v) vv += x * x;
    if (vv == 0) continue;
    for (std::size_t c = k; c < p; ++c) {
      double dot = 0;
      for (std::size_t i = k; i < m; ++i) dot += v[i - k] * r(i, c);
      const double f = 2 * dot / vv;
      for (std::size_t i = k; i < m; ++i) r(i, c) -= f * v[i - k];
    }
    double dot = 0;
    for (std::size_t i = k; i < m; ++i) dot += v[i - k] * y[i];
    const double f = 2 * dot / vv;
    for (std::size_t i = k; i < m; ++i) y[i] -= f * v[i - k];
  }
  // Back substitution on the upper triangle; dropped (dependent) columns stay at 0.
  std::vector<double> z(p, 0.0);
  for (std::size_t kk = steps; kk-- > 0;) {
    if (dropped[kk] || std::abs(r(kk, kk)) <= negligible) continue;
    double s = y[kk];
    for (std::size_t c = kk + 1; c < steps; ++c) s -= r(kk, c) * z[c];
    z[kk] = s / r(kk, kk);
  }
  return z;
}

namespace {

std::vector<double> residual(const Matrix& a, std::span<const double> b, const std::vector<double>& x) {
  std::vector<double> out(b.begin(), b.end());
  for (std::size_t i = 0; i < a.rows(); ++i) {
    for (std::size_t j = 0; j < a.cols(); ++j) out[i] -= a(i, j) * x[j];
  }
  return out;
}

}  // namespace

NnlsResult nnls(const Matrix& a, std::span<const double> b) {
  const std::size_t m = a.rows(), n = a.cols();
  if (b.size() != m) throw std::invalid_argument("nnls: b has the wrong size");
  NnlsResult out;
  out.x.assign(n, 0.0);
  std::vector<bool> passive(n, false);
  double norm_a = 0;  // largest column sum, for a scale-aware tolerance as scipy's
  for (std::size_t j = 0; j < n; ++j) {
    double s = 0;
    for (std::size_t i = 0; i < m; ++i) s += std::abs(a(i, j));
    norm_a = std::max(norm_a, s);
  }
  const double tolerance = 10 * std::numeric_limits<double>::epsilon() * norm_a * static_cast<double>(std::max(m, n));
  const int max_iterations = 3 * static_cast<int>(std::max<std::size_t>(n, 1));

  std::vector<double> r = residual(a, b, out.x);
  while (true) {
    // Gradient of -||r||^2 / 2: w = A^T r; a free variable with w_j > 0 would lower the residual.
    std::size_t best = n;
    double best_w = tolerance;
    for (std::size_t j = 0; j < n; ++j) {
      if (passive[j]) continue;
      double w = 0;
      for (std::size_t i = 0; i < m; ++i) w += a(i, j) * r[i];
      if (w > best_w) best_w = w, best = j;
    }
    if (best == n) break;
    if (++out.iterations > max_iterations) throw std::runtime_error("nnls: the active set did not settle");
    passive[best] = true;
    while (true) {
      std::vector<std::size_t> columns;
      for (std::size_t j = 0; j < n; ++j) {
        if (passive[j]) columns.push_back(j);
      }
      const std::vector<double> zp = least_squares_on(a, b, columns);
      std::vector<double> z(n, 0.0);
      bool feasible = true;
      for (std::size_t k = 0; k < columns.size(); ++k) {
        z[columns[k]] = zp[k];
        if (zp[k] <= 0) feasible = false;
      }
      if (feasible) {
        out.x = z;
        break;
      }
      // Step from x toward z as far as feasibility allows; the variables that hit 0 leave P.
      double alpha = 1;
      std::size_t blocking = n;
      for (std::size_t j : columns) {
        if (z[j] > 0) continue;
        const double step = out.x[j] / (out.x[j] - z[j]);
        if (blocking == n || step < alpha) alpha = step, blocking = j;
      }
      for (std::size_t j = 0; j < n; ++j) out.x[j] += alpha * (z[j] - out.x[j]);
      out.x[blocking] = 0;
      for (std::size_t j : columns) {
        if (out.x[j] <= 0) {
          passive[j] = false;
          out.x[j] = 0;
        }
      }
      bool any = false;
      for (std::size_t j = 0; j < n; ++j) any = any || passive[j];
      if (!any) break;
    }
    r = residual(a, b, out.x);
  }
  double rr = 0;
  for (double v : residual(a, b, out.x)) rr += v * v;
  out.residual_norm = std::sqrt(rr);
  return out;
}

}  // namespace airgov::calibration
