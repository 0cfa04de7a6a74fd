// The steady source-receptor T of one regime of the sparse box network, source by source, by a
// local push (the Gauss-Southwell / Andersen-Chung-Lang idea): M x = s e_i with M = D - A (D the
// diagonal, A >= 0 the inflows) is solved by repeatedly moving a box's residual r_j into its
// value (x_j += r_j / d_j) and on to the boxes downwind (r_k += a_kj r_j / d_j). Every step keeps
// x + M^-1 r = M^-1 b exactly, so what is never pushed (residuals below a tolerance) is the only
// error; it is booked with the dropped coefficients. Work per source ~ the boxes its plume
// reaches above the tolerance, never n.
#include <algorithm>
#include <cmath>
#include <deque>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "models/transport/sparse_box_network.hpp"
#include "models/transport/sparse_source_receptor.hpp"

namespace airgov::transport {
namespace {

// Residuals are pushed while r_j / d_j exceeds this share of threshold x T(i, i)'s first
// estimate (s / d_i); with threshold 0, down to 1e-15 of it (machine precision).
constexpr double kPushShareOfThreshold = 1e-2;
constexpr double kPushFloor = 1e-15;

}  // namespace

SparseSourceReceptor SparseBoxNetwork::steady_source_receptor(int regime, double threshold,
                                                               std::size_t max_per_source) const {
  const Regime& r = at(regime);
  if (!(threshold >= 0.0) || max_per_source == 0) {
    throw std::invalid_argument("sparse source-receptor: threshold >= 0 and max_per_source > 0 needed");
  }
  const std::size_t n = n_;
  // Downwind lists with their coefficients a_kj (CSR by source j).
  std::vector<std::size_t> down_start(n + 1, 0);
  for (std::uint32_t c : r.column) ++down_start[c + 1];
  for (std::size_t i = 0; i < n; ++i) down_start[i + 1] += down_start[i];
  std::vector<std::uint32_t> down(r.column.size());
  std::vector<double> down_coef(r.column.size());
  {
    std::vector<std::size_t> fill(down_start.begin(), down_start.end() - 1);
    for (std::size_t j = 0; j < n; ++j) {
      for (std::size_t k = r.row_start[j]; k < r.row_start[j + 1]; ++k) {
        const std::size_t at_k = fill[r.column[k]]++;
        down[at_k] = static_cast<std::uint32_t>(j);
        down_coef[at_k] = r.inflow_per_s[k];
      }
    }
  }
  // Scratch, zero outside the touched set.
  std::vector<double> x(n, 0.0), residual(n, 0.0);
  std::vector<char> queued(n, 0), touched(n, 0);
  std::vector<std::uint32_t> touched_list;
  std::deque<std::uint32_t> queue;
  std::vector<std::pair<std::uint32_t, double>> candidates;
  SparseSourceReceptor out;
  out.row_start.push_back(0);
  for (std::size_t i = 0; i < n; ++i) {
    // Unit emission of 1 t/yr at i: source term per_t_per_year[i] (ug/m3/s) in box i.
    const double b = r.per_t_per_year[i];
    const double tolerance = std::max(threshold * kPushShareOfThreshold, kPushFloor) * b / r.diagonal_per_s[i];
    auto touch = [&](std::uint32_t j) {
      if (!touched[j]) {
        touched[j] = 1;
        touched_list.push_back(j);
      }
    };
    residual[i] = b;
    touch(static_cast<std::uint32_t>(i));
    queue.push_back(static_cast<std::uint32_t>(i));
    queued[i] = 1;
    while (!queue.empty()) {
      const std::uint32_t j = queue.front();
      queue.pop_front();
      queued[j] = 0;
      const double moved = residual[j] / r.diagonal_per_s[j];
      residual[j] = 0.0;
      x[j] += moved;
      for (std::size_t k = down_start[j]; k < down_start[j + 1]; ++k) {
        const std::uint32_t to = down[k];
        residual[to] += down_coef[k] * moved;
        touch(to);
        if (!queued[to] && residual[to] / r.diagonal_per_s[to] > tolerance) {
          queued[to] = 1;
          queue.push_back(to);
        }
      }
    }
    // What was never pushed: at least r_j / d_j each (its first step); booked as dropped.
    double unpushed = 0.0;
    candidates.clear();
    std::sort(touched_list.begin(), touched_list.end());  // order-independent results
    for (std::uint32_t j : touched_list) {
      unpushed += residual[j] / r.diagonal_per_s[j];
      if (x[j] != 0.0) candidates.emplace_back(j, x[j]);
      x[j] = residual[j] = 0.0;
      touched[j] = 0;
    }
    touched_list.clear();
    append_source(out, i, candidates, unpushed, threshold, max_per_source);
  }
  return out;
}

}  // namespace airgov::transport
