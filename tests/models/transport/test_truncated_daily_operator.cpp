// The truncated day-long operator of the sparse box network (Options::truncated_step): with
// nothing dropped it is the sub-stepped day exactly (the day's map is affine); with a threshold
// the dropped mass is booked per source so the columns still account for all mass; and over a
// year of changing regimes on the 31 cities it stays within stated limits of the exact dense
// step exp(-M dt) (figures in docs/performance.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iostream>
#include <numeric>
#include <vector>

#include "cities_csv.hpp"
#include "four_regimes.hpp"
#include "year_against_exact.hpp"
#include "models/transport/box_network.hpp"
#include "models/transport/sparse_box_network.hpp"
#include "models/transport/units.hpp"

namespace airgov::transport {
namespace {

std::vector<RegimeSpec> regimes() { return test::four_regimes(); }

std::vector<BoxSpec> boxes() {
  std::vector<BoxSpec> b;
  for (const auto& c : test::read_cities()) b.push_back(c.box);
  return b;
}

SparseBoxNetwork truncated(double threshold, std::size_t k) {
  SparseBoxNetwork::Options o;
  o.truncated_step = true;
  o.truncation_threshold = threshold;
  o.max_per_column = k;
  return SparseBoxNetwork(boxes(), regimes(), o);
}

// Threshold 0 and no cap: Phi X + H E + g is the sub-stepped day itself (linearity), to rounding.
TEST(TruncatedDailyOperator, NothingDroppedIsTheSubsteppedDay) {
  const SparseBoxNetwork full = truncated(0.0, 1000);
  const std::size_t n = full.size();
  const std::vector<double> e = test::test_emissions(n);
  for (int m = 0; m < full.regime_count(); ++m) {
    std::vector<double> a = full.steady_state(m, e), b = a;
    for (std::size_t j = 0; j < n; ++j) a[j] *= 0.5 + 0.1 * static_cast<double>(j % 5);  // off steady state
    b = a;
    full.step(m, e, a);
    full.substepped_step(m, e, b);
    for (std::size_t j = 0; j < n; ++j) EXPECT_NEAR(a[j], b[j], 1e-12 * b[j]) << "regime " << m << " box " << j;
    for (std::size_t i = 0; i < n; ++i) {
      EXPECT_EQ(full.dropped_fraction(m, i, false), 0.0);
      EXPECT_EQ(full.dropped_fraction(m, i, true), 0.0);
    }
  }
}

// With a tight cap (K = 4) much is dropped; per source, the kept column's mass plus the mass
// booked as dropped equals the full column's mass (to the pruning during propagation, 1 % of the
// threshold per box), for the propagator (a unit of air) and the emission increment (a day's
// emission).
TEST(TruncatedDailyOperator, DroppedMassIsBookedPerSource) {
  const double threshold = 1e-3;
  const SparseBoxNetwork tight = truncated(threshold, 4);
  const SparseBoxNetwork full = truncated(0.0, 1000);
  const std::vector<BoxSpec> b = boxes();
  const std::size_t n = b.size();
  double largest_dropped = 0.0;
  for (int m = 0; m < tight.regime_count(); ++m) {
    for (std::size_t i = 0; i < n; ++i) {
      for (bool emission : {false, true}) {
        // Column i of each operator: the change of one step when box i's state (or emission) moves.
        std::vector<double> unit(n, 0.0), zero(n, 0.0), base_t(n, 0.0), base_f(n, 0.0);
        tight.step(m, zero, base_t);
        full.step(m, zero, base_f);
        std::vector<double> ct(n, 0.0), cf(n, 0.0), e(n, 0.0);
        if (emission) e[i] = 1.0; else ct[i] = cf[i] = 1.0;
        tight.step(m, e, ct);
        full.step(m, e, cf);
        // Masses in units of V_i ug/m3 (V_j proportional to area: one mixing height per regime).
        double kept = 0.0, whole = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
          kept += (ct[j] - base_t[j]) * b[j].area_km2 / b[i].area_km2;
          whole += (cf[j] - base_f[j]) * b[j].area_km2 / b[i].area_km2;
        }
        // Reference: a unit of air, or the day's emission of 1 t/yr into box i.
        const double volume_m3 = b[i].area_km2 * 1e6 * regimes()[static_cast<std::size_t>(m)].mixing_height_m;
        const double reference =
            emission ? kGramsPerSecondPerTonnePerYear * kMicrogramsPerGram * 86400.0 / volume_m3 : 1.0;
        const double dropped = tight.dropped_fraction(m, i, emission);
        largest_dropped = std::max(largest_dropped, dropped);
        EXPECT_GE(dropped, 0.0);
        EXPECT_LE(kept, whole * (1 + 1e-12));
        EXPECT_NEAR(kept / reference + dropped, whole / reference, static_cast<double>(n) * threshold * 1e-2)
            << "regime " << m << " source " << i << (emission ? " emission" : " propagator");
      }
    }
  }
  EXPECT_GT(largest_dropped, 0.05);  // the cap of 4 really drops something
}

// Over a year of regimes changing every 1-4 days (the sequence of test_sparse_box_network.cpp),
// the truncated step with the default threshold (1e-4) and K = 128 against the exact dense step.
TEST(TruncatedDailyOperator, DailyStepCloseToExactStep) {
  const SparseBoxNetwork sparse = truncated(1e-4, 128);
  const BoxNetwork dense(boxes(), regimes());
  const auto [worst_daily, worst_annual] = test::year_against_exact(dense, sparse, test::test_emissions(sparse.size()));
  std::cout << "truncated vs exact step, 31 cities: worst daily " << worst_daily << ", worst annual mean "
            << worst_annual << " (nonzeros per regime";
  for (int r = 0; r < 4; ++r) std::cout << ' ' << sparse.truncated_nonzeros(r);
  std::cout << ")\n";
  EXPECT_LT(worst_daily, 0.04);
  EXPECT_LT(worst_annual, 0.01);
}

}  // namespace
}  // namespace airgov::transport
