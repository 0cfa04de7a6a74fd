#pragma once
// Reference games of MODEL.md section 6, built through the project's own LinearQuadraticGame, a
// random game for property tests, and the relative-tolerance check the reference values call
// for. Shared with tests/models/decision and tests/models/fairness.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

#include "models/economics/linear_game.hpp"
#include "sim/random/stream.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::test {

// Beijing, Tianjin, Hebei: Ebar = (10, 10, 40) t/yr, B = 10 ug/m3 everywhere, d = (4, 2, 1),
// c = (2, 1, 0.25), max effort 1, T row = source.
struct ThreeRegionCase {
  ScenarioDescription scenario;
  Matrix source_receptor;
  std::vector<double> background_ugm3;
  std::vector<double> baseline_t_per_year;
};

inline ThreeRegionCase three_region_case() {
  ThreeRegionCase r;
  for (const char* id : {"beijing", "tianjin", "hebei"}) {
    JurisdictionSpec j;
    j.id = id;
    r.scenario.region.jurisdictions.push_back(j);
  }
  r.scenario.economics.max_effort = 1.0;
  r.scenario.game = ExplicitGame{{2.0, 1.0, 0.25}, {4.0, 2.0, 1.0}};
  const double t[3][3] = {{2.0, 0.3, 0.1}, {0.3, 1.5, 0.1}, {0.25, 0.2, 0.5}};
  r.source_receptor = Matrix(3, 3);
  for (std::size_t i = 0; i < 3; ++i) {
    for (std::size_t j = 0; j < 3; ++j) r.source_receptor(i, j) = t[i][j];
  }
  r.background_ugm3 = {10, 10, 10};
  r.baseline_t_per_year = {10, 10, 40};
  return r;
}

inline GameParameters three_region_game(const Levers& levers = {}) {
  const ThreeRegionCase r = three_region_case();
  return economics::LinearQuadraticGame(r.scenario)
      .game(levers, r.source_receptor, r.background_ugm3, r.baseline_t_per_year);
}

// The reference values are exact decimals: compare to 1e-9 relative.
// A random game of n regions drawn from `seed`: Ebar 1-50 t/yr, c 0.05-3, d 0.1-5, B 0-20 ug/m3,
// T 0.01-1 off the diagonal and 0.01-3 on it; max effort 0.8, so caps bind for some regions.
inline GameParameters random_game(std::size_t n, std::uint64_t seed) {
  RandomStream rng(seed, 0, 0, 0, Purpose::sampling);
  auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * rng.uniform(); };
  GameParameters g;
  g.source_receptor = Matrix(n, n);
  g.max_effort = 0.8;
  for (std::size_t i = 0; i < n; ++i) {
    g.baseline_t_per_year.push_back(uniform(1, 50));
    g.cost_coefficient.push_back(uniform(0.05, 3));
    g.damage_weight.push_back(uniform(0.1, 5));
    g.background_ugm3.push_back(uniform(0, 20));
    for (std::size_t j = 0; j < n; ++j) g.source_receptor(i, j) = uniform(0.01, i == j ? 3 : 1);
  }
  return g;
}

inline void expect_relative(double actual, double expected, double tolerance = 1e-9) {
  EXPECT_NEAR(actual, expected, tolerance * std::abs(expected)) << "expected " << expected;
}

inline void expect_relative(std::span<const double> actual, const std::vector<double>& expected,
                            double tolerance = 1e-9) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(i);
    expect_relative(actual[i], expected[i], tolerance);
  }
}

}  // namespace airgov::test
