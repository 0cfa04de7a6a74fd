// Attributable and avoided deaths on hand-computed cases.
#include "models/health/attributable_deaths.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace airgov::health {
namespace {

// Log-linear with a zero counterfactual so that dC is the concentration itself.
ConcentrationResponse log_linear_from_zero() {
  ConcentrationResponse r(ResponseFunction::log_linear);
  r.log_linear.counterfactual_ugm3 = 0;
  return r;
}

TEST(AttributableDeaths, HandComputedLogLinearCase) {
  // 1e6 adults, 6 deaths per 1000 per year, RR 1.06: 6000 x 0.06/1.06 = 18000/53.
  EXPECT_NEAR(attributable_deaths_per_year(1e6, 0.006, 1.06), 18000.0 / 53.0, 1e-9);
  EXPECT_NEAR(attributable_deaths_per_year(log_linear_from_zero(), 10, 1e6, 0.006),
              18000.0 / 53.0, 1e-7);
}

TEST(AttributableDeaths, HandComputedGemmCase) {
  // HR(35) = 1.30855 (MODEL.md): 2e6 x 0.005 x (1 - 1/1.30855) = 2357.96...
  const ConcentrationResponse gemm(ResponseFunction::gemm);
  EXPECT_NEAR(attributable_deaths_per_year(gemm, 35, 2e6, 0.005),
              1e4 * (1 - 1 / 1.30855), 1e4 * 0.5e-5);
}

TEST(AttributableDeaths, NoneAtTheCounterfactual) {
  const ConcentrationResponse gemm(ResponseFunction::gemm);
  EXPECT_EQ(attributable_deaths_per_year(gemm, 2.4, 1e6, 0.01), 0.0);
  EXPECT_EQ(attributable_fraction(1.0), 0.0);
}

TEST(DeathsAvoided, DifferenceOfTheTwoStates) {
  // RR 1.06^2 -> 1.06: 6000 x (1/1.06 - 1/1.1236).
  const double expected = 6000.0 * (1 / 1.06 - 1 / (1.06 * 1.06));
  EXPECT_NEAR(deaths_avoided_per_year(log_linear_from_zero(), 20, 10, 1e6, 0.006), expected, 1e-7);
  EXPECT_NEAR(deaths_avoided_per_year(log_linear_from_zero(), 10, 20, 1e6, 0.006), -expected, 1e-7);
}

TEST(DeathsAvoided, GrowWithTheCut) {
  const ConcentrationResponse gemm(ResponseFunction::gemm);
  double previous = 0;
  for (double after = 100; after >= 0; after -= 5) {
    const double avoided = deaths_avoided_per_year(gemm, 106, after, 1e6, 0.006);
    EXPECT_GT(avoided, previous);
    previous = avoided;
  }
}

TEST(AttributableDeaths, InvalidInputThrows) {
  EXPECT_THROW(attributable_fraction(0.9), std::invalid_argument);
  EXPECT_THROW(attributable_deaths_per_year(-1, 0.006, 1.1), std::invalid_argument);
  EXPECT_THROW(attributable_deaths_per_year(1e6, -0.006, 1.1), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::health
