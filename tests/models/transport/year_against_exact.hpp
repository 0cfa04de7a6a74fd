#pragma once
// How far an approximate daily step (the sparse network's sub-stepped ETD2RK, its truncated
// day-long operator) strays from the exact dense step exp(-M dt) over a year of regimes
// changing every 1-4 days (one fixed sequence, so the figures in docs/performance.md refer to
// the same year), both started from the exact steady state of regime 0.
#include <algorithm>
#include <cmath>
#include <vector>

#include "models/transport/box_network.hpp"

namespace airgov::transport::test {

struct YearAgainstExact {
  double worst_daily = 0.0;   // largest |approx - exact| / exact of a box on a day
  double worst_annual = 0.0;  // the same for a box's annual mean
};

template <class Approximate>
YearAgainstExact year_against_exact(const BoxNetwork& dense, const Approximate& approximate,
                                    const std::vector<double>& emissions) {
  std::vector<double> exact = dense.steady_state(0, emissions), approx = exact;
  std::vector<double> exact_sum(exact.size(), 0.0), approx_sum(exact.size(), 0.0);
  YearAgainstExact out;
  int regime = 0;
  for (int day = 0; day < 365; ++day) {
    if (day % (1 + day % 4) == 0) regime = (regime + 1 + day % 3) % 4;
    dense.step(regime, emissions, exact);
    approximate.step(regime, emissions, approx);
    for (std::size_t j = 0; j < exact.size(); ++j) {
      out.worst_daily = std::max(out.worst_daily, std::fabs(approx[j] - exact[j]) / exact[j]);
      exact_sum[j] += exact[j];
      approx_sum[j] += approx[j];
    }
  }
  for (std::size_t j = 0; j < exact.size(); ++j) {
    out.worst_annual = std::max(out.worst_annual, std::fabs(approx_sum[j] - exact_sum[j]) / exact_sum[j]);
  }
  return out;
}

}  // namespace airgov::transport::test
