// Morris trajectories on the grid, and mu_star ranking the G-function's inputs.
#include "models/sensitivity/morris.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "models/sensitivity/test_functions.hpp"

namespace airgov::sensitivity {
namespace {

TEST(MorrisSample, TrajectoriesMoveOneParameterAtATimeOnTheGrid) {
  const Problem problem{{{"a", 0.0, 1.0}, {"b", 0.0, 3.0}, {"c", -1.0, 1.0}}};
  const std::size_t d = 3, n = 50;
  const int levels = 4;
  const Rows rows = morris_sample(problem, n, levels, 7);
  ASSERT_EQ(rows.size(), n * (d + 1));
  for (std::size_t t = 0; t < n; ++t) {
    std::vector<int> moved(d, 0);
    for (std::size_t m = 0; m <= d; ++m) {
      const auto& x = rows[t * (d + 1) + m];
      for (std::size_t j = 0; j < d; ++j) {
        const auto& p = problem.parameters[j];
        const double level = (x[j] - p.lower) / (p.upper - p.lower) * (levels - 1);
        EXPECT_NEAR(level, std::round(level), 1e-9);
        EXPECT_GE(x[j], p.lower);
        EXPECT_LE(x[j], p.upper);
      }
      if (m == 0) continue;
      const auto& prev = rows[t * (d + 1) + m - 1];
      int changes = 0;
      for (std::size_t j = 0; j < d; ++j) {
        if (x[j] != prev[j]) {
          ++changes;
          ++moved[j];
          const auto& p = problem.parameters[j];
          EXPECT_NEAR(std::fabs(x[j] - prev[j]) / (p.upper - p.lower), 2.0 / 3.0, 1e-12);  // delta = p/(2(p-1))
        }
      }
      EXPECT_EQ(changes, 1);
    }
    EXPECT_EQ(moved, std::vector<int>(d, 1));
  }
  EXPECT_EQ(morris_sample(problem, n, levels, 7), rows);
  EXPECT_NE(morris_sample(problem, n, levels, 8), rows);
  EXPECT_THROW(morris_sample(problem, n, 5, 7), std::invalid_argument);
  EXPECT_THROW(morris_sample(problem, 0, 4, 7), std::invalid_argument);
}

TEST(MorrisAnalysis, LinearFunctionHasItsSlopesAsEffects) {
  const Problem problem{{{"a", 0.0, 2.0}, {"b", 0.0, 1.0}}};
  const Rows rows = morris_sample(problem, 20, 4, 1);
  std::vector<double> y;
  for (const auto& x : rows) y.push_back(3.0 * x[0] - 5.0 * x[1]);
  const MorrisIndices m = morris_analyze(problem, rows, y);
  EXPECT_NEAR(m.mu[0], 6.0, 1e-9);  // per unit of the range: slope x (upper - lower)
  EXPECT_NEAR(m.mu_star[0], 6.0, 1e-9);
  EXPECT_NEAR(m.mu[1], -5.0, 1e-9);
  EXPECT_NEAR(m.mu_star[1], 5.0, 1e-9);
  EXPECT_NEAR(m.sigma[0], 0.0, 1e-9);
  EXPECT_NEAR(m.mu_star_conf[1], 0.0, 1e-9);
  EXPECT_EQ(morris_csv(problem, m).substr(0, 39), "parameter,mu,mu_star,sigma,mu_star_conf");
}

TEST(MorrisAnalysis, MuStarRanksTheGFunctionInputs) {
  const std::vector<double> a = {0, 1, 4.5, 9, 99, 99, 99, 99};
  const Problem problem = g_function_problem(a.size());
  const Rows rows = morris_sample(problem, 100, 4, 0);
  std::vector<double> y;
  for (const auto& x : rows) y.push_back(g_function(x, a));
  const MorrisIndices m = morris_analyze(problem, rows, y);
  EXPECT_GT(m.mu_star[0], m.mu_star[1]);
  EXPECT_GT(m.mu_star[1], m.mu_star[2]);
  EXPECT_GT(m.mu_star[2], m.mu_star[3]);
  for (std::size_t j = 4; j < 8; ++j) EXPECT_GT(m.mu_star[3], m.mu_star[j]) << "x" << j + 1;
  for (std::size_t j = 0; j < 8; ++j) EXPECT_GT(m.mu_star_conf[j], 0.0);
}

TEST(MorrisAnalysis, RefusesWhatIsNotAMorrisSample) {
  const Problem problem{{{"a", 0.0, 1.0}, {"b", 0.0, 1.0}}};
  Rows rows = morris_sample(problem, 4, 4, 0);
  const std::vector<double> y(rows.size(), 1.0);
  EXPECT_THROW(morris_analyze(problem, rows, std::vector<double>(rows.size() - 1, 1.0)), std::invalid_argument);
  rows[4][0] += 0.1;  // trajectory 2: row 5 (from 1) now differs from row 4 in both parameters
  rows[4][1] += 0.1;
  try {
    morris_analyze(problem, rows, y);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("rows 4 and 5"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace airgov::sensitivity
