#include "models/decision/capped_abatement.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>

namespace airgov::decision {
namespace {

TEST(CappedAbatement, InteriorOptimumIsBenefitOverCost) {
  EXPECT_DOUBLE_EQ(capped_abatement(8.0, 2.0, 10.0), 4.0);
}

TEST(CappedAbatement, ProjectsOntoTheFeasibleInterval) {
  EXPECT_DOUBLE_EQ(capped_abatement(30.0, 2.0, 10.0), 10.0);
  EXPECT_DOUBLE_EQ(capped_abatement(-1.0, 2.0, 10.0), 0.0);
  EXPECT_DOUBLE_EQ(capped_abatement(8.0, 2.0, 0.0), 0.0);
}

TEST(CappedAbatement, FreeAbatementGoesToTheCapOnlyIfItHelps) {
  EXPECT_DOUBLE_EQ(capped_abatement(1.0, 0.0, 10.0), 10.0);
  EXPECT_DOUBLE_EQ(capped_abatement(0.0, 0.0, 10.0), 0.0);
}

TEST(CappedAbatement, RejectsNegativeCostAndNonFiniteBenefit) {
  EXPECT_THROW(capped_abatement(1.0, -1.0, 10.0), std::invalid_argument);
  EXPECT_THROW(capped_abatement(std::numeric_limits<double>::quiet_NaN(), 1.0, 10.0),
               std::invalid_argument);
}

}  // namespace
}  // namespace airgov::decision
