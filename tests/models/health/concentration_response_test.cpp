// Concentration-response functions: GEMM reference values (MODEL.md section 7) and shape.
#include "models/health/concentration_response.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace airgov::health {
namespace {

TEST(Gemm, ReferenceHazardRatiosToThePrintedPrecision) {
  EXPECT_NEAR(gemm_hazard_ratio(35), 1.30855, 0.5e-5);
  EXPECT_NEAR(gemm_hazard_ratio(75), 1.57259, 0.5e-5);
}

TEST(Gemm, NoExcessRiskAtOrBelowTheCounterfactual) {
  EXPECT_EQ(gemm_hazard_ratio(0), 1.0);
  EXPECT_EQ(gemm_hazard_ratio(2.4), 1.0);
  EXPECT_GT(gemm_hazard_ratio(2.5), 1.0);
}

TEST(LogLinear, TenMicrogramsAboveTheCounterfactualIsSixPercent) {
  const LogLinearParams params;  // counterfactual 2.4
  EXPECT_NEAR(log_linear_relative_risk(12.4, params), 1.06, 1e-12);
  const LogLinearParams zero{.beta_per_ugm3 = std::log(1.06) / 10.0, .counterfactual_ugm3 = 0};
  EXPECT_NEAR(log_linear_relative_risk(10, zero), 1.06, 1e-12);
  EXPECT_NEAR(log_linear_relative_risk(20, zero), 1.06 * 1.06, 1e-12);
  EXPECT_EQ(log_linear_relative_risk(1, params), 1.0);
}

TEST(ConcentrationResponse, BothFunctionsIncreaseWithConcentration) {
  for (const ResponseFunction f : {ResponseFunction::log_linear, ResponseFunction::gemm}) {
    const ConcentrationResponse response(f);
    double previous = response.relative_risk(0);
    EXPECT_EQ(previous, 1.0);
    for (double c = 0.5; c <= 500; c += 0.5) {
      const double rr = response.relative_risk(c);
      // Strictly above the 2.4 ug/m3 counterfactual, flat (RR = 1) below it.
      if (c > 2.4) EXPECT_GT(rr, previous) << response_function_name(f) << " at " << c;
      else EXPECT_EQ(rr, 1.0);
      previous = rr;
    }
  }
}

TEST(ConcentrationResponse, SelectsTheNamedFunction) {
  const ConcentrationResponse gemm(ResponseFunction::gemm);
  const ConcentrationResponse log_linear(ResponseFunction::log_linear);
  EXPECT_EQ(gemm.relative_risk(35), gemm_hazard_ratio(35));
  EXPECT_EQ(log_linear.relative_risk(35), log_linear_relative_risk(35));
}

TEST(ConcentrationResponse, NegativeConcentrationThrows) {
  EXPECT_THROW(gemm_hazard_ratio(-1), std::invalid_argument);
  EXPECT_THROW(log_linear_relative_risk(-1), std::invalid_argument);
  EXPECT_THROW(gemm_hazard_ratio(std::nan("")), std::invalid_argument);
}

TEST(ResponseFunction, NamesRoundTrip) {
  EXPECT_EQ(parse_response_function("log_linear"), ResponseFunction::log_linear);
  EXPECT_EQ(parse_response_function("gemm"), ResponseFunction::gemm);
  EXPECT_FALSE(parse_response_function("GEMM").has_value());
  EXPECT_EQ(response_function_name(ResponseFunction::gemm), "gemm");
  EXPECT_EQ(response_function_name(ResponseFunction::log_linear), "log_linear");
}

}  // namespace
}  // namespace airgov::health
