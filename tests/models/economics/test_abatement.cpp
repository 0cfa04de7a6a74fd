#include "models/economics/abatement.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace airgov::economics {
namespace {

TEST(Abatement, CoefficientMakesMarginalCostReachMacAtReferenceEffort) {
  const double mac = 20000;  // CNY/t
  const double multiplier = 1.5;
  const double reference_effort = 0.4;
  const double baseline = 250000;  // t/yr
  const double c = cost_coefficient_from_mac(mac, multiplier, reference_effort, baseline);
  EXPECT_DOUBLE_EQ(marginal_abatement_cost_cny_per_t(c, reference_effort * baseline),
                   mac * multiplier);
  // Same fractional cut, same marginal cost per tonne, whatever the size of the emitter.
  const double c_small = cost_coefficient_from_mac(mac, multiplier, reference_effort, 1000);
  EXPECT_DOUBLE_EQ(marginal_abatement_cost_cny_per_t(c_small, reference_effort * 1000),
                   mac * multiplier);
}

TEST(Abatement, CostIsQuadratic) {
  EXPECT_DOUBLE_EQ(abatement_cost_cny(2.0, 4.0), 16.0);
  EXPECT_DOUBLE_EQ(abatement_cost_cny(2.0, 8.0), 4 * abatement_cost_cny(2.0, 4.0));
  EXPECT_DOUBLE_EQ(abatement_cost_cny(2.0, 0.0), 0.0);
}

TEST(Abatement, TechnologyScalesCost) {
  EXPECT_DOUBLE_EQ(technology_cost_factor(0.5, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(technology_cost_factor(0.5, 1.0), 0.5);
  EXPECT_DOUBLE_EQ(abatement_cost_cny(2.0, 4.0, 0.5, 1.0), abatement_cost_cny(2.0, 4.0) / 2);
  EXPECT_DOUBLE_EQ(abatement_cost_cny(2.0, 4.0, 0.5, 0.0), abatement_cost_cny(2.0, 4.0));
}

TEST(Abatement, RejectsDegenerateCalibration) {
  EXPECT_THROW(cost_coefficient_from_mac(1000, 1, 0.0, 100), std::invalid_argument);
  EXPECT_THROW(cost_coefficient_from_mac(1000, 1, 0.5, 0.0), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::economics
