// Sobol indices against closed forms: Ishigami (first, total and second order) and the Sobol
// G-function (first order), from Saltelli samples of N = 2^13.
#include "models/sensitivity/sobol_analysis.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "models/sensitivity/saltelli.hpp"
#include "models/sensitivity/test_functions.hpp"

namespace airgov::sensitivity {
namespace {

constexpr std::size_t kN = std::size_t{1} << 13;

template <class F>
std::vector<double> evaluate(const Rows& rows, F f) {
  std::vector<double> y;
  y.reserve(rows.size());
  for (const auto& x : rows) y.push_back(f(x));
  return y;
}

TEST(IshigamiClosedForm, MatchesThePublishedValues) {
  const IshigamiIndices exact = ishigami_indices();
  EXPECT_NEAR(exact.s1[0], 0.3139, 5e-5);
  EXPECT_NEAR(exact.s1[1], 0.4424, 5e-5);
  EXPECT_NEAR(exact.st[0], 0.5576, 5e-5);
  EXPECT_NEAR(exact.st[2], 0.2437, 5e-5);
  EXPECT_NEAR(exact.s13, 0.2437, 5e-5);
}

TEST(SobolAnalysis, IshigamiFirstTotalAndSecondOrder) {
  const Problem problem = ishigami_problem();
  const Rows rows = saltelli_sample(problem, kN, 2, 0);
  const auto y = evaluate(rows, [](const std::vector<double>& x) { return ishigami(x); });
  const SobolIndices s = sobol_analyze(problem, y, {});
  const IshigamiIndices exact = ishigami_indices();
  for (std::size_t j = 0; j < 3; ++j) {
    EXPECT_NEAR(s.s1[j], exact.s1[j], 0.03) << "S1 of x" << j + 1;
    EXPECT_NEAR(s.st[j], exact.st[j], 0.03) << "ST of x" << j + 1;
    EXPECT_GT(s.s1_conf[j], 0.0);
    EXPECT_LT(s.s1_conf[j], 0.1);
    EXPECT_GT(s.st_conf[j], 0.0);
    EXPECT_LT(s.st_conf[j], 0.1);
  }
  ASSERT_EQ(s.s2.size(), 3u);
  EXPECT_EQ(s.s2[1].j, 0u);
  EXPECT_EQ(s.s2[1].k, 2u);
  EXPECT_NEAR(s.s2[1].s2, exact.s13, 0.05) << "S13";
  EXPECT_NEAR(s.s2[0].s2, 0.0, 0.05) << "S12";
  EXPECT_NEAR(s.s2[2].s2, 0.0, 0.05) << "S23";
  EXPECT_GT(s.s2[1].s2_conf, 0.0);
}

TEST(SobolAnalysis, GFunctionFirstOrder) {
  const std::vector<double> a = {0, 1, 4.5, 9, 99, 99, 99, 99};
  const std::vector<double> exact = g_function_first_order(a);
  const std::vector<double> published = {0.7162, 0.1790, 0.0237, 0.0072, 0.00007, 0.00007, 0.00007, 0.00007};
  for (std::size_t j = 0; j < a.size(); ++j) EXPECT_NEAR(exact[j], published[j], 5e-5) << j;

  const Problem problem = g_function_problem(a.size());
  const Rows rows = saltelli_sample(problem, kN, 1, 0);
  const auto y = evaluate(rows, [&](const std::vector<double>& x) { return g_function(x, a); });
  const SobolIndices s = sobol_analyze(problem, y, SobolOptions{1, kDefaultResamples, 0});
  EXPECT_TRUE(s.s2.empty());
  for (std::size_t j = 0; j < a.size(); ++j) EXPECT_NEAR(s.s1[j], exact[j], 0.03) << "S1 of x" << j + 1;
  for (std::size_t j = 0; j + 1 < 4; ++j) EXPECT_GT(s.st[j], s.st[j + 1]);
}

TEST(SobolAnalysis, SameOutputsAndSeedGiveTheSameIntervals) {
  const Problem problem = ishigami_problem();
  const Rows rows = saltelli_sample(problem, 256, 2, 3);
  const auto y = evaluate(rows, [](const std::vector<double>& x) { return ishigami(x); });
  const SobolIndices first = sobol_analyze(problem, y, {2, 100, 9});
  const SobolIndices again = sobol_analyze(problem, y, {2, 100, 9});
  const SobolIndices other = sobol_analyze(problem, y, {2, 100, 10});
  EXPECT_EQ(first.s1_conf, again.s1_conf);
  EXPECT_EQ(first.s1, other.s1);
  EXPECT_NE(first.s1_conf, other.s1_conf);
  EXPECT_EQ(sobol_first_total_csv(problem, first).substr(0, 33), "parameter,S1,S1_conf,ST,ST_conf\nx");
  EXPECT_EQ(sobol_second_order_csv(problem, first).substr(0, 35), "parameter_1,parameter_2,S2,S2_conf\n");
}

TEST(SobolAnalysis, RefusesOutputsThatDoNotFitTheSample) {
  const Problem problem = ishigami_problem();
  const std::vector<double> second_order(8 * 8, 1.5);  // N = 8, D = 3, 2D + 2 = 8
  try {
    sobol_analyze(problem, second_order, SobolOptions{1, 100, 0});
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("use the --max-order of the sample"), std::string::npos) << e.what();
  }
  EXPECT_THROW(sobol_analyze(problem, std::vector<double>(63, 1.0), {}), std::invalid_argument);
  EXPECT_THROW(sobol_analyze(problem, std::vector<double>(6 * 8, 1.0), {}), std::invalid_argument);  // N = 6
  EXPECT_THROW(sobol_analyze(problem, second_order, {}), std::invalid_argument);                      // constant
}

}  // namespace
}  // namespace airgov::sensitivity
